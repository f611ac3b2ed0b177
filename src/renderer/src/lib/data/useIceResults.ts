import { keepPreviousData, queryOptions, useQuery, type UseQueryResult } from '@tanstack/react-query'
import type { IceAttackRowView, IceResults, IceTemplateTree, RouteInput } from '../../../../shared/contract/index'
import type { ApiClient, ApiError } from '../api'
import { routeKey } from '../query-keys'
import { useApi } from '../useApi'

/** While a run is going its results are refreshed every few seconds; its end refreshes them too (useRunsSync). */
const LIVE_REFRESH_MS = 3000

/** One ICE run's results as a query: this hook's, and that of views reading several runs at once (same key, same cache). */
export function iceResultsQuery(api: ApiClient, runId: string) {
  return queryOptions<IceResults, ApiError>({
    queryKey: routeKey('results.ice', { runId }),
    queryFn: () => api.request('results.ice', { runId }),
    refetchInterval: (query) => (query.state.data?.status === 'running' ? LIVE_REFRESH_MS : false),
  })
}

export function useIceResults(runId: string): UseQueryResult<IceResults, ApiError> {
  return useQuery(iceResultsQuery(useApi(), runId))
}

export type IceRowsFilter = RouteInput<'results.iceRows'>

export function useIceRows(filter: IceRowsFilter): UseQueryResult<{ readonly total: number; readonly rows: readonly IceAttackRowView[] }, ApiError> {
  const api = useApi()
  return useQuery({
    queryKey: routeKey('results.iceRows', filter),
    queryFn: () => api.request('results.iceRows', filter),
    // The page being left stays on screen until the next one arrives: no jump in the layout.
    placeholderData: keepPreviousData,
  })
}

/**
 * One fuzzing replicate's template tree (issue 16), fetched only when `enabled` (replicate 0's comes
 * with the results). The run's status is part of the key: a run that ends is read once more.
 */
export function useIceTree(runId: string, replicate: number, enabled: boolean, status: string): UseQueryResult<IceTemplateTree, ApiError> {
  const api = useApi()
  return useQuery({
    queryKey: [...routeKey('results.iceTree', { runId, replicate }), status],
    queryFn: () => api.request('results.iceTree', { runId, replicate }),
    enabled,
    refetchInterval: status === 'running' ? LIVE_REFRESH_MS : false,
  })
}

/** One template's text (of replicate `replicate`, default 0), fetched only once the content warning was accepted (`enabled`). */
export function useIceTemplate(
  runId: string,
  nodeId: number,
  enabled: boolean,
  replicate = 0,
): UseQueryResult<{ readonly id: number; readonly text: string }, ApiError> {
  const api = useApi()
  // Replicate 0 keeps the input (and cache key) it always had.
  const input = replicate === 0 ? { runId, nodeId } : { runId, nodeId, replicate }
  return useQuery({
    queryKey: routeKey('results.iceTemplate', input),
    queryFn: () => api.request('results.iceTemplate', input),
    enabled,
    // A template never changes once made.
    staleTime: Infinity,
  })
}
