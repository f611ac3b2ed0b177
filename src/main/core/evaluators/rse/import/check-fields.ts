import { PROMPT_SET_LIMITS } from '../../../../../shared/contract/prompt-sets'
import type { FieldValue } from './shapes'

/** A checked value, or what is wrong with it (a sentence fragment that follows "Line 12: "). */
export type Checked<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: string }

const count = (n: number) => n.toLocaleString('en-US')

/** Names a JSON value's type the way a person would. */
export function describeType(value: unknown): string {
  if (value === null) return 'empty (null)'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'number') return 'a number'
  if (typeof value === 'boolean') return `${value}`
  if (typeof value === 'object') return 'an object'
  return typeof value
}

export function checkPrompt(found: FieldValue): Checked<string> {
  const { field, value } = found
  if (value === undefined) return { ok: false, problem: found.missing ?? `there is no "${field}" field` }
  if (typeof value !== 'string') return { ok: false, problem: `"${field}" should be text but is ${describeType(value)}` }
  if (value.trim() === '') return { ok: false, problem: `"${field}" is empty` }
  if (value.length > PROMPT_SET_LIMITS.maxPromptChars) {
    return { ok: false, problem: `"${field}" is ${count(value.length)} characters long; the limit is ${count(PROMPT_SET_LIMITS.maxPromptChars)}` }
  }
  return { ok: true, value }
}

/** Ids from the source are kept as text; whole numbers are accepted and written in decimal. */
export function checkId(field: string, value: unknown): Checked<string> {
  if (value === undefined || value === null) return { ok: false, problem: `there is no id in "${field}"` }
  if (typeof value !== 'string' && !Number.isInteger(value))
    return { ok: false, problem: `the id in "${field}" should be text or a whole number but is ${describeType(value)}` }
  const id = String(value).trim()
  if (id === '') return { ok: false, problem: `the id in "${field}" is empty` }
  if (id.length > PROMPT_SET_LIMITS.maxIdChars) return { ok: false, problem: `the id in "${field}" is longer than ${PROMPT_SET_LIMITS.maxIdChars} characters` }
  return { ok: true, value: id }
}

const MAX_LABEL_CHARS = 200

/** Categories and metadata keep only short scalars: they label prompts, they are not content. */
export function shortScalar(value: unknown): string | number | boolean | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value
  if (typeof value === 'boolean') return value
  if (typeof value !== 'string') return undefined
  const trimmed = value.trim()
  return trimmed !== '' && trimmed.length <= MAX_LABEL_CHARS ? trimmed : undefined
}
