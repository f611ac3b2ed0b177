import type { IceRate } from '../../../../shared/contract/ice-results'
import type { IceSetSummary, IdentityFactView } from '../../../../shared/contract/ice-library'
import { ICE_LANGUAGES } from '../../../../shared/ice/names'
import { formatCount, formatInteger, languageLabel } from '../format'

/*
 * Words and numbers for ICE's library page: counts per language, template counts, rates with their
 * intervals. No React here, so it is unit-tested in Node.
 */

/** The key `counts` uses for questions without a language tag. */
export const UNKNOWN_LANGUAGE = 'unknown'

/** What the library shows for a question without a language or an aspect. */
export const NOT_GIVEN = 'Not given'

/** A question's language in the library: untagged ones (counted under `unknown`) are "Not given". */
export function questionLanguageLabel(language: string | undefined): string {
  return languageLabel(language === UNKNOWN_LANGUAGE ? undefined : language, NOT_GIVEN)
}

/** "25 English, 25 Chinese", known languages first, untagged last; empty languages left out. */
export function questionCountsText(counts: Readonly<Record<string, number>>): string {
  const known: readonly string[] = ICE_LANGUAGES
  const keys = Object.keys(counts).filter((key) => (counts[key] ?? 0) > 0)
  const ordered = [
    ...known.filter((key) => keys.includes(key)),
    ...keys.filter((key) => !known.includes(key) && key !== UNKNOWN_LANGUAGE).sort(),
    ...(keys.includes(UNKNOWN_LANGUAGE) ? [UNKNOWN_LANGUAGE] : []),
  ]
  if (ordered.length === 0) return 'No questions'
  return ordered.map((key) => `${formatInteger(counts[key] ?? 0)} ${key === UNKNOWN_LANGUAGE ? 'without a language' : languageLabel(key)}`).join(', ')
}

export interface PlaceholderCounts {
  readonly withPlaceholder: number
  readonly withoutPlaceholder: number
}

/**
 * The backend counts templates with and without the placeholder; the words of its keys are read
 * loosely ("without" is checked first, since it contains "with").
 */
export function placeholderCounts(counts: Readonly<Record<string, number>>): PlaceholderCounts {
  let withPlaceholder = 0
  let withoutPlaceholder = 0
  for (const [key, value] of Object.entries(counts)) {
    if (/without|missing|no_?placeholder/i.test(key)) withoutPlaceholder += value
    else if (/with|placeholder/i.test(key)) withPlaceholder += value
  }
  return { withPlaceholder, withoutPlaceholder }
}

/** "77 with the placeholder", or "60 with the placeholder, 2 without". */
export function seedCountsText(counts: Readonly<Record<string, number>>): string {
  const { withPlaceholder, withoutPlaceholder } = placeholderCounts(counts)
  const parts = [`${formatInteger(withPlaceholder)} with the placeholder`]
  if (withoutPlaceholder > 0) parts.push(`${formatInteger(withoutPlaceholder)} without`)
  return parts.join(', ')
}

export function setItemsText(set: Pick<IceSetSummary, 'kind' | 'itemCount'>): string {
  return set.kind === 'questions' ? formatCount(set.itemCount, 'question') : formatCount(set.itemCount, 'template')
}

/**
 * Built-in sets first, in the backend's order (both languages before each alone), then imported
 * ones, oldest first. The sort is stable, so equal built-ins keep their order.
 */
export function sortSets<T extends Pick<IceSetSummary, 'builtin' | 'createdAt' | 'name'>>(sets: readonly T[]): T[] {
  return [...sets].sort(
    (a, b) => Number(b.builtin) - Number(a.builtin) || (a.builtin ? 0 : a.createdAt.localeCompare(b.createdAt) || a.name.localeCompare(b.name)),
  )
}

/** Vendors in alphabetical order; case is ignored so "xAI" sits among the x's. */
export function sortFacts(facts: readonly IdentityFactView[]): IdentityFactView[] {
  return [...facts].sort((a, b) => a.vendor.localeCompare(b.vendor, 'en', { sensitivity: 'base' }) || a.id.localeCompare(b.id))
}

export type FactStatus = 'builtin' | 'edited' | 'added'

/** What the badge says: shipped and untouched, shipped but changed, or written by the person. */
export function factStatus(fact: Pick<IdentityFactView, 'builtin' | 'edited'>): FactStatus {
  if (!fact.builtin) return 'added'
  return fact.edited ? 'edited' : 'builtin'
}

export const FACT_STATUS_LABELS: Readonly<Record<FactStatus, string>> = { builtin: 'Built-in', edited: 'Edited', added: 'Added by you' }

/** Rates as the paper prints them (fractions of the attack rows), with one more decimal: 1,000 rows allow it. */
export function formatFraction(value: number, decimals = 3): string {
  return value.toFixed(decimals)
}

export interface RateText {
  /** "0.340", or "–" when there were no rows. */
  readonly rate: string
  /** "0.311–0.370", or "" when there is no interval. */
  readonly interval: string
  /** "340 of 1,000". */
  readonly count: string
}

export function rateText(rate: IceRate): RateText {
  const count = `${formatInteger(rate.count)} of ${formatInteger(rate.n)}`
  if (rate.rate === null) return { rate: '–', interval: '', count }
  const interval = rate.low !== null && rate.high !== null ? `${formatFraction(rate.low)}–${formatFraction(rate.high)}` : ''
  return { rate: formatFraction(rate.rate), interval, count }
}

/** The number of characters, as people count them (a Chinese character is one, not two). */
export function characterCount(text: string): number {
  return Array.from(text).length
}

export const NO_FACT_LABEL = 'None'

/**
 * The identity-fact choices of the model form: "None", then each vendor. A saved id that is not
 * (or not yet) in the list stays choosable, so opening the form never changes the model silently.
 */
export function factOptions(facts: readonly IdentityFactView[], current: string): { value: string; label: string }[] {
  const options = sortFacts(facts).map((fact) => ({ value: fact.id, label: fact.vendor }))
  const missing = current !== '' && !facts.some((fact) => fact.id === current)
  return [{ value: '', label: NO_FACT_LABEL }, ...options, ...(missing ? [{ value: current, label: `${current} (not in the list)` }] : [])]
}
