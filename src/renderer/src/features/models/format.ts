import type { LlmErrorClass, Model } from '../../../../shared/contract/index'

const CENTS = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 4 })
const TINY = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumSignificantDigits: 2 })
const INTEGER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 })

/**
 * US dollars, readable at any size: "$0" for nothing, two significant digits below a cent
 * ("$0.00002", never "$0.00" or "2e-5"), cents with up to four decimals above ("$0.075", "$2.50").
 */
export function formatUsd(amount: number): string {
  if (!Number.isFinite(amount) || amount <= 0) return '$0'
  return amount < 0.01 ? TINY.format(amount) : CENTS.format(amount)
}

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
  const perMinute = limits.rpm === undefined ? 'no per-minute limit' : `${INTEGER.format(limits.rpm)} per minute`
  return [`${INTEGER.format(limits.maxConcurrent)} at a time`, perMinute]
}

export function formatLimits(limits: Model['limits']): string {
  return limitLines(limits).join(' · ')
}

export function formatLatency(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`
  return `${(ms / 1000).toFixed(1)} s`
}

export function formatTokens(input: number, output: number): string {
  return `${INTEGER.format(input)} in, ${INTEGER.format(output)} out`
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
  const flat = reply.replace(/\s+/g, ' ').trim()
  if (flat === '') return '(an empty reply)'
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat
}

/**
 * Shown when the provider's reply contained the API key (issue 12 item 4): the person should know
 * their provider echoes keys, and that Distillscope kept the key out of everything it stored.
 */
export const KEY_REDACTED_TITLE = 'The provider sent your API key back'
export const KEY_REDACTED_NOTICE =
  'Its reply contained the API key in use. Distillscope replaced it with “[redacted key]” in the reply shown here and in everything it stores, caches or exports. A provider that echoes keys may also log them: consider creating a new key with your provider.'
