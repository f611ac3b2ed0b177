import type { LlmErrorClass } from '../../shared/contract/models'
import { LlmCallError } from '../core/llm/llm-error'
import { redactSecrets } from '../core/llm/redact'
import { UNREADABLE_REPLY } from './cut-off'
import { ErrorInReplyError } from './error-in-reply'
import { UnreadableReplyError } from './unreadable-reply-error'

/** How much of an unreadable reply the message shows: enough to recognise a login page or a proxy's error. */
const SHOWN_BYTES = 80

/**
 * Both SDKs raise errors of the same names and shapes (APIError with `status`, plus
 * APIConnectionError, APIConnectionTimeoutError and APIUserAbortError), so one mapping serves both.
 * Provider messages are kept only as a redacted detail: some echo part of the key back.
 */
export function classifyProviderError(error: unknown, signal: AbortSignal, secrets: readonly string[]): LlmCallError {
  if (error instanceof LlmCallError) return error
  const name = (error as { name?: string; constructor?: { name?: string } })?.constructor?.name ?? (error as Error)?.name
  const status = (error as { status?: unknown })?.status
  const detail = providerDetail(error, secrets)
  if (signal.aborted || name === 'APIUserAbortError' || name === 'AbortError') return new LlmCallError('cancelled')
  const unreadable = findUnreadableReply(error)
  if (unreadable) {
    // Same words for both; the class keeps a cut-off reply with the other failures in transit.
    return new LlmCallError(unreadable.cutOff ? 'network' : 'server', `it began: ${shownBytes(unreadable.firstBytes, secrets)}`, 200, UNREADABLE_REPLY)
  }
  if (error instanceof ErrorInReplyError)
    return new LlmCallError(
      error.status === undefined ? 'server' : classOfStatus(error.status, error),
      redactSecrets(error.error.message, secrets),
      error.status,
    )
  if (name === 'APIConnectionTimeoutError' || name === 'TimeoutError') return new LlmCallError('timeout')
  if (name === 'APIConnectionError') return new LlmCallError('network', detail)
  if (typeof status === 'number') return new LlmCallError(classOfStatus(status, error), detail, status)
  return new LlmCallError('network', detail)
}

function classOfStatus(status: number, error: unknown): LlmErrorClass {
  const text = JSON.stringify((error as { error?: unknown })?.error ?? '') + String((error as Error)?.message ?? '')
  if (status === 401 || status === 403) return 'auth'
  if (status === 402 || (status === 429 && /quota|billing|credit|balance/i.test(text))) return 'quota'
  if (status === 429) return 'rate_limit'
  if (status === 408) return 'timeout'
  if (/content[_ ]?(filter|policy)|safety/i.test(text) && status === 400) return 'content_filter'
  if (status >= 500) return 'server'
  return 'bad_request'
}

function providerDetail(error: unknown, secrets: readonly string[]): string | undefined {
  const body = (error as { error?: { message?: unknown; error?: { message?: unknown } } })?.error
  const message = body?.error?.message ?? body?.message ?? (error as Error)?.message
  if (typeof message !== 'string' || message.trim() === '') return undefined
  return redactSecrets(message.trim(), secrets)
}

/** The SDKs wrap what their fetch threw in a connection error; the reply's own error is its cause. */
function findUnreadableReply(error: unknown): UnreadableReplyError | undefined {
  for (let current = error, depth = 0; current && depth < 5; current = (current as { cause?: unknown }).cause, depth++) {
    if (current instanceof UnreadableReplyError) return current
  }
  return undefined
}

/** Scrubbed while whole (a key cut in two would slip past), then shortened to one line. */
function shownBytes(text: string, secrets: readonly string[]): string {
  const scrubbed = redactSecrets(text, secrets).replace(/\s+/g, ' ').trim()
  return scrubbed.length > SHOWN_BYTES ? `${scrubbed.slice(0, SHOWN_BYTES)}…` : scrubbed
}
