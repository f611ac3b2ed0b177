import { useQueries } from '@tanstack/react-query'
import type { IceResults, RseResults, RunDetail, RunSummary } from '../../../../shared/contract/index'
import type { ApiError } from '../../lib/api'
import { runKey, useRuns } from '../../lib/data/useRuns'
import { routeKey } from '../../lib/query-keys'
import { useApi } from '../../lib/useApi'

/** One chosen run as far as it has loaded: its summary always, its spec and results once they arrive. */
export interface ComparedRun {
  readonly summary: RunSummary
  readonly detail?: RunDetail
  readonly rse?: RseResults
  readonly ice?: IceResults
  /** Its spec or results could not be read. */
  readonly error?: ApiError
  readonly loading: boolean
}

export interface ComparedRuns {
  /** The run list itself could not be read, so nothing can be told found or not. */
  readonly listError?: ApiError
  readonly retryList: () => void
  readonly listLoading: boolean
  /** The runs found, in the order of the address. */
  readonly runs: readonly ComparedRun[]
  /** Ids in the address that are not runs of this data folder. */
  readonly unknown: readonly string[]
}

/**
 * The chosen runs, their specs and their results. The run list decides which ids exist, so an
 * unknown id is reported by name and asks the backend nothing. The same query keys as the run's
 * own results page (useRseResults, useIceResults, useRun) share their cache.
 */
export function useComparedRuns(ids: readonly string[]): ComparedRuns {
  const api = useApi()
  const list = useRuns()
  const summaries = ids.map((id) => list.data?.find((run) => run.id === id))
  const found = summaries.filter((run): run is RunSummary => run !== undefined)
  const details = useQueries({
    queries: found.map((run) => ({ queryKey: runKey(run.id), queryFn: () => api.request('runs.get', { id: run.id }) })),
  })
  const results = useQueries({
    queries: found.map((run) =>
      run.kind === 'rse'
        ? {
            queryKey: routeKey('results.rse', { runId: run.id }),
            queryFn: (): Promise<RseResults | IceResults> => api.request('results.rse', { runId: run.id }),
          }
        : {
            queryKey: routeKey('results.ice', { runId: run.id }),
            queryFn: (): Promise<RseResults | IceResults> => api.request('results.ice', { runId: run.id }),
          },
    ),
  })
  const runs = found.map((summary, index): ComparedRun => {
    const detail = details[index]
    const result = results[index]
    const data = result?.data
    const error = (detail?.error ?? result?.error ?? undefined) as ApiError | undefined
    return {
      summary,
      ...(detail?.data ? { detail: detail.data } : {}),
      ...(data && summary.kind === 'rse' ? { rse: data as RseResults } : {}),
      ...(data && summary.kind === 'ice' ? { ice: data as IceResults } : {}),
      ...(error ? { error } : {}),
      loading: Boolean(detail?.isPending || result?.isPending),
    }
  })
  return {
    ...(list.error ? { listError: list.error } : {}),
    retryList: () => void list.refetch(),
    listLoading: list.isPending,
    runs,
    unknown: list.data ? ids.filter((_, index) => summaries[index] === undefined) : [],
  }
}
