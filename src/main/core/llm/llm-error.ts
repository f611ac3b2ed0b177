import type { LlmErrorClass } from '../../../shared/contract/models'

const MESSAGES: Readonly<Record<LlmErrorClass, string>> = {
  auth: 'The provider refused the API key. Check that the key is correct and still active.',
  quota: 'The account has run out of credit or reached its spending limit. Add credit or raise the limit with the provider.',
  rate_limit:
    'The provider is limiting how fast requests can be sent. Distillscope waited and retried; lower the requests per minute or concurrency for this model.',
  server: 'The provider had a problem on its side. This is usually temporary; try again later.',
  network: 'Could not reach the provider. Check the internet connection, the base URL and any proxy.',
  timeout: 'The provider took too long to answer. Try again, or raise the timeout for this provider.',
  bad_request: 'The provider rejected the request. Check the model id and the generation settings.',
  content_filter: "The provider's content filter blocked this request or its answer.",
  cancelled: 'The request was cancelled.',
}

/**
 * A failed call, classified. `message` is written for the person using the app; `detail` is the
 * provider's own explanation with anything key-like removed. Neither ever contains an API key.
 */
export class LlmCallError extends Error {
  constructor(
    readonly errorClass: LlmErrorClass,
    readonly detail?: string,
    readonly status?: number,
    /** Replaces the class's general message when the cause is known more precisely (an unreadable reply, a key that cannot be decrypted). */
    headline?: string,
  ) {
    const lead = headline ?? MESSAGES[errorClass]
    super(detail ? `${lead} (${detail})` : lead)
    this.name = 'LlmCallError'
  }

  /** Set when a call was cancelled while still queued: nothing reached the provider, so it is no request. */
  notSent = false

  /** A call cancelled before it was sent (a run paused or stopped with calls waiting in the queues). */
  static cancelledBeforeSending(): LlmCallError {
    const error = new LlmCallError('cancelled')
    error.notSent = true
    return error
  }
}

/** Whether a failed call counts as a request made: everything but a call cancelled before it was sent. */
export function wasRequest(error: unknown): boolean {
  return !(error instanceof LlmCallError && error.notSent)
}

export function messageFor(errorClass: LlmErrorClass): string {
  return MESSAGES[errorClass]
}
