import { readVerdict, type VerdictReading } from '../../../judges/read-verdict'
import type { JudgeOutcome } from './run-judge'

/** What rows judged before `readVerdict` say about every unreadable verdict, whatever the cause. */
export const LEGACY_UNREADABLE = 'Neither the judge reply nor the extraction reply gave a readable verdict.'

/**
 * Rows stored before issue 11 carry the generic message above, but they kept both raw replies, so
 * the reason can be worked out on read without touching the database. The verdict itself is left
 * alone: a stored run's numbers change only when it is re-judged, and the reason says when today's
 * reader would have found one.
 */
export function withUnreadableReason(outcome: JudgeOutcome, judge: 'loose' | 'strict'): JudgeOutcome {
  if (outcome.verdict !== null || outcome.error !== LEGACY_UNREADABLE || outcome.reply === undefined) return outcome
  const parts = [describe('Judge reply', readVerdict(outcome.reply, 'distillscope', { judge, stage: 'reply' }))]
  if (outcome.extractionReply !== undefined)
    parts.push(describe('Extraction reply', readVerdict(outcome.extractionReply, 'distillscope', { judge, stage: 'extraction' })))
  return { ...outcome, error: `${parts.join('. ')}.` }
}

function describe(label: string, reading: VerdictReading): string {
  return reading.ok
    ? `${label}: today's reader finds ${reading.verdict} (${reading.form}); this row was judged by an older reader, re-judge the run to use it`
    : `${label}: ${reading.reason}`
}
