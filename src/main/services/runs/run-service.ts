import { AppError } from '../../../shared/contract/errors'
import type { RunSpec } from '../../../shared/contract/run-spec'
import { isResumableStatus, type RunDetail, type RunProgress, type RunSummary } from '../../../shared/contract/runs'
import { createIceExecutor } from '../../core/evaluators/ice/ice-executor'
import { createIceRejudgeExecutor } from '../../core/evaluators/ice/rejudge-rows'
import { resolveIceInputs, type IceLibraryPort } from '../../core/evaluators/ice/resolve-inputs'
import type { IceRunsRepo } from '../../core/evaluators/ice/ports'
import { rseJudge } from '../../core/evaluators/rse/judge-adapter'
import type { LoadRunItems, RseResultsRepo } from '../../core/evaluators/rse/ports'
import { createRseExecutor } from '../../core/evaluators/rse/rse-executor'
import type { EventBus } from '../../core/event-bus'
import type { LlmCallsRepo } from '../../core/llm/call-records'
import type { LlmClient } from '../../core/llm/llm-client'
import type { Logger } from '../../core/log'
import type { RseChecksRepo } from '../../core/evaluators/rse/checks/ports'
import { summaryOf, type RunRow, type RunsRepo } from '../../core/runs/ports'
import { createRunManager, specHash, type Executor } from '../../core/runs/run-manager'
import type { SpecModelRegistry } from '../models/spec-models'
import { checkRunInputs, type CheckRunInputsDeps } from './check-run-inputs'

export interface RunServiceDeps extends CheckRunInputsDeps {
  readonly runs: RunsRepo
  readonly rse: RseResultsRepo
  /** Issue 16's further answers and check judgements. */
  readonly rseChecks: RseChecksRepo
  readonly ice: IceRunsRepo
  readonly calls: LlmCallsRepo
  readonly events: EventBus
  readonly log: Logger
  readonly llm: LlmClient
  readonly models: SpecModelRegistry
  readonly loadItems: LoadRunItems
  /** ICE's questions, seeds and identity facts. */
  readonly iceLibrary: IceLibraryPort
}

/** Runs as the app and the command line drive them: start, follow, stop, resume, delete. */
export function createRunService(deps: RunServiceDeps) {
  const { runs } = deps
  // The last progress of each run, for a page opened mid-run; the executors report it here first.
  const lastProgress = new Map<string, RunProgress>()
  const emitProgress = (progress: RunProgress) => {
    lastProgress.set(progress.runId, progress)
    deps.events.emit('runs.progress', progress)
  }
  const shared = {
    llm: deps.llm,
    prepareModel: deps.models.prepareForSpec,
    releaseModels: (runId: string) => deps.models.release(runId),
    spentBefore: (runId: string) => deps.calls.totals({ runId }),
    emitProgress,
  }
  const manager = createRunManager({
    runs,
    events: deps.events,
    log: deps.log,
    executors: {
      rse: createRseExecutor({ ...shared, results: deps.rse, checks: deps.rseChecks, judge: rseJudge, loadItems: deps.loadItems }),
      ice: pickIceExecutor(
        createIceExecutor({ ...shared, repo: deps.ice, resolveInputs: (spec, baseDir) => resolveIceInputs(spec, baseDir, deps.iceLibrary) }),
        createIceRejudgeExecutor({ ...shared, repo: deps.ice }),
      ),
    },
  })
  // A run the app was in the middle of when it stopped can be resumed, never trusted as running.
  runs.markInterrupted()

  const mustGet = (id: string): RunRow => {
    const run = runs.get(id)
    if (!run) throw new AppError('not_found', 'This run no longer exists.')
    return run
  }
  /** What the app calls a run's model: a saved model's display name, otherwise its alias in the spec. */
  const label = (spec: RunSpec, alias: string) => {
    try {
      return deps.models.describe(spec.models[alias]!).displayName ?? alias
    } catch {
      return alias
    }
  }
  /** A run's default name, from the same kind of label for every role (issue 18 item 4). */
  const nameOf = (spec: RunSpec) =>
    spec.name ??
    (spec.kind === 'rse'
      ? `RSE: ${spec.students.map((alias) => label(spec, alias)).join(', ')} vs ${label(spec, spec.reference)}`
      : `ICE: ${label(spec, spec.target)}`)

  return {
    manager,
    list: (): RunSummary[] => runs.list().map(summaryOf),
    get(id: string): RunDetail {
      const run = mustGet(id)
      const progress = lastProgress.get(id)
      return { ...summaryOf(run), spec: run.spec, ...(progress ? { progress } : {}) }
    },
    start: (spec: RunSpec, baseDir: string | undefined): RunRow => manager.start(spec, baseDir, nameOf(spec)),
    /** The app's Start: preflight first, so a refused spec leaves no run row and costs nothing. */
    async startChecked(spec: RunSpec, baseDir: string | undefined): Promise<RunRow> {
      await checkRunInputs(deps, spec, baseDir)
      return manager.start(spec, baseDir, nameOf(spec))
    },
    /**
     * The command line: the unfinished run of this spec resumes, one that finished with failures asks
     * its failed calls again, and a cleanly completed one is reported again without any call.
     */
    startOrResume(spec: RunSpec, baseDir: string | undefined): { run: RunRow; resumed: boolean; retrying: boolean; alreadyComplete: boolean } {
      const previous = runs.latestForSpec(specHash(spec, baseDir))
      if (previous?.status === 'completed') return { run: previous, resumed: false, retrying: false, alreadyComplete: true }
      if (previous && isResumableStatus(previous.status)) {
        manager.resume(previous.id)
        const retrying = previous.status === 'completed_with_warnings' || previous.status === 'failed'
        return { run: runs.get(previous.id)!, resumed: true, retrying, alreadyComplete: false }
      }
      return { run: manager.start(spec, baseDir, nameOf(spec)), resumed: false, retrying: false, alreadyComplete: false }
    },
  }
}

export type RunService = ReturnType<typeof createRunService>

/** A re-judge run (its manifest names the run it re-judges) judges the copied answers and fuzzes nothing. */
function pickIceExecutor(fuzz: Executor, rejudge: Executor): Executor {
  return (context) => (context.run.manifest.rejudgeOf !== undefined ? rejudge(context) : fuzz(context))
}
