/**
 * A reply that came as a success (HTTP 200) but holds the provider's error, or no answer at all,
 * instead of a completion. OpenRouter commits its 200 before the upstream model runs, so a later
 * failure rides the body: a top-level `error` ({ message, code }), or a choice finished with reason
 * "error" that carries one (its API reference says to check the body even on a 200). Read as a
 * completion, such a body was an empty answer or a bare TypeError reported as a network failure.
 * A numeric code from 100 to 599 is the status it stands for (a 429 that never reached the status line).
 */
export class ErrorInReplyError extends Error {
  /** The provider's own words, for classification and for the shown (redacted) detail. */
  readonly error: { readonly message: string }
  constructor(
    detail: string,
    readonly status: number | undefined,
  ) {
    super('The provider answered 200 with an error instead of an answer.')
    this.name = 'ErrorInReplyError'
    this.error = { message: detail }
  }
}

type Carried = { readonly message?: unknown; readonly code?: unknown }
const isObject = (value: unknown): value is Carried => typeof value === 'object' && value !== null

/** The error a completion (or a streamed chunk) carries in place of an answer, if it does. */
export function errorCarriedBy(body: unknown): ErrorInReplyError | undefined {
  if (!isObject(body)) return undefined
  const { error, choices } = body as { error?: unknown; choices?: unknown }
  const choice: unknown = Array.isArray(choices) ? choices[0] : undefined
  const inChoice =
    isObject(choice) && (choice as { finish_reason?: unknown }).finish_reason === 'error' ? ((choice as { error?: unknown }).error ?? {}) : undefined
  const carried = isObject(error) ? error : inChoice
  if (!isObject(carried)) return undefined
  const code = typeof carried.code === 'number' ? carried.code : Number.parseInt(String(carried.code), 10)
  const message = typeof carried.message === 'string' && carried.message.trim() !== '' ? carried.message.trim() : 'the reply says only that an error happened'
  return new ErrorInReplyError(message, Number.isInteger(code) && code >= 100 && code <= 599 ? code : undefined)
}

/** A completion's failure, if it is one: an error it carries, or no choice at all (nothing to read an answer from). */
export function completionFailure(completion: unknown): ErrorInReplyError | undefined {
  const carried = errorCarriedBy(completion)
  if (carried) return carried
  const choices = isObject(completion) ? (completion as { choices?: unknown }).choices : undefined
  return Array.isArray(choices) && choices.length > 0 ? undefined : new ErrorInReplyError('the reply holds no answer (no choices)', undefined)
}
