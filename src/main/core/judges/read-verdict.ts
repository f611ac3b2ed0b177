import { readAsPublished } from './as-published-verdict'
import { collectSignals } from './verdict-signals'
import type { VerdictReading } from './verdict-reading'

export type { VerdictValue } from './verdict-words'

/**
 * How a run's judge replies are read (issue 11 item 1). "distillscope": every unambiguous form a
 * judge writes; "as-published": exactly what the paper's code reads (see as-published-verdict.ts).
 */
export type VerdictPreset = 'distillscope' | 'as-published'

export interface ReadVerdictOptions {
  readonly judge: 'loose' | 'strict'
  /** 'reply': the judge's own reply; 'extraction': the reply to the one follow-up call. */
  readonly stage: 'reply' | 'extraction'
}

export type { VerdictReading } from './verdict-reading'

/**
 * A judge's verdict, or why there is none. Pure: the same reply always reads the same way.
 *
 * Rule for "distillscope": every signal in the reply must agree. Repeating a verdict is fine; two
 * different values anywhere (a tag and a JSON field, or a verdict quoted mid-reasoning and the
 * final one) make the reply unreadable, because choosing one would be a guess. The follow-up
 * extraction call then asks the judge itself, which is how such a reply is resolved. The only
 * text discounted is a quoted choice of both values ("<verdict>1</verdict> or <verdict>0</verdict>").
 */
export function readVerdict(reply: string, preset: VerdictPreset, options: ReadVerdictOptions): VerdictReading {
  if (preset === 'as-published') return readAsPublished(reply, options.judge, options.stage)
  if (reply.trim() === '') return { ok: false, reason: 'empty reply' }
  const { signals, malformed } = collectSignals(reply, options.judge)
  // Signals come tags first, then JSON, then labelled lines: the reason names the first of each value.
  const found = signals[0]
  const other = signals.find((signal) => signal.value !== found?.value)
  if (found && other) return { ok: false, reason: `conflicting signals: ${found.shown} and ${other.shown}` }
  if (found && malformed[0]) return { ok: false, reason: `conflicting signals: ${found.shown} and ${malformed[0].shown}` }
  if (found) return { ok: true, verdict: found.value, form: [...new Set(signals.map((signal) => signal.form))].join(' + ') }
  if (malformed.length > 0) return { ok: false, reason: `no readable verdict: ${malformed.map((m) => m.shown).join(', ')}` }
  return { ok: false, reason: 'no verdict found' }
}
