import { useQueries, useQueryClient, type UseQueryResult } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { IceResults, RseResults } from '../../../../shared/contract/index'
import type { FigureSources } from '../../../../shared/figures/sources'
import { ApiError } from '../api'
import { sourcesFrom, type KindedResults } from '../exports/export-sources'
import { useApi } from '../useApi'
import { iceResultsQuery } from './useIceResults'
import { rseResultsQuery } from './useResults'
import { useRuns } from './useRuns'

export type ExportSourcesState =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly error: ApiError; readonly retry: () => void }
  | { readonly status: 'ready'; readonly sources: FigureSources }

// Module-level, so React Query keeps each tagged result (and the combined sources) while the data is unchanged.
const tagRse = (results: RseResults): KindedResults => ({ kind: 'rse', results })
const tagIce = (results: IceResults): KindedResults => ({ kind: 'ice', results })

/** The sources once every run's results are in; React Query shares equal values, so the figure is not rebuilt at each refetch. */
function combine(results: readonly UseQueryResult<KindedResults, ApiError>[]): { readonly sources?: FigureSources; readonly error?: ApiError } {
  const error = results.find((result) => result.error)?.error
  if (error) return { error }
  return results.every((result) => result.data) ? { sources: sourcesFrom(results.map((result) => result.data!)) } : {}
}

/**
 * The results of the given runs, as figures and tables take them. The run list says each run's
 * kind; the results come through the same queries as the results views, so a run whose page is
 * open is not fetched twice and refreshes with it.
 */
export function useExportSources(runIds: readonly string[]): ExportSourcesState {
  const api = useApi()
  const queryClient = useQueryClient()
  const runs = useRuns()
  const known = runIds.flatMap((id) => runs.data?.filter((run) => run.id === id) ?? [])
  const { sources, error } = useQueries({
    queries: known.map((run) =>
      run.kind === 'ice' ? { ...iceResultsQuery(api, run.id), select: tagIce } : { ...rseResultsQuery(api, run.id), select: tagRse },
    ),
    combine,
  })
  const retry = () => {
    void runs.refetch()
    for (const run of known) void queryClient.refetchQueries({ queryKey: (run.kind === 'ice' ? iceResultsQuery : rseResultsQuery)(api, run.id).queryKey })
  }

  // Names and dates label the runs of multi-run tables; kept stable so the figure is not rebuilt at each render.
  const list = runs.data
  const idsKey = runIds.join('\n')
  const labelled = useMemo(
    () => (sources ? { ...sources, runs: idsKey.split('\n').flatMap((id) => list?.filter((run) => run.id === id) ?? []) } : undefined),
    [sources, list, idsKey],
  )
  if (runs.error) return { status: 'error', error: runs.error, retry }
  if (error) return { status: 'error', error, retry }
  if (runs.data && known.length < runIds.length)
    return {
      status: 'error',
      error: new ApiError('not_found', runIds.length === 1 ? 'This run no longer exists.' : 'One of these runs no longer exists.'),
      retry,
    }
  return runs.data && labelled ? { status: 'ready', sources: labelled } : { status: 'loading' }
}
