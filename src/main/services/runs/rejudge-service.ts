import { AppError } from '../../../shared/contract/errors'
import type { JudgesFile } from '../../../shared/contract/judges-file'
import type { IceRunsRepo } from '../../core/evaluators/ice/ports'
import type { RseResultsRepo } from '../../core/evaluators/rse/ports'
import type { RunRow, RunsRepo } from '../../core/runs/ports'
import { specHash, type RunManager } from '../../core/runs/run-manager'
import { isResumableStatus } from '../../../shared/contract/runs'
import type { AnswerCopies } from '../../storage/repos/answer-copies'
import type { SpecModelRegistry } from '../models/spec-models'
import { rejudgeSpecOf } from './rejudge-spec'

export interface RejudgeServiceDeps {
  readonly runs: RunsRepo
  readonly rse: Pick<RseResultsRepo, 'outcomes'>
  readonly ice: Pick<IceRunsRepo, 'rows'>
  readonly copies: Pick<AnswerCopies, 'copyRse' | 'copyIce'>
  readonly manager: Pick<RunManager, 'start' | 'resume' | 'isActive'>
  readonly models: Pick<SpecModelRegistry, 'checkSaved' | 'checkReady'>
}

/** The manifest key linking a re-judge run to the run whose answers it judges. */
export const REJUDGE_OF = 'rejudgeOf'

/**
 * Judging a finished run again with other or more judges (issue 13 item 3): a new run, linked to the
 * first, that starts with the first run's stored answers and sends judge calls only.
 */
export function createRejudgeService(deps: RejudgeServiceDeps) {
  function hasAnswers(run: RunRow): boolean {
    if (run.kind === 'ice') return deps.ice.rows(run.id).some((row) => row.answer !== undefined)
    return deps.rse.outcomes(run.id).answers.some((answer) => answer.answered)
  }

  function mustBeRejudgeable(runId: string): RunRow {
    const run = deps.runs.get(runId)
    if (!run) throw new AppError('not_found', `There is no run "${runId}".`)
    if (run.status === 'running' || run.status === 'pending' || deps.manager.isActive(run.id))
      throw new AppError('conflict', `"${run.name}" is still ${run.status === 'pending' ? 'starting' : 'running'}: re-judge it once it has stopped.`)
    if (!hasAnswers(run)) throw new AppError('conflict', `"${run.name}" has no stored answers to judge again.`)
    return run
  }

  /** The spec and folder a re-judge of this run with these judges has, so the same request finds the same run. */
  function plan(runId: string, judges: JudgesFile, baseDir: string | undefined) {
    const original = mustBeRejudgeable(runId)
    const spec = rejudgeSpecOf(original.spec, original.name, judges)
    const folder = baseDir ?? ((original.manifest.baseDir as string | null | undefined) || undefined)
    return { original, spec, folder }
  }

  async function start(runId: string, judges: JudgesFile, baseDir?: string): Promise<RunRow> {
    const { original, spec, folder } = plan(runId, judges, baseDir)
    deps.models.checkSaved(judges.models, 'judges file')
    await deps.models.checkReady(Object.fromEntries(judges.judges.map((alias) => [alias, spec.models[alias]!])))
    // Checked again: the run could have been started meanwhile (the check above awaits).
    mustBeRejudgeable(runId)
    return deps.manager.start(spec, folder, spec.name ?? original.name, {
      manifest: { [REJUDGE_OF]: original.id },
      prepare: (newRunId) => void (original.kind === 'ice' ? deps.copies.copyIce(original.id, newRunId) : deps.copies.copyRse(original.id, newRunId)),
    })
  }

  return {
    /**
     * Starts the re-judge run and returns it (it runs on in the background, like any run). The
     * judges' models are checked first, so a missing key leaves no run behind.
     */
    rejudge: start,
    /**
     * The command line: the same re-judge asked again resumes its unfinished run (only what is
     * missing is sent) or reports its completed one again; otherwise a new re-judge run starts.
     */
    async rejudgeOrResume(runId: string, judges: JudgesFile): Promise<{ run: RunRow; resumed: boolean; alreadyComplete: boolean }> {
      const { spec, folder } = plan(runId, judges, undefined)
      const previous = deps.runs.latestForSpec(specHash(spec, folder))
      if (previous !== undefined && previous.manifest[REJUDGE_OF] === runId && !deps.manager.isActive(previous.id)) {
        if (previous.status === 'completed') return { run: previous, resumed: false, alreadyComplete: true }
        if (isResumableStatus(previous.status)) {
          deps.manager.resume(previous.id)
          return { run: deps.runs.get(previous.id)!, resumed: true, alreadyComplete: false }
        }
      }
      return { run: await start(runId, judges), resumed: false, alreadyComplete: false }
    },
  }
}

export type RejudgeService = ReturnType<typeof createRejudgeService>
