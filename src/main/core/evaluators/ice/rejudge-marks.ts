import { ownJudgements } from './ice-tally'
import type { IceAttackRow } from './loop/types'

/** The judge outcome of an answer copied for a re-judge run and not judged by its judges yet. */
export const AWAITING_REJUDGE = 'Waiting to be judged by this re-judge run.'

/**
 * An attack row as a re-judge run starts with it: the first run's question, prompt and answer (or
 * the target's failure), without that run's verdicts. A row whose target failed has nothing to
 * judge, so it keeps the first run's "no answer" outcome.
 */
export function unjudgedCopy(row: IceAttackRow): IceAttackRow {
  const { loose, strict: _strict, judges: _judges, ...kept } = row
  if (row.targetError !== undefined) return { ...kept, loose }
  return { ...kept, loose: { verdict: null, via: 'failed', error: AWAITING_REJUDGE } }
}

/**
 * Whether a re-judge run still has to judge this row: copied and not judged yet, or judged with a
 * call that failed after retries (asked again on resume, as the fuzzing executor does).
 */
export function needsRejudge(row: IceAttackRow): boolean {
  if (row.targetError !== undefined || row.answer === undefined) return false
  return row.loose.error === AWAITING_REJUDGE || ownJudgements(row).some((judgement) => judgement.errorClass !== undefined)
}
