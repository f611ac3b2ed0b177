import type { LlmErrorClass, Model } from '../../../../shared/contract/index'
import { excerpt, formatInteger, formatUsd } from '../../lib/format'

/** "at most $0.00002", for the cost shown before a test is sent. */
export function formatMaxCost(amount: number): string {
  return `at most ${formatUsd(amount)}`
}

/** Per million tokens: ["$2.50 input", "$10.00 output"], one line each in the table. */
export function priceLines(prices: Model['prices']): readonly [string, string] {
  return [`${formatUsd(prices.inputPerMTok)} input`, `${formatUsd(prices.outputPerMTok)} output`]
}

export function formatPrices(prices: Model['prices']): string {
  return priceLines(prices).join(' · ')
}

export function limitLines(limits: Model['limits']): readonly [string, string] {
  const perMinute = limits.rpm === undefined ? 'no per-minute limit' : `${formatInteger(limits.rpm)} per minute`
  return [`${formatInteger(limits.maxConcurrent)} at a time`, perMinute]
}

export function formatLimits(limits: Model['limits']): string {
  return limitLines(limits).join(' · ')
}

export function formatLatency(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`
  return `${(ms / 1000).toFixed(1)} s`
}

/** Short titles for a failed connection test; the backend's message says what to do. */
const ERROR_TITLES: Readonly<Record<LlmErrorClass, string>> = {
  auth: 'Key refused',
  quota: 'Out of credit',
  rate_limit: 'Rate limited',
  server: 'Provider unavailable',
  network: 'Cannot reach the provider',
  timeout: 'Timed out',
  bad_request: 'Request rejected',
  content_filter: 'Blocked by content filter',
  cancelled: 'Cancelled',
}

export function errorClassTitle(errorClass: string): string {
  return Object.hasOwn(ERROR_TITLES, errorClass) ? ERROR_TITLES[errorClass as LlmErrorClass] : 'The test failed'
}

/** A reply excerpt for one line of the result: whitespace collapsed, cut at `max` characters. */
export function replyExcerpt(reply: string, max = 120): string {
  return excerpt(reply, max, '(an empty reply)')
}

/**
 * Shown when the provider's reply contained the API key (issue 12 item 4): the person should know
 * their provider echoes keys, and that Distillscope kept the key out of everything it stored.
 */
export const KEY_REDACTED_TITLE = 'The provider sent your API key back'
export const KEY_REDACTED_NOTICE =
  'Its reply contained the API key in use. Distillscope replaced it with “[redacted key]” in the reply shown here and in everything it stores, caches or exports. A provider that echoes keys may also log them: consider creating a new key with your provider.'
