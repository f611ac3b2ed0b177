import { createHash } from 'node:crypto'
import { AppError } from '../../../shared/contract/errors'
import type { RunSpec } from '../../../shared/contract/run-spec'
import { BUDGET_PAUSED_MESSAGE, isResumableStatus, type RunSummary, type TerminalStatus } from '../../../shared/contract/runs'
import type { RunRow, RunsRepo } from './ports'
import { summaryOf } from './ports'
import type { EventBus } from '../event-bus'
import { stableStringify } from '../llm/cache-key'
import type { Logger } from '../log'
import { decideOutcome, type FinishedOutcome, type RunTally } from './run-outcome'

/** Why a run's signal was aborted: the engine stops either way; the manager decides what it means. */
export type StopReason = 'pause' | 'cancel' | 'budget' | 'shutdown'

export interface ExecutionContext {
  readonly run: RunRow
  readonly signal: AbortSignal
  /** The engine asks to stop, e.g. when the budget is reached. */
  stop(reason: StopReason): void
}

/** Runs (or resumes) a run; what it returns, counted from everything stored, decides the outcome. */
export type Executor = (context: ExecutionContext) => Promise<RunTally>

export interface RunManagerDeps {
  readonly runs: RunsRepo
  readonly events: EventBus
  readonly log: Logger
  readonly executors: Readonly<Record<RunSpec['kind'], Executor>>
}

/** What a run is started with beyond its spec (a re-judge run: its link and its copied answers). */
export interface StartSetup {
  /** Recorded in the run's manifest beside `baseDir`. */
  readonly manifest?: Readonly<Record<string, unknown>>
  /** Called with the new run's id before its executor starts; if it throws, the run is removed. */
  readonly prepare?: (runId: string) => void
}

/** Identifies "the same run" for the command line: the spec and the folder its files are in. */
export function specHash(spec: RunSpec, baseDir: string | undefined): string {
  return createHash('sha256')
    .update(stableStringify({ spec, baseDir: baseDir ?? null }))
    .digest('hex')
}

/**
 * Starts, pauses, resumes and cancels runs. One AbortController per active run; every run that
 * ends emits exactly one `runs.finished`. Status is persisted at each change, so after a crash the
 * database tells what was going on (start-up marks such runs interrupted).
 */
export function createRunManager(deps: RunManagerDeps) {
  const active = new Map<string, { controller: AbortController; done: Promise<void> }>()

  function announce(row: RunRow): RunSummary {
    const summary = summaryOf(row)
    deps.events.emit('runs.status', summary)
    return summary
  }

  function finish(id: string, status: TerminalStatus, error?: string, warnings: readonly string[] = []): void {
    const row = deps.runs.setStatus(id, status, error, warnings)
    const summary = announce(row)
    deps.events.emit('runs.finished', { ...summary, status })
  }

  function launch(run: RunRow): void {
    const controller = new AbortController()
    announce(deps.runs.setStatus(run.id, 'running'))
    const context: ExecutionContext = { run, signal: controller.signal, stop: (reason) => controller.abort(reason) }
    const done = deps.executors[run.kind](context).then(
      (tally) => (controller.signal.aborted ? settleStopped(run.id, controller.signal.reason as StopReason) : finishWith(run.id, decideOutcome(tally))),
      (error: unknown) => {
        if (controller.signal.aborted) return settleStopped(run.id, controller.signal.reason as StopReason)
        deps.log.error(`Run ${run.id} failed`, error)
        finish(
          run.id,
          'failed',
          error instanceof AppError ? error.message : `The run stopped because of an unexpected error: ${(error as Error)?.message ?? error}`,
        )
      },
    )
    active.set(run.id, { controller, done: done.finally(() => active.delete(run.id)) })
  }

  function finishWith(id: string, outcome: FinishedOutcome): void {
    finish(id, outcome.status, outcome.status === 'failed' ? outcome.error : undefined, outcome.warnings)
  }

  function settleStopped(id: string, reason: StopReason): void {
    if (reason === 'cancel') return finish(id, 'cancelled')
    if (reason === 'shutdown') return void deps.runs.setStatus(id, 'interrupted')
    announce(deps.runs.setStatus(id, 'paused', reason === 'budget' ? BUDGET_PAUSED_MESSAGE : undefined))
  }

  function mustGet(id: string): RunRow {
    const run = deps.runs.get(id)
    if (!run) throw new AppError('not_found', 'This run no longer exists.')
    return run
  }

  return {
    start(spec: RunSpec, baseDir: string | undefined, name: string, setup: StartSetup = {}): RunRow {
      const run = deps.runs.insert(spec, specHash(spec, baseDir), name)
      deps.runs.setManifest(run.id, { ...setup.manifest, baseDir: baseDir ?? null })
      try {
        setup.prepare?.(run.id)
      } catch (error) {
        // A run that could not be prepared never started: no row is left behind.
        deps.runs.delete(run.id)
        throw error
      }
      launch(deps.runs.get(run.id)!)
      return deps.runs.get(run.id)!
    },
    resume(id: string, budgetUsd?: number): RunSummary {
      let run = mustGet(id)
      if (active.has(id)) return summaryOf(run)
      if (!isResumableStatus(run.status))
        throw new AppError('conflict', `This run is ${run.status}; only paused, interrupted or finished-with-failures runs can be resumed.`)
      if (budgetUsd !== undefined) {
        deps.runs.setSpec(id, { ...run.spec, budgetUsd })
        run = mustGet(id)
      }
      launch(run)
      return summaryOf(deps.runs.get(id)!)
    },
    pause(id: string): RunSummary {
      const run = mustGet(id)
      const current = active.get(id)
      if (!current) throw new AppError('conflict', `This run is ${run.status}, not running.`)
      current.controller.abort('pause' satisfies StopReason)
      return summaryOf(run)
    },
    cancel(id: string): RunSummary {
      const run = mustGet(id)
      const current = active.get(id)
      if (current) current.controller.abort('cancel' satisfies StopReason)
      else if (run.status === 'paused' || run.status === 'interrupted' || run.status === 'pending') finish(id, 'cancelled')
      else throw new AppError('conflict', `This run has already ended (${run.status}).`)
      return summaryOf(deps.runs.get(id)!)
    },
    remove(id: string): void {
      mustGet(id)
      if (active.has(id)) throw new AppError('conflict', 'Stop the run before deleting it.')
      deps.runs.delete(id)
    },
    /** Resolves when the run's current session ends (completed, paused, cancelled or failed). */
    async settled(id: string): Promise<RunRow> {
      await active.get(id)?.done
      return mustGet(id)
    },
    isActive: (id: string) => active.has(id),
    /** Stops every run for a clean exit; they resume as interrupted runs next time. */
    async shutdown(): Promise<void> {
      const running = [...active.values()]
      for (const entry of running) entry.controller.abort('shutdown' satisfies StopReason)
      await Promise.all(running.map((entry) => entry.done))
    },
  }
}

export type RunManager = ReturnType<typeof createRunManager>
