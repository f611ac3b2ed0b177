import { useState, type ReactNode } from 'react'
import { BUDGET_PAUSED_MESSAGE, type RunSummary } from '../../../../shared/contract/index'
import { useCancelRun, useDeleteRun, usePauseRun, useResumeRun } from '../../lib/data/useRuns'
import { BudgetDialog } from './BudgetDialog'
import { RunConfirmDialog, type RunConfirmKind } from './RunDialogs'

interface ConfirmState {
  readonly kind: RunConfirmKind
  readonly run: RunSummary
  /** Kept after closing, so the dialog keeps its title while it fades out. */
  readonly open: boolean
}

export interface RunControls {
  pause(run: RunSummary): void
  resume(run: RunSummary): void
  askCancel(run: RunSummary): void
  askDelete(run: RunSummary): void
  /** The run whose pause or resume is on its way. */
  readonly pending: { readonly id: string; readonly action: 'pause' | 'resume' } | undefined
  readonly notice: string | null
  dismissNotice(): void
  readonly failure: { readonly title: string; readonly error: unknown } | null
  dismissFailure(): void
  /** The confirmation dialog; render it once. */
  readonly dialog: ReactNode
}

/** Pause, resume, cancel (confirmed) and delete (confirmed) for the run list and a run's page. */
export function useRunControls(onDeleted?: (run: RunSummary) => void): RunControls {
  const pauseRun = usePauseRun()
  const resumeRun = useResumeRun()
  const cancelRun = useCancelRun()
  const deleteRun = useDeleteRun()
  const [confirm, setConfirm] = useState<ConfirmState | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const [failure, setFailure] = useState<{ title: string; error: unknown } | null>(null)
  const [budgetRun, setBudgetRun] = useState<RunSummary | null>(null)

  const begin = () => {
    setNotice(null)
    setFailure(null)
  }
  const ask = (kind: RunConfirmKind) => (run: RunSummary) => {
    begin()
    cancelRun.reset()
    deleteRun.reset()
    setConfirm({ kind, run, open: true })
  }
  const close = () => setConfirm((current) => current && { ...current, open: false })

  const pendingId = pauseRun.isPending ? pauseRun.variables : resumeRun.isPending ? resumeRun.variables?.id : undefined
  const pending = pendingId === undefined ? undefined : { id: pendingId, action: pauseRun.isPending ? ('pause' as const) : ('resume' as const) }

  return {
    pause(run) {
      begin()
      pauseRun.mutate(run.id, {
        onSuccess: () => setNotice(`Pausing “${run.name}”. Resume it whenever you like: nothing already answered is sent again.`),
        onError: (error) => setFailure({ title: 'The run was not paused', error }),
      })
    },
    resume(run) {
      begin()
      // A run its budget paused would stop again at once: ask for a higher budget first.
      if (run.error === BUDGET_PAUSED_MESSAGE) return setBudgetRun(run)
      resumeRun.mutate(
        { id: run.id },
        {
          onSuccess: () => setNotice(`Resumed “${run.name}”.`),
          onError: (error) => setFailure({ title: 'The run was not resumed', error }),
        },
      )
    },
    askCancel: ask('cancel'),
    askDelete: ask('delete'),
    pending,
    notice,
    dismissNotice: () => setNotice(null),
    failure,
    dismissFailure: () => setFailure(null),
    dialog: (
      <>
        <BudgetDialog
          run={budgetRun}
          pending={resumeRun.isPending}
          error={resumeRun.error}
          onClose={() => setBudgetRun(null)}
          onResume={(run, budgetUsd) =>
            resumeRun.mutate(
              { id: run.id, budgetUsd },
              {
                onSuccess: () => {
                  setBudgetRun(null)
                  setNotice(`Resumed “${run.name}” with a budget of $${budgetUsd}.`)
                },
              },
            )
          }
        />
        <RunConfirmDialog
          kind={confirm?.kind ?? 'cancel'}
          run={confirm?.run}
          opened={confirm?.open === true}
          onClose={close}
          pending={confirm?.kind === 'delete' ? deleteRun.isPending : cancelRun.isPending}
          error={confirm?.kind === 'delete' ? deleteRun.error : cancelRun.error}
          onConfirm={(run) => {
            if (confirm?.kind === 'delete') {
              deleteRun.mutate(run.id, {
                onSuccess: () => {
                  close()
                  setNotice(`Deleted “${run.name}”.`)
                  onDeleted?.(run)
                },
              })
            } else {
              cancelRun.mutate(run.id, {
                onSuccess: () => {
                  close()
                  setNotice(`Cancelled “${run.name}”. Its results show what was done before.`)
                },
              })
            }
          }}
        />
      </>
    ),
  }
}
