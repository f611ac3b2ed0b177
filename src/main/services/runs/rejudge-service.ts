import { AppError } from '../../../shared/contract/errors'
import type { JudgesFile } from '../../../shared/contract/judges-file'
import type { IceRunsRepo } from '../../core/evaluators/ice/ports'
import type { RseResultsRepo } from '../../core/evaluators/rse/ports'
import type { RunRow, RunsRepo } from '../../core/runs/ports'
import type { RunManager } from '../../core/runs/run-manager'
import type { AnswerCopies } from '../../storage/repos/answer-copies'
import type { SpecModelRegistry } from '../models/spec-models'
import { rejudgeSpecOf } from './rejudge-spec'

export interface RejudgeServiceDeps {
  readonly runs: RunsRepo
  readonly rse: Pick<RseResultsRepo, 'outcomes'>
  readonly ice: Pick<IceRunsRepo, 'rows'>
  readonly copies: Pick<AnswerCopies, 'copyRse' | 'copyIce'>
  readonly manager: Pick<RunManager, 'start' | 'isActive'>
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

  return {
    /**
     * Starts the re-judge run and returns it (it runs on in the background, like any run). The
     * judges' models are checked first, so a missing key leaves no run behind.
     */
    async rejudge(runId: string, judges: JudgesFile, baseDir?: string): Promise<RunRow> {
      const original = mustBeRejudgeable(runId)
      const spec = rejudgeSpecOf(original.spec, original.name, judges)
      deps.models.checkSaved(judges.models)
      await deps.models.checkReady(Object.fromEntries(judges.judges.map((alias) => [alias, spec.models[alias]!])))
      // Checked again: the run could have been started meanwhile (the check above awaits).
      mustBeRejudgeable(runId)
      const folder = baseDir ?? ((original.manifest.baseDir as string | null | undefined) || undefined)
      return deps.manager.start(spec, folder, spec.name ?? original.name, {
        manifest: { [REJUDGE_OF]: original.id },
        prepare: (newRunId) => void (original.kind === 'ice' ? deps.copies.copyIce(original.id, newRunId) : deps.copies.copyRse(original.id, newRunId)),
      })
    },
  }
}

export type RejudgeService = ReturnType<typeof createRejudgeService>
