import type { JudgeCheckResult, JudgePanelCheckResult } from '../../../shared/contract/judge-check'

/**
 * The judge check of a whole panel: every judge checked at once (each through the shared call layer,
 * which keeps each model's own limits), then summed. One judge that fails fails the panel's check,
 * because a run would use every judge's verdicts as they are.
 */
export async function checkJudgePanel<Judge>(judges: readonly Judge[], checkOne: (judge: Judge) => Promise<JudgeCheckResult>): Promise<JudgePanelCheckResult> {
  if (judges.length === 0) throw new Error('A judge check needs at least one judge.')
  return summarisePanel(await Promise.all(judges.map(checkOne)))
}

/** The panel's result from its judges' results, in the panel's order. */
export function summarisePanel(judges: readonly JudgeCheckResult[]): JudgePanelCheckResult {
  return {
    judges,
    passed: judges.every((judge) => judge.passed),
    costUsd: judges.reduce((sum, judge) => sum + judge.costUsd, 0),
    sent: judges.reduce((sum, judge) => sum + judge.sent, 0),
    fromCache: judges.reduce((sum, judge) => sum + judge.fromCache, 0),
  }
}
