import type { LlmErrorClass } from '../../../../../shared/contract/models'
import { readVerdict, type VerdictPreset } from '../../../judges/read-verdict'
import type { LlmClient } from '../../../llm/llm-client'
import type { ChatRequest } from '../../../llm/types'
import { callModel, type CallContext } from '../loop/call-model'
import type { Verdict } from './verdict'

/** One judgement as stored: the verdict (null when none could be read), how, and the raw texts. */
export interface JudgeOutcome {
  readonly verdict: Verdict | null
  /**
   * 'tag' (kept for stored rows): read from the judge's own reply, in whichever form `form` names.
   * 'panel': a panel's majority (or split) over its judges' own outcomes (judges/panel.ts).
   */
  readonly via: 'tag' | 'extraction' | 'failed' | 'panel'
  /** How the verdict was written, e.g. "<verdict> tag", "JSON verdict + labelled line". */
  readonly form?: string
  readonly reply?: string
  readonly extractionReply?: string
  /** Why there is no verdict: a failed call, or what made each reply unreadable. */
  readonly error?: string
  /** When a call failed (after retries): its class. */
  readonly errorClass?: LlmErrorClass
  /** A panel's readable verdicts split evenly: no verdict, yet not a judge failure (issue 13). */
  readonly split?: true
}

/** How this judge's replies are read: the run's verdict preset, and which judge asked. */
export interface VerdictReading {
  readonly preset: VerdictPreset
  readonly judge: 'loose' | 'strict'
}

/**
 * Asks the judge and reads its verdict (`readVerdict`); when the reply is unreadable, asks once more
 * for just the verdict (METHOD.md 2.6). An unreadable pair of replies is a null verdict with the
 * reasons, never a 0. A failed call is an outcome, not an exception (cancellation still throws).
 */
export async function runJudge(
  llm: Pick<LlmClient, 'chat'>,
  context: CallContext,
  request: ChatRequest,
  extraction: (reply: string) => ChatRequest,
  reading: VerdictReading,
): Promise<JudgeOutcome> {
  const first = await callModel(llm, context, request)
  if ('error' in first)
    return { verdict: null, via: 'failed', error: `The judge could not be asked: ${first.error.message}`, errorClass: first.error.errorClass }
  const read = readVerdict(first.text, reading.preset, { judge: reading.judge, stage: 'reply' })
  if (read.ok) return { verdict: read.verdict, via: 'tag', form: read.form, reply: first.text }
  // rejudge.py (the paper's strict judge) has no follow-up call: its run stops instead. We record
  // the row as unjudged rather than invent a step the paper never took.
  if (reading.preset === 'as-published' && reading.judge === 'strict')
    return { verdict: null, via: 'failed', reply: first.text, error: `Judge reply: ${read.reason}.` }
  const second = await callModel(llm, context, extraction(first.text))
  if ('error' in second)
    return {
      verdict: null,
      via: 'failed',
      reply: first.text,
      error: `Judge reply: ${read.reason}. The verdict extraction call failed: ${second.error.message}`,
      errorClass: second.error.errorClass,
    }
  const extracted = readVerdict(second.text, reading.preset, { judge: reading.judge, stage: 'extraction' })
  if (!extracted.ok)
    return {
      verdict: null,
      via: 'failed',
      reply: first.text,
      extractionReply: second.text,
      error: `Judge reply: ${read.reason}. Extraction reply: ${extracted.reason}.`,
    }
  return { verdict: extracted.verdict, via: 'extraction', form: extracted.form, reply: first.text, extractionReply: second.text }
}
