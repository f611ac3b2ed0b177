import { useMutation, useQueries, useQuery, useQueryClient, type QueryClient, type UseMutationResult, type UseQueryResult } from '@tanstack/react-query'
import { useEffect } from 'react'
import type { JudgePanelCheckResult, RunDetail, RunEstimate, RunSpecInput, RunSummary } from '../../../../shared/contract/index'
import type { ApiError } from '../api'
import { routeKey } from '../query-keys'
import { newerProgress } from '../runs/run-format'
import { useApi } from '../useApi'

export const RUNS_KEY = routeKey('runs.list')

export function runKey(id: string): readonly unknown[] {
  return routeKey('runs.get', { id })
}

export function useRuns(): UseQueryResult<readonly RunSummary[], ApiError> {
  const api = useApi()
  return useQuery<readonly RunSummary[], ApiError>({
    queryKey: RUNS_KEY,
    queryFn: () => api.request('runs.list'),
    // A list asked for before a run's last event may arrive after it: keep the newer copy of each run.
    structuralSharing: (previous, next) => mergeList(previous as readonly RunSummary[] | undefined, next as readonly RunSummary[]),
  })
}

/** The fetched list, except that a run already shown in a newer state keeps that state. */
export function mergeList(previous: readonly RunSummary[] | undefined, next: readonly RunSummary[]): readonly RunSummary[] {
  if (!previous) return next
  const shown = new Map(previous.map((run) => [run.id, run]))
  return next.map((run) => {
    const current = shown.get(run.id)
    return current && !supersedes(current, run) ? current : run
  })
}

/** One run with its spec and last progress; progress events keep it current (see useRunsSync). */
export function useRun(id: string): UseQueryResult<RunDetail, ApiError> {
  const api = useApi()
  return useQuery<RunDetail, ApiError>({
    queryKey: runKey(id),
    queryFn: () => api.request('runs.get', { id }),
    // An event may have brought newer progress than a reply that was already on its way.
    structuralSharing: (previous, next) => mergeDetail(previous as RunDetail | undefined, next as RunDetail),
  })
}

/** Details of the runs going now, for the progress column of the list. */
export function useActiveRunDetails(ids: readonly string[]): ReadonlyMap<string, RunDetail> {
  const api = useApi()
  const results = useQueries({
    queries: ids.map((id) => ({
      queryKey: runKey(id),
      queryFn: () => api.request('runs.get', { id }),
      structuralSharing: (previous: unknown, next: unknown) => mergeDetail(previous as RunDetail | undefined, next as RunDetail),
    })),
  })
  const map = new Map<string, RunDetail>()
  results.forEach((result) => {
    if (result.data) map.set(result.data.id, result.data)
  })
  return map
}

export function mergeDetail(previous: RunDetail | undefined, next: RunDetail): RunDetail {
  if (!previous || previous.id !== next.id) return next
  // A reply older than the last status event keeps the event's status (and what goes with it).
  const base = supersedes(previous, next) ? next : { ...withoutSummary(next), ...summaryFields(previous) }
  const progress = newerProgress(previous.progress, next.progress)
  return progress ? { ...base, progress } : base
}

/** The detail's own parts (spec, progress), so an older copy's optional summary fields cannot linger. */
function withoutSummary(detail: RunDetail): Omit<RunDetail, keyof RunSummary> {
  const {
    id: _id,
    kind: _kind,
    name: _name,
    status: _status,
    error: _error,
    createdAt: _createdAt,
    startedAt: _startedAt,
    finishedAt: _finishedAt,
    statusSeq: _statusSeq,
    ...rest
  } = detail
  return rest
}

function summaryFields(run: RunSummary): RunSummary {
  const { id, kind, name, status, error, createdAt, startedAt, finishedAt, statusSeq } = run
  return {
    id,
    kind,
    name,
    status,
    createdAt,
    statusSeq,
    ...(error === undefined ? {} : { error }),
    ...(startedAt === undefined ? {} : { startedAt }),
    ...(finishedAt === undefined ? {} : { finishedAt }),
  }
}

/**
 * Whether `next` may replace `current`: only a copy at least as new, by the run's status counter.
 * Replies and events travel separately, so a "running" answered just before the run ended can
 * arrive after its end (or a list fetched before a pause after the pause).
 */
export function supersedes(current: RunSummary | undefined, next: RunSummary): boolean {
  return !current || next.statusSeq >= current.statusSeq
}

function upsertSummary(list: readonly RunSummary[] | undefined, summary: RunSummary): readonly RunSummary[] | undefined {
  if (list === undefined) return list
  const current = list.find((run) => run.id === summary.id)
  if (!current) return [summary, ...list]
  return supersedes(current, summary) ? list.map((run) => (run.id === summary.id ? summary : run)) : list
}

