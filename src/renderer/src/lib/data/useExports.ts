import { useMutation, type UseMutationResult } from '@tanstack/react-query'
import type { FigureExportInput, TableExportInput } from '../../../../shared/contract/index'
import type { ApiError } from '../api'
import { fromBase64, saveFile } from '../save-file'
import { useApi } from '../useApi'

/** Asks main for the figure's file and hands it over (a download, or the save dialog); resolves to its name. */
export function useSaveFigure(): UseMutationResult<string, ApiError, FigureExportInput> {
  const api = useApi()
  return useMutation<string, ApiError, FigureExportInput>({
    mutationFn: async (input) => {
      const file = await api.request('exports.figure', input)
      saveFile(file.fileName, fromBase64(file.base64), file.mimeType)
      return file.fileName
    },
  })
}

/** The table's text as main writes it (what the preview shows), saved as a UTF-8 file. */
export function useSaveTable(): UseMutationResult<string, ApiError, TableExportInput> {
  const api = useApi()
  return useMutation<string, ApiError, TableExportInput>({
    mutationFn: async (input) => {
      const file = await api.request('exports.table', input)
      saveFile(file.fileName, new TextEncoder().encode(file.text), file.mimeType)
      return file.fileName
    },
  })
}
