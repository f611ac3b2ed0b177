import { useMutation, useQueryClient, type UseMutationResult } from '@tanstack/react-query'
import type { ApiError } from '../api'
import { requestImport } from '../packages/import-package'
import { fileToBase64, fromBase64, saveFile } from '../save-file'
import { useApi } from '../useApi'

/** Asks for the run's paper package and saves it as a file. */
export function useExportPackage(): UseMutationResult<string, ApiError, string> {
  const api = useApi()
  return useMutation<string, ApiError, string>({
    mutationFn: async (id) => {
      const { fileName, base64 } = await api.request('runs.exportPackage', { id })
      saveFile(fileName, fromBase64(base64), 'application/zip')
      return fileName
    },
  })
}

export interface ImportPackageRequest {
  readonly file: File
  /** Set once the person confirmed importing a package changed after export. */
  readonly acceptModified?: boolean
}

/** Sends a chosen package file; the new run appears in the run list. */
export function useImportPackage(): UseMutationResult<{ readonly runId: string }, ApiError, ImportPackageRequest> {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation<{ readonly runId: string }, ApiError, ImportPackageRequest>({
    mutationFn: async ({ file, acceptModified }) => requestImport(api, { fileName: file.name, base64: await fileToBase64(file) }, { acceptModified }),
    onSuccess: () => void queryClient.invalidateQueries(),
  })
}
