import { AppError } from '../../../../shared/contract/errors'
import type { IceSpec } from '../../../../shared/contract/ice-spec'
import { judgesOf } from '../../../../shared/contract/judges-of'
import { forEachBounded } from '../../runs/bounded-each'
import { ProgressTracker, type RequestOutcome } from '../../runs/progress-tracker'
import type { ExecutionContext } from '../../runs/run-manager'
import type { RunTally } from '../../runs/run-outcome'
import type { IceExecutorDeps } from './ice-executor'
import { fuzzConfigOf } from './ice-config'
import { ICE_PRESETS } from './index'
import { judgeAnswer, type AttackContext } from './loop/attack-step'
import type { IceAttackRow } from './loop/types'
import { needsRejudge } from './rejudge-marks'
import { tallyIceRun } from './ice-tally'
import { withoutJudgeReasks } from '../../runs/judge-reasks'

/** The target is never asked by a re-judge; the fuzzer's configuration wants its settings all the same. */
const NO_TARGET_PARAMS = { temperature: 0 }

/** Calls per answer and judge at most: loose plus its verdict extraction, and the same again for strict. */
const judgeCallsPerAnswer = (spec: IceSpec) => (spec.strict ? 4 : 2)

/**
 * An ICE re-judge run (issue 13 item 3): the first run's answers, copied at its start, judged again
 * by this run's judges; no target or helper call is sent. The fuzzing tree is kept as stored: a
 * re-judge does not fuzz again, so which mutants were made (and which joined the pool) was decided by
 * the first run's judge, and only the verdicts on the answers are this run's. A resumed re-judge
 * judges only the rows still waiting (or whose judge call failed).
 */
export function createIceRejudgeExecutor(deps: Pick<IceExecutorDeps, 'llm' | 'repo' | 'prepareModel' | 'releaseModels' | 'spentBefore' | 'emitProgress'>) {
  return async (context: ExecutionContext): Promise<RunTally> => {
    const { run, signal } = context
    const spec = run.spec as IceSpec
    const inputs = deps.repo.inputs(run.id)
    if (!inputs) throw new AppError('conflict', 'This re-judge run has no copied inputs; start the re-judge again from the first run.')
    const panel = judgesOf(spec).map((alias) => ({ alias, modelId: deps.prepareModel(run.id, alias, spec).modelId }))
    const waiting = deps.repo.rows(run.id).filter(needsRejudge)
    const totals = { judge: waiting.length * judgeCallsPerAnswer(spec) * panel.length }
    const tracker = new ProgressTracker({
      runId: run.id,
      totals,
      expected: withoutJudgeReasks(totals),
      emit: deps.emitProgress,
      waiting: () => deps.llm.waiting(run.id),
    })
    const before = deps.spentBefore(run.id)
    tracker.restoreRequests(before)
    tracker.spend(before)
    const config = fuzzConfigOf(spec, inputs, NO_TARGET_PARAMS)
    const attack: AttackContext = {
      llm: deps.llm,
      // The target is never asked here; the context type wants one.
      target: { modelId: spec.target },
      judges: panel.map((judge) => ({
        alias: judge.alias,
        call: {
          modelId: judge.modelId,
          signal,
          runId: run.id,
          maxConcurrent: spec.concurrency,
          onRequest: (outcome: RequestOutcome) => tracker.request('judge', outcome),
          onCall: (call: { readonly costUsd: number; readonly inputTokens: number; readonly outputTokens: number }) => {
            tracker.spend(call)
            if (spec.budgetUsd !== undefined && tracker.spentUsd >= spec.budgetUsd) context.stop('budget')
          },
        },
      })),
      preset: ICE_PRESETS[spec.preset],
      judge: config.judge ?? 'distillscope',
      verdicts: config.verdicts ?? 'distillscope',
      questions: config.questions,
      fact: config.fact,
      strictVendors: config.strict === false ? undefined : config.strict?.vendors,
      targetParams: NO_TARGET_PARAMS,
    }

    async function rejudgeRow(row: IceAttackRow): Promise<void> {
      signal.throwIfAborted()
      const verdicts = await judgeAnswer(attack, row.answer ?? '')
      const { strict: _strict, judges: _judges, ...kept } = row
      deps.repo.saveRow(run.id, { ...kept, ...verdicts })
      // Each judge's unreadable loose reply, as the fuzzing executor counts them (a panel's split is no problem).
      const looseReplies = verdicts.judges ? verdicts.judges.map((judge) => judge.loose) : [verdicts.loose]
      for (const loose of looseReplies) if (loose.verdict === null && loose.errorClass === undefined) tracker.problem('unparseable')
    }

    tracker.flush()
    const stopReporting = tracker.reportWhileWaiting()
    try {
      await forEachBounded(waiting, Math.max(8, spec.concurrency * 2), rejudgeRow)
    } finally {
      stopReporting()
      tracker.flush()
      deps.releaseModels(run.id)
    }
    return tallyIceRun({ target: spec.target, helper: spec.helper, judges: judgesOf(spec) }, deps.repo.nodes(run.id), deps.repo.rows(run.id))
  }
}
