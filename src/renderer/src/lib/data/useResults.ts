import { keepPreviousData, queryOptions, useQuery, type UseQueryResult } from '@tanstack/react-query'
import type { RseItemRow, RseResults } from '../../../../shared/contract/index'
import type { ApiClient, ApiError } from '../api'
import { routeKey } from '../query-keys'
import { useApi } from '../useApi'

/** While a run is going, its table is refreshed every few seconds; the end refreshes it too (useRunsSync). */
const LIVE_REFRESH_MS = 3000

/** One RSE run's results as a query: this hook's, and that of views reading several runs at once (same key, same cache). */
export function rseResultsQuery(api: ApiClient, runId: string) {
  return queryOptions<RseResults, ApiError>({
    queryKey: routeKey('results.rse', { runId }),
    queryFn: () => api.request('results.rse', { runId }),
    refetchInterval: (query) => (query.state.data?.status === 'running' ? LIVE_REFRESH_MS : false),
  })
}

export function useRseResults(runId: string): UseQueryResult<RseResults, ApiError> {
  return useQuery(rseResultsQuery(useApi(), runId))
}

export interface ItemsFilter {
  readonly runId: string
  readonly student: string
  /** Undefined: every set (the student's Avg). */
  readonly set?: string
  readonly onlyFailed: boolean
  readonly offset: number
  readonly limit: number
}

export function useRseItems(filter: ItemsFilter): UseQueryResult<{ readonly total: number; readonly rows: readonly RseItemRow[] }, ApiError> {
  const api = useApi()
  const input = {
    runId: filter.runId,
    student: filter.student,
    ...(filter.set === undefined ? {} : { set: filter.set }),
    onlyFailed: filter.onlyFailed,
    offset: filter.offset,
    limit: filter.limit,
    // The item drawer shows each row's further samples and check judgements (issue 16); a run without checks reads none.
    checks: true,
  }
  return useQuery({
    queryKey: routeKey('results.rseItems', input),
    queryFn: () => api.request('results.rseItems', input),
    // The page being left stays on screen until the next one arrives: no jump in the layout.
    placeholderData: keepPreviousData,
  })
}
