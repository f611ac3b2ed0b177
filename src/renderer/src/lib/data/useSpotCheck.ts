import { useMutation, useQuery, useQueryClient, type UseMutationResult, type UseQueryResult } from '@tanstack/react-query'
import type { SpotCheckSample, SpotCheckSummary } from '../../../../shared/contract/index'
import type { ApiError } from '../api'
import { routeKey } from '../query-keys'
import { useApi } from '../useApi'

/** The run's spot-check sample (issue 13 item 6); fetched only once the person asks for it. */
export function useSpotCheckSample(
  runId: string,
  draw: { readonly count: number; readonly seed: number } | undefined,
): UseQueryResult<SpotCheckSample, ApiError> {
  const api = useApi()
  const input = { runId, count: draw?.count ?? 1, seed: draw?.seed ?? 1 }
  return useQuery<SpotCheckSample, ApiError>({
    queryKey: routeKey('spotCheck.sample', input),
    queryFn: () => api.request('spotCheck.sample', input),
    enabled: draw !== undefined,
  })
}

export function useSpotCheckSummary(runId: string, enabled: boolean): UseQueryResult<SpotCheckSummary, ApiError> {
  const api = useApi()
  return useQuery<SpotCheckSummary, ApiError>({
    queryKey: routeKey('spotCheck.summary', { runId }),
    queryFn: () => api.request('spotCheck.summary', { runId }),
    enabled,
  })
}

/** Stores one rating (null: removes it); the reply is the new summary, and the sample shows the rating. */
export function useRateItem(runId: string): UseMutationResult<SpotCheckSummary, ApiError, { readonly key: string; readonly rating: number | null }> {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation<SpotCheckSummary, ApiError, { readonly key: string; readonly rating: number | null }>({
    mutationFn: ({ key, rating }) => api.request('spotCheck.rate', { runId, key, rating }),
    onSuccess: (summary, { key, rating }) => {
      queryClient.setQueryData(routeKey('spotCheck.summary', { runId }), summary)
      queryClient.setQueriesData<SpotCheckSample>({ queryKey: routeKey('spotCheck.sample', { runId }).slice(0, 1) }, (sample) =>
        sample && sample.runId === runId
          ? {
              ...sample,
              items: sample.items.map((item) => {
                if (item.key !== key) return item
                const { rating: _old, ...rest } = item
                return rating === null ? rest : { ...rest, rating }
              }),
            }
          : sample,
      )
    },
  })
}