/** A run's new status everywhere it is cached: the list and its own details. */
export function storeSummary(queryClient: QueryClient, summary: RunSummary): void {
  queryClient.setQueryData<readonly RunSummary[]>(RUNS_KEY, (list) => upsertSummary(list, summary))
  queryClient.setQueryData<RunDetail>(runKey(summary.id), (detail) => {
    if (!detail || !supersedes(detail, summary)) return detail
    // Fields a summary leaves out (an error that was cleared) must not linger from the old copy.
    const { error: _error, startedAt: _startedAt, finishedAt: _finishedAt, ...rest } = detail
    return { ...rest, ...summary }
  })
}

/**
 * Follows every run through the backend's events: progress (about ten a second per run), status
 * changes and the end. Mount once per page that shows runs.
 */
export function useRunsSync(): void {
  const api = useApi()
  const queryClient = useQueryClient()
  useEffect(() => {
    const offProgress = api.on('runs.progress', (progress) => {
      queryClient.setQueryData<RunDetail>(runKey(progress.runId), (detail) => {
        if (!detail) return detail
        const merged = newerProgress(detail.progress, progress)
        return merged === detail.progress ? detail : { ...detail, progress: merged }
      })
    })
    const offStatus = api.on('runs.status', (summary) => {
      storeSummary(queryClient, summary)
      void queryClient.invalidateQueries({ queryKey: runKey(summary.id) })
    })
    const offFinished = api.on('runs.finished', (summary) => {
      storeSummary(queryClient, summary)
      void queryClient.invalidateQueries({ queryKey: runKey(summary.id) })
      void queryClient.invalidateQueries({ queryKey: routeKey('results.rse', { runId: summary.id }) })
      void queryClient.invalidateQueries({ queryKey: ['results.rseItems'] })
      void queryClient.invalidateQueries({ queryKey: routeKey('results.ice', { runId: summary.id }) })
      void queryClient.invalidateQueries({ queryKey: ['results.iceRows'] })
    })
    return () => {
      offProgress()
      offStatus()
      offFinished()
    }
  }, [api, queryClient])
}

type RunAction = 'runs.pause' | 'runs.cancel'

function useRunAction(route: RunAction): UseMutationResult<RunSummary, ApiError, string> {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation<RunSummary, ApiError, string>({
    mutationFn: (id) => api.request(route, { id }),
    onSuccess: (summary) => {
      storeSummary(queryClient, summary)
      void queryClient.invalidateQueries({ queryKey: RUNS_KEY })
    },
  })
}

export const usePauseRun = () => useRunAction('runs.pause')
/** Resumes a run; `budgetUsd` raises the budget of one its budget paused. */
export function useResumeRun(): UseMutationResult<RunSummary, ApiError, { readonly id: string; readonly budgetUsd?: number }> {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation<RunSummary, ApiError, { readonly id: string; readonly budgetUsd?: number }>({
    mutationFn: (input) => api.request('runs.resume', input),
    onSuccess: (summary) => {
      storeSummary(queryClient, summary)
      void queryClient.invalidateQueries({ queryKey: RUNS_KEY })
    },
  })
}
export const useCancelRun = () => useRunAction('runs.cancel')

export function useDeleteRun(): UseMutationResult<{ readonly deleted: true }, ApiError, string> {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation<{ readonly deleted: true }, ApiError, string>({
    mutationFn: (id) => api.request('runs.delete', { id }),
    onSuccess: (_result, id) => {
      queryClient.setQueryData<readonly RunSummary[]>(RUNS_KEY, (list) => list?.filter((run) => run.id !== id))
      queryClient.removeQueries({ queryKey: runKey(id) })
      queryClient.removeQueries({ queryKey: routeKey('results.rse', { runId: id }) })
      queryClient.removeQueries({ queryKey: routeKey('results.ice', { runId: id }) })
    },
  })
}

export function useEstimateRun(): UseMutationResult<RunEstimate, ApiError, RunSpecInput> {
  const api = useApi()
  return useMutation<RunEstimate, ApiError, RunSpecInput>({ mutationFn: (spec) => api.request('runs.estimate', { spec }) })
}

/** The judge check (issue 11 item 4): sends calls (cached), so it is a mutation the person asks for. */
export function useJudgeCheck(): UseMutationResult<JudgePanelCheckResult, ApiError, RunSpecInput> {
  const api = useApi()
  return useMutation<JudgePanelCheckResult, ApiError, RunSpecInput>({ mutationFn: (spec) => api.request('runs.judgeCheck', { spec }) })
}

export function useStartRun(): UseMutationResult<{ readonly runId: string }, ApiError, RunSpecInput> {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation<{ readonly runId: string }, ApiError, RunSpecInput>({
    mutationFn: (spec) => api.request('runs.start', { spec }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: RUNS_KEY }),
  })
}
