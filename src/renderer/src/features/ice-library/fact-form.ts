import type { IdentityFactInput, IdentityFactView } from '../../../../shared/contract/ice-library'
import { formatInteger } from '../../lib/format'
import { CHECK_FIELDS_MESSAGE, fieldResolver, formErrorsFrom, type FormErrors } from '../../lib/forms'

/*
 * The identity-fact dialog's logic, without React: the values it holds, the input it sends and what
 * a refusal means for its fields. The limits repeat the contract's so the person hears about them
 * before anything is sent; the backend still has the last word.
 */

export const FACT_LIMITS = { vendorChars: 80, factChars: 2000, wordChars: 80, words: 50 } as const

export interface FactFormValues {
  readonly vendor: string
  readonly series: readonly string[]
  readonly keywords: readonly string[]
  readonly fact: string
}

export type FactField = keyof FactFormValues

export const EMPTY_FACT: FactFormValues = { vendor: '', series: [], keywords: [], fact: '' }

export function factToValues(fact: IdentityFactView): FactFormValues {
  return { vendor: fact.vendor, series: [...fact.series], keywords: [...fact.keywords], fact: fact.fact }
}

/** Trimmed, empty entries dropped, and each word once (ignoring case: "GPT" and "gpt" match the same). */
export function cleanWords(words: readonly string[]): string[] {
  const seen = new Set<string>()
  const out: string[] = []
  for (const word of words) {
    const trimmed = word.trim()
    const key = trimmed.toLowerCase()
    if (trimmed === '' || seen.has(key)) continue
    seen.add(key)
    out.push(trimmed)
  }
  return out
}

export type BuildFactResult = { readonly ok: true; readonly input: IdentityFactInput } | { readonly ok: false; readonly errors: FormErrors<FactField> }

function wordsProblem(words: readonly string[], what: string): string | undefined {
  if (words.length > FACT_LIMITS.words) return `At most ${FACT_LIMITS.words} ${what}s; remove ${words.length - FACT_LIMITS.words}.`
  const long = words.find((word) => word.length > FACT_LIMITS.wordChars)
  return long === undefined ? undefined : `“${long.slice(0, 24)}…” is longer than ${FACT_LIMITS.wordChars} characters; shorten it.`
}

/** `id` undefined: a new fact. */
export function buildFactInput(values: FactFormValues, id?: string): BuildFactResult {
  const vendor = values.vendor.trim()
  const fact = values.fact.trim()
  const series = cleanWords(values.series)
  const keywords = cleanWords(values.keywords)
  const fields: Partial<Record<FactField, string>> = {}
  if (vendor === '') fields.vendor = 'Name the vendor, for example “Alibaba Cloud”.'
  else if (vendor.length > FACT_LIMITS.vendorChars) fields.vendor = `Keep the vendor’s name under ${FACT_LIMITS.vendorChars} characters.`
  if (fact === '') fields.fact = 'Write the fact: one sentence, in the first person, saying who made the model.'
  else if (fact.length > FACT_LIMITS.factChars) fields.fact = `Keep the fact under ${formatInteger(FACT_LIMITS.factChars)} characters.`
  const seriesProblem = wordsProblem(series, 'series name')
  if (seriesProblem) fields.series = seriesProblem
  const keywordsProblem = wordsProblem(keywords, 'keyword')
  if (keywordsProblem) fields.keywords = keywordsProblem
  if (Object.keys(fields).length > 0) return { ok: false, errors: { fields, general: CHECK_FIELDS_MESSAGE } }
  return { ok: true, input: { ...(id === undefined ? {} : { id }), vendor, series, keywords, fact } }
}

/** `series.3` lands on the series field, like `series`. */
export const factFieldFor = fieldResolver<FactField>({ vendor: 'vendor', series: 'series', keywords: 'keywords', fact: 'fact' })

export function factErrorsFrom(error: unknown): FormErrors<FactField> {
  return formErrorsFrom(error, factFieldFor)
}

/** For the reset confirmation: what "reset" does to this fact. */
export function resetWording(fact: Pick<IdentityFactView, 'builtin' | 'vendor'>): { readonly title: string; readonly confirm: string } {
  return fact.builtin
    ? { title: `Reset the fact for ${fact.vendor}?`, confirm: 'Reset to the built-in fact' }
    : { title: `Delete the fact for ${fact.vendor}?`, confirm: 'Delete fact' }
}
