import { LlmCallError } from '../core/llm/llm-error'

/** The words for every reply the app received but could not use: not JSON, HTML, or cut off. */
export const UNREADABLE_REPLY = "The provider's reply could not be read"

/** A streamed answer that began and then stopped: a failure in transit (class network), worded for what happened. */
export function answerCutOff(): LlmCallError {
  return new LlmCallError('network', 'the answer stopped part-way through', undefined, UNREADABLE_REPLY)
}

/**
 * Whether a failure while reading a stream that had already begun is the answer being cut off:
 * not a cancellation or a timeout (those keep their own words), and not an HTTP error, which
 * carries a status and is classified by it.
 */
export function isCutOff(error: unknown, signal: AbortSignal): boolean {
  if (signal.aborted || error instanceof LlmCallError) return false
  if (typeof (error as { status?: unknown })?.status === 'number') return false
  const name = (error as { constructor?: { name?: string } })?.constructor?.name ?? (error as Error)?.name ?? ''
  return !/abort|timeout/i.test(name)
}
