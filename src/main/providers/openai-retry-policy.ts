/**
 * When the OpenAI SDK retries a failed attempt and how long it waits first, for the direct path
 * (openai-direct.ts), which makes its plain calls without the SDK and must keep the SDK's contract
 * with the provider. Mirrors openai-node 7.x (`shouldRetry`, `retryRequest`,
 * `calculateDefaultRetryTimeoutMillis`); test/integration/llm/openai-direct-parity.test.ts holds
 * the two side by side against the same replies.
 */

/** A reply's status and headers decide: the provider's x-should-retry first, then the statuses worth another try. */
export function statusIsRetried(status: number, headers: Headers): boolean {
  const told = headers.get('x-should-retry')
  if (told === 'true') return true
  if (told === 'false') return false
  return status === 408 || status === 409 || status === 429 || status >= 500
}

const LONGEST_ADVISED_MS = 60_000
const FIRST_BACKOFF_S = 0.5
const LONGEST_BACKOFF_S = 8

/**
 * The wait before the next attempt: what the provider advised (retry-after-ms, else retry-after in
 * seconds or as a date) when it is between 0 and 60 s; otherwise 0.5 s doubling per retry up to 8 s,
 * less up to a quarter at random so that parallel calls do not retry in step.
 */
export function retryDelayMs(headers: Headers | undefined, retriesLeft: number, maxRetries: number, random: () => number = Math.random): number {
  let advised: number | undefined
  const inMs = headers?.get('retry-after-ms')
  if (inMs) {
    const value = parseFloat(inMs)
    if (!Number.isNaN(value)) advised = value
  }
  const after = headers?.get('retry-after')
  if (after && advised === undefined) {
    const seconds = parseFloat(after)
    advised = Number.isNaN(seconds) ? Date.parse(after) - Date.now() : seconds * 1000
  }
  if (advised !== undefined && Number.isFinite(advised) && advised >= 0 && advised <= LONGEST_ADVISED_MS) return advised
  const retriesSoFar = maxRetries - retriesLeft
  return Math.min(FIRST_BACKOFF_S * 2 ** retriesSoFar, LONGEST_BACKOFF_S) * (1 - random() * 0.25) * 1000
}
