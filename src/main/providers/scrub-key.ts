import type { ChatReply } from '../core/llm/types'

/** What replaces a key found in a provider's answer; also how the answer itself records it. */
export const REDACTED_KEY = '[redacted key]'

/** Header names whose values are credentials (a gateway key set by hand in a provider's headers). */
const CREDENTIAL_HEADER = /authorization|api[-_]?key|token|secret/i

/**
 * The secrets a call sends: the API key and any credential in the provider's own headers, with a
 * `Bearer ` prefix removed (scrubbing the key also removes it from its Bearer form).
 * Every length is kept: a key of a few characters is scrubbed too, at the price of also replacing
 * those characters where an answer happens to contain them. Real keys are long, so this is rare.
 */
export function secretsOf(apiKey: string | undefined, headers: Readonly<Record<string, string>>): string[] {
  const fromHeaders = Object.entries(headers)
    .filter(([name]) => CREDENTIAL_HEADER.test(name))
    .map(([, value]) => value.replace(/^Bearer\s+/i, '').trim())
  // Longest first, so a key that contains another is replaced whole.
  return [...new Set([apiKey ?? '', ...fromHeaders].filter((secret) => secret !== ''))].sort((a, b) => b.length - a.length)
}

/**
 * A provider (or a gateway in front of it) may echo the request's headers in a successful answer.
 * This runs where the answer leaves the SDK, before anything caches, stores, exports or shows it,
 * and marks the reply so the redaction is on record.
 */
export function scrubReply(reply: ChatReply, secrets: readonly string[]): ChatReply {
  const text = scrubText(reply.text, secrets)
  return text === reply.text ? reply : { ...reply, text, keyRedacted: true }
}

export function scrubText(text: string, secrets: readonly string[]): string {
  let result = text
  for (const secret of secrets) result = result.split(secret).join(REDACTED_KEY)
  return result
}
