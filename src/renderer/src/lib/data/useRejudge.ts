import { useMutation, useQueryClient, type UseMutationResult } from '@tanstack/react-query'
import type { JudgesFile } from '../../../../shared/contract/judges-file'
import type { ApiError } from '../api'
import { useApi } from '../useApi'
import { RUNS_KEY } from './useRuns'

/** Starts a re-judge run of a finished run (issue 13 item 3); the new run's id comes back at once. */
export function useRejudgeRun(): UseMutationResult<{ readonly runId: string }, ApiError, { readonly id: string; readonly judges: JudgesFile }> {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation<{ readonly runId: string }, ApiError, { readonly id: string; readonly judges: JudgesFile }>({
    mutationFn: (input) => api.request('runs.rejudge', input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: RUNS_KEY }),
  })
}
