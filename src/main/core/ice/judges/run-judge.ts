import type { LlmErrorClass } from '../../../../shared/contract/models'
import type { LlmClient } from '../../llm/llm-client'
import type { ChatRequest } from '../../llm/types'
import { callModel, type CallContext } from '../loop/call-model'
import { parseExtractedVerdict, parseTaggedVerdict, type Verdict } from './verdict'

/** One judgement as stored: the verdict (null when none could be read), how, and the raw texts. */
export interface JudgeOutcome {
  readonly verdict: Verdict | null
  readonly via: 'tag' | 'extraction' | 'failed'
  readonly reply?: string
  readonly extractionReply?: string
  /** Why there is no verdict: a failed call, or unreadable replies. */
  readonly error?: string
  /** When a call failed (after retries): its class. */
  readonly errorClass?: LlmErrorClass
}

/**
 * Asks the judge, reads the `<verdict>` tag, and when it is missing or unreadable asks once more
 * for just the verdict (METHOD.md 2.6). A failed call is an outcome, not an exception (cancellation
 * still throws).
 */
export async function runJudge(llm: Pick<LlmClient, 'chat'>, context: CallContext, request: ChatRequest, extraction: (reply: string) => ChatRequest): Promise<JudgeOutcome> {
  const first = await callModel(llm, context, request)
  if ('error' in first) return { verdict: null, via: 'failed', error: `The judge could not be asked: ${first.error.message}`, errorClass: first.error.errorClass }
  const tagged = parseTaggedVerdict(first.text)
  if (tagged !== undefined) return { verdict: tagged, via: 'tag', reply: first.text }
  const second = await callModel(llm, context, extraction(first.text))
  if ('error' in second) return { verdict: null, via: 'failed', reply: first.text, error: `The verdict extraction call failed: ${second.error.message}`, errorClass: second.error.errorClass }
  const extracted = parseExtractedVerdict(second.text)
  if (extracted === undefined) return { verdict: null, via: 'failed', reply: first.text, extractionReply: second.text, error: 'Neither the judge reply nor the extraction reply gave a readable verdict.' }
  return { verdict: extracted, via: 'extraction', reply: first.text, extractionReply: second.text }
}
