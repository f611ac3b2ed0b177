import { SecretStoreError } from './secret-store'

/**
 * Checks shared by every store: what a provider ref may look like, how a pasted key is cleaned,
 * and how much of it may be shown back. Messages never repeat the rejected value: a person who
 * pastes a key into the wrong field must not see it echoed into an error, a log or the renderer.
 */

/** Starts with a letter or digit, so `.`, `..` and `__proto__` can never be a ref. */
const REF_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/

/** Long enough for any provider's key, short enough that a pasted file is refused. */
const MAX_SECRET_LENGTH = 8192

/** Below this length the last four characters would give away too much of the key. */
const MIN_LENGTH_FOR_LAST4 = 12

export function isValidRef(ref: unknown): ref is string {
  return typeof ref === 'string' && REF_PATTERN.test(ref)
}

export function assertValidRef(ref: unknown): asserts ref is string {
  if (!isValidRef(ref)) throw new SecretStoreError('invalid', 'That provider id is not valid.')
}

/**
 * Trims the whitespace a copy-paste brings along (a trailing newline would break the HTTP header)
 * and refuses anything that cannot be an API key.
 */
export function normaliseSecret(secret: unknown): string {
  if (typeof secret !== 'string') throw new SecretStoreError('invalid', 'The API key must be text.')
  const trimmed = secret.trim()
  if (trimmed.length === 0) throw new SecretStoreError('invalid', 'The API key is empty.')
  if (trimmed.length > MAX_SECRET_LENGTH) throw new SecretStoreError('invalid', 'The API key is too long.')
  // Control characters and inner spaces: most likely two keys or a sentence pasted by mistake.
  if (/[\s\p{Cc}]/u.test(trimmed)) {
    throw new SecretStoreError('invalid', 'The API key contains spaces or invisible characters; paste only the key.')
  }
  return trimmed
}

/** The last four characters, only when the key is long enough that they reveal little. */
export function last4Of(secret: string): string | undefined {
  const chars = Array.from(secret)
  return chars.length >= MIN_LENGTH_FOR_LAST4 ? chars.slice(-4).join('') : undefined
}
