import type { RseChecksRepo, RseCheckKind } from './checks/ports'
import type { RseResultsRepo } from './ports'

/** A judgement to make: a headline one (`main`, a student's first answer) or one of issue 16's checks. */
export interface JudgedUnit {
  readonly kind: 'main' | RseCheckKind
  readonly studentAlias: string
  readonly setName: string
  readonly itemId: string
  readonly sample: number
  readonly pairedItem?: string
}

export const answerKey = (alias: string, setName: string, itemId: string, sample = 0) => `${alias}\u0000${setName}\u0000${itemId}\u0000${sample}`
export const unitKey = (unit: JudgedUnit, judge: string) =>
  `${unit.kind}\u0000${judge}\u0000${answerKey(unit.studentAlias, unit.setName, unit.itemId, unit.sample)}`

/**
 * Answers and judgements stored by earlier sessions of this run (their keys only); their requests
 * are counted from the call log (spentBefore).
 * Failed calls are never served from the store as final: a failed answer, a judgement whose judge
 * call failed and one skipped for want of an answer are done again. An unreadable judge reply is
 * final (asking the same judge the same thing again would be answered by the cache with the same reply).
 */
export function restoreRse(results: RseResultsRepo, checks: RseChecksRepo, runId: string) {
  const outcomes = results.outcomes(runId)
  const answered = new Set<string>()
  for (const stored of outcomes.answers) if (stored.answered) answered.add(answerKey(stored.modelAlias, stored.setName, stored.itemId))
  for (const extra of checks.extraOutcomes(runId)) if (extra.answered) answered.add(answerKey(extra.modelAlias, extra.setName, extra.itemId, extra.sample))
  const judged = new Set<string>()
  const isFinal = (judgment: { failedReason?: string; replied: boolean }) => judgment.failedReason === undefined || judgment.replied
  for (const judgment of outcomes.judgments) {
    if (isFinal(judgment)) judged.add(unitKey({ kind: 'main', ...judgment, sample: 0 }, judgment.judgeAlias))
  }
  for (const judgment of checks.checkScores(runId)) if (isFinal(judgment)) judged.add(unitKey(judgment, judgment.judgeAlias))
  return { answered, judged }
}
