import type { IceRate } from '../../../shared/contract/ice-results'
import type { Interval } from '../../../shared/contract/index'
import type { IceCategory, IceLanguage } from '../../../shared/ice/names'

/*
 * Numbers and words every page prints the same way: counts, money, tokens, intervals, excerpts,
 * dates, and the names of ICE's question languages and aspects. No React here, so it is
 * unit-tested in Node.
 */

const INTEGER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 })
const NUMBER = new Intl.NumberFormat('en-US')

// ---------------------------------------------------------------------------------------------
// Counts

/** "1,234": a whole number with thousands separators. */
export function formatInteger(value: number): string {
  return INTEGER.format(value)
}

/** "0.5", "1,234.5": any number with thousands separators and up to three decimals. */
export function formatNumber(value: number): string {
  return NUMBER.format(value)
}

/** "1,234" alone, or with what is counted: "1 prompt", "1,234 prompts", "2 entries". */
export function formatCount(value: number, singular?: string, plural = `${singular}s`): string {
  if (singular === undefined) return INTEGER.format(value)
  return `${INTEGER.format(value)} ${value === 1 ? singular : plural}`
}

/** "12,000 in, 3 out". */
export function formatTokens(input: number, output: number): string {
  return `${INTEGER.format(input)} in, ${INTEGER.format(output)} out`
}

// ---------------------------------------------------------------------------------------------
// Money

const CENTS = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 4 })
const TINY = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumSignificantDigits: 2 })

/**
 * US dollars, readable at any size: "$0" for nothing, two significant digits below a cent
 * ("$0.00002", never "$0.00" or "2e-5"), cents with up to four decimals above ("$0.075", "$2.50").
 */
export function formatUsd(amount: number): string {
  if (!Number.isFinite(amount) || amount <= 0) return '$0'
  return amount < 0.01 ? TINY.format(amount) : CENTS.format(amount)
}

// ---------------------------------------------------------------------------------------------
// Intervals

/** "3.80–4.01": two decimals are enough for the ends of an RSE score's interval. */
export function formatInterval(ci: Interval | undefined): string {
  if (!ci || !Number.isFinite(ci.low) || !Number.isFinite(ci.high)) return ''
  return `${ci.low.toFixed(2)}–${ci.high.toFixed(2)}`
}

/**
 * A rate interval's ends, rounded outwards to three decimals (the low end down, the high end up), so
 * the printed interval always contains the computed one. The epsilon keeps 0.268 from becoming 0.269.
 */
export function intervalEnds(rate: Pick<IceRate, 'low' | 'high'>): readonly [string, string] | undefined {
  if (rate.low === null || rate.high === null) return undefined
  const low = Math.max(0, Math.floor(rate.low * 1000 + 1e-9) / 1000)
  const high = Math.min(1, Math.ceil(rate.high * 1000 - 1e-9) / 1000)
  return [low.toFixed(3), high.toFixed(3)]
}

/** "0.214–0.268" for an ICE rate; empty when there is no interval. */
export function formatRateInterval(rate: Pick<IceRate, 'low' | 'high'>): string {
  const ends = intervalEnds(rate)
  return ends ? `${ends[0]}–${ends[1]}` : ''
}

// ---------------------------------------------------------------------------------------------
// Text

/** One line of a long text for a list: whitespace collapsed, cut at `max` characters; `empty` when there is nothing. */
export function excerpt(text: string, max = 140, empty = '(empty)'): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat === '') return empty
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat
}

export interface Truncated {
  readonly text: string
  readonly truncated: boolean
}

/** The start of a long text, cut at a word boundary when one is near, with an ellipsis. */
export function truncateText(text: string, maxChars: number): Truncated {
  if (text.length <= maxChars) return { text, truncated: false }
  const cut = text.slice(0, maxChars)
  const space = cut.lastIndexOf(' ')
  const end = space > maxChars * 0.7 ? space : maxChars
  return { text: `${cut.slice(0, end).trimEnd()}…`, truncated: true }
}

// ---------------------------------------------------------------------------------------------
// Dates

const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })

/** "4 March 2025"; the raw text if the date cannot be read. */
export function formatDate(iso: string): string {
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? iso : DATE.format(date)
}

// ---------------------------------------------------------------------------------------------
// ICE's question languages and aspects

export const LANGUAGE_LABELS: Readonly<Record<IceLanguage, string>> = { en: 'English', zh: 'Chinese' }

export const CATEGORY_LABELS: Readonly<Record<IceCategory, string>> = {
  team: 'Team',
  cooperation: 'Cooperation',
  industry: 'Industry',
  technology: 'Technology',
  geography: 'Geography',
}

/** "English"; an unknown tag as it is; `missing` ("—" unless told otherwise) when there is none. */
export function languageLabel(language: string | undefined, missing = '—'): string {
  if (language === undefined) return missing
  return Object.hasOwn(LANGUAGE_LABELS, language) ? LANGUAGE_LABELS[language as IceLanguage] : language
}

/** "Geography"; an unknown aspect as it is; `missing` ("—" unless told otherwise) when there is none. */
export function categoryLabel(category: string | undefined, missing = '—'): string {
  if (category === undefined) return missing
  return Object.hasOwn(CATEGORY_LABELS, category) ? CATEGORY_LABELS[category as IceCategory] : category
}
