import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient, type UseMutationResult, type UseQueryResult } from '@tanstack/react-query'
import { useEffect } from 'react'
import type {
  DownloadSource,
  FieldMapping,
  ImportPromptSetInput,
  PromptSample,
  PromptSet,
  PromptSetImportResult,
  PromptSetPage,
  PromptSetPreview,
} from '../../../../shared/contract/prompt-sets'
import type { ApiError } from '../../lib/api'
import { routeKey } from '../../lib/query-keys'
import { useApi } from '../../lib/useApi'
import { useRouteQuery } from '../../lib/useRouteQuery'

export const PROMPT_SETS_KEY = routeKey('promptSets.list')

export function usePromptSets(): UseQueryResult<readonly PromptSet[], ApiError> {
  return useRouteQuery('promptSets.list', [])
}

/** Follows sets imported, downloaded or deleted elsewhere (another window, a tab, a run from a file). */
export function usePromptSetsSync(): void {
  const api = useApi()
  const queryClient = useQueryClient()
  useEffect(() => api.on('promptSets.changed', (sets) => queryClient.setQueryData<readonly PromptSet[]>(PROMPT_SETS_KEY, sets)), [api, queryClient])
}

function upsertSet(queryClient: QueryClient, set: PromptSet): void {
  queryClient.setQueryData<readonly PromptSet[]>(PROMPT_SETS_KEY, (list) => {
    if (list === undefined) return list
    return list.some((item) => item.id === set.id) ? list.map((item) => (item.id === set.id ? set : item)) : [...list, set]
  })
}

/** One page of a set's prompts; the previous page stays on screen while the next one loads. */
export function usePromptSetPage(id: string, offset: number, limit: number): UseQueryResult<PromptSetPage, ApiError> {
  const api = useApi()
  const input = { id, offset, limit }
  return useQuery<PromptSetPage, ApiError>({
    queryKey: routeKey('promptSets.get', input),
    queryFn: () => api.request('promptSets.get', input),
    placeholderData: keepPreviousData,
  })
}

export interface PreviewRequest {
  readonly fileName: string
  readonly content: string
  readonly mapping?: FieldMapping
}

export function usePreviewPromptFile(): UseMutationResult<PromptSetPreview, ApiError, PreviewRequest> {
  const api = useApi()
  return useMutation<PromptSetPreview, ApiError, PreviewRequest>({
    mutationFn: ({ fileName, content, mapping }) => api.request('promptSets.preview', { fileName, content, ...(mapping ? { mapping } : {}) }),
  })
}

export function useImportPromptSet(): UseMutationResult<PromptSetImportResult, ApiError, ImportPromptSetInput> {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation<PromptSetImportResult, ApiError, ImportPromptSetInput>({
    mutationFn: (input) => api.request('promptSets.import', input),
    onSuccess: (result) => upsertSet(queryClient, result.set),
  })
}

export function useDownloadPromptSet(): UseMutationResult<PromptSetImportResult, ApiError, DownloadSource> {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation<PromptSetImportResult, ApiError, DownloadSource>({
    mutationFn: (source) => api.request('promptSets.download', { source }),
    onSuccess: (result) => upsertSet(queryClient, result.set),
  })
}

export function useDeletePromptSet(): UseMutationResult<{ readonly deleted: true }, ApiError, string> {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation<{ readonly deleted: true }, ApiError, string>({
    mutationFn: (id) => api.request('promptSets.delete', { id }),
    onSuccess: (_result, id) => {
      queryClient.setQueryData<readonly PromptSet[]>(PROMPT_SETS_KEY, (list) => list?.filter((item) => item.id !== id))
      queryClient.removeQueries({ queryKey: ['promptSets.get', { id }], exact: false })
    },
  })
}

export interface SampleRequest {
  readonly id: string
  readonly n: number
  readonly seed: number
}

export function useSamplePromptSet(): UseMutationResult<PromptSample, ApiError, SampleRequest> {
  const api = useApi()
  return useMutation<PromptSample, ApiError, SampleRequest>({ mutationFn: (input) => api.request('promptSets.sample', input) })
}
