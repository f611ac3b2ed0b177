import { useMutation } from '@tanstack/react-query'
import { useRef, useState } from 'react'
import type { RouteInput } from '../../../../shared/contract/index'
import type { PaperJudgeCheckResult } from '../../../../shared/contract/paper-judge-check'
import type { ApiError } from '../api'
import { useApi } from '../useApi'

export type PaperJudgeCheckRequest = Omit<RouteInput<'ice.paperJudge.run'>, 'checkId'>

/** An id for one check, chosen here so progress can be followed and Cancel sent before the reply. */
function newCheckId(): string {
  return typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `check-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`
}

/** Judge against the paper's judge: the run (a mutation), its progress from events, and Cancel. */
export function usePaperJudgeCheck() {
  const api = useApi()
  const [progress, setProgress] = useState<{ readonly done: number; readonly total: number } | undefined>()
  const current = useRef<string | undefined>(undefined)
  const run = useMutation<PaperJudgeCheckResult, ApiError, PaperJudgeCheckRequest>({
    mutationFn: async (input) => {
      const checkId = newCheckId()
      current.current = checkId
      setProgress(undefined)
      const off = api.on('ice.paperJudge.progress', (event) => {
        if (event.checkId === checkId) setProgress({ done: event.done, total: event.total })
      })
      try {
        return await api.request('ice.paperJudge.run', { ...input, checkId })
      } finally {
        off()
        current.current = undefined
      }
    },
  })
  const cancel = () => {
    if (current.current !== undefined) void api.request('ice.paperJudge.cancel', { checkId: current.current }).catch(() => undefined)
  }
  return { run, progress, cancel }
}
