import { useMutation, useQueryClient, type UseMutationResult } from '@tanstack/react-query'
import type { ApiError } from '../../lib/api'
import { fileToBase64, fromBase64, saveFile } from '../../lib/save-file'
import { useApi } from '../../lib/useApi'

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

/** Sends a chosen package file; the new run appears in the run list. */
export function useImportPackage(): UseMutationResult<{ readonly runId: string }, ApiError, File> {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation<{ readonly runId: string }, ApiError, File>({
    mutationFn: async (file) => api.request('runs.importPackage', { fileName: file.name, base64: await fileToBase64(file) }),
    onSuccess: () => void queryClient.invalidateQueries(),
  })
}
