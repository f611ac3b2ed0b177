import { ApiError, userMessage } from './api'

/*
 * Small helpers shared by the renderer's forms. No React here, so they are unit-tested in Node.
 */

/** What a form shows after a failed save: messages next to fields, and anything else in one alert. */
export interface FormErrors<F extends string> {
  readonly fields: Partial<Record<F, string>>
  /** For the alert above the buttons. Announced (role="alert"), so it is set whenever a field has an error too. */
  readonly general?: string
}

export const NO_ERRORS: FormErrors<never> = { fields: {} }

/** Field messages are not announced by screen readers; this one is, and points at them. */
export const CHECK_FIELDS_MESSAGE = 'Some settings need attention. See the messages next to the fields.'

export function hasErrors<F extends string>(errors: FormErrors<F>): boolean {
  return errors.general !== undefined || Object.keys(errors.fields).length > 0
}

/** Issues of `x.update` routes are reported under `changes.`; services report the merged settings without it. */
export function stripChangesPrefix(path: string): string {
  return path.startsWith('changes.') ? path.slice('changes.'.length) : path
}

/**
 * A resolver from an issue path to a form field: an exact entry wins, otherwise the longest entry
 * the path starts with (so `headers.X-Team` lands on `headers`).
 */
export function fieldResolver<F extends string>(map: Readonly<Record<string, F>>): (path: string) => F | undefined {
  const prefixes = Object.keys(map).sort((a, b) => b.length - a.length)
  return (path) => {
    if (Object.hasOwn(map, path)) return map[path]
    const prefix = prefixes.find((candidate) => path.startsWith(`${candidate}.`))
    return prefix === undefined ? undefined : map[prefix]
  }
}

export interface FormErrorOptions<F extends string> {
  /** Where an `invalid_input` error without issues belongs (e.g. the key field for `keys.set`). */
  readonly fallbackField?: F
  /** Error codes whose message belongs to `fallbackField` too (e.g. a wrong passphrase is a `conflict`). */
  readonly fallbackCodes?: readonly string[]
  /**
   * True (the default): when every problem has its field, the alert still says to look at the
   * fields. False for one- or two-field forms whose field errors are announced themselves.
   */
  readonly pointToFields?: boolean
}

/**
 * Turns a failed request into form errors: each issue whose path names a field goes next to that
 * field (the first message per field wins); issues that name no field, and errors without issues,
 * go to the alert. Anything that is not an ApiError gets the generic message, never a stack.
 */
export function formErrorsFrom<F extends string>(error: unknown, resolve: (path: string) => F | undefined, options: FormErrorOptions<F> = {}): FormErrors<F> {
  if (!(error instanceof ApiError)) return { fields: {}, general: userMessage(error) }
  const fallbackCodes = options.fallbackCodes ?? ['invalid_input']
  const pointer = (options.pointToFields ?? true) ? { general: CHECK_FIELDS_MESSAGE } : {}
  if (error.issues.length === 0) {
    if (options.fallbackField !== undefined && fallbackCodes.includes(error.code)) {
      return { fields: { [options.fallbackField]: error.message } as Partial<Record<F, string>>, ...pointer }
    }
    return { fields: {}, general: error.message }
  }
  const fields: Partial<Record<F, string>> = {}
  const unplaced: string[] = []
  for (const issue of error.issues) {
    const field = resolve(stripChangesPrefix(issue.path))
    if (field === undefined) {
      if (!unplaced.includes(issue.message)) unplaced.push(issue.message)
    } else if (fields[field] === undefined) {
      fields[field] = issue.message
    }
  }
  return unplaced.length > 0 ? { fields, general: unplaced.join(' ') } : { fields, ...pointer }
}

/** What Mantine's NumberInput holds: a number, or the text typed so far ('' when empty). */
export type NumberValue = number | string

export type ParsedNumber = { readonly kind: 'empty' } | { readonly kind: 'number'; readonly value: number } | { readonly kind: 'invalid' }

export function parseNumberValue(value: NumberValue): ParsedNumber {
  if (typeof value === 'number') return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'invalid' }
  const text = value.trim()
  if (text === '') return { kind: 'empty' }
  // Number('') and Number(' ') are 0, and Number('1e3') is 1000: accept plain decimals only.
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(text)) return { kind: 'invalid' }
  return { kind: 'number', value: Number(text) }
}

/** For optional numeric settings: an empty field means "not set". */
export function optionalNumber(value: NumberValue): number | undefined | 'invalid' {
  const parsed = parseNumberValue(value)
  if (parsed.kind === 'empty') return undefined
  if (parsed.kind === 'invalid') return 'invalid'
  return parsed.value
}

/**
 * A number field of a run spec as the contract will check it: its number (for the spec), or the
 * message only the form can give: that it is empty (with `required`, the field's "Enter ..."
 * message; without, empty means "not set") or holds text that is not a number (`invalid`). Bounds
 * and whole numbers are the contract's to check, with its messages.
 */
export function numberEntry(
  value: NumberValue,
  messages: { readonly invalid: string; readonly required?: string },
): { readonly value?: number; readonly error?: string } {
  const parsed = parseNumberValue(value)
  if (parsed.kind === 'number') return { value: parsed.value }
  if (parsed.kind === 'invalid') return { error: messages.invalid }
  return messages.required === undefined ? {} : { error: messages.required }
}

/**
 * A wizard's step-by-step checks over one whole-form validation (`validate`: every field's
 * message): Next reports the current step's fields, Start the first step that has a problem.
 * `stepOf` places a field on its step; undefined (a problem of no field) is reported by neither.
 */
export function stepChecks<S extends string, F extends string, V, C>(options: {
  readonly steps: readonly S[]
  readonly stepOf: (field: string) => S | undefined
  readonly validate: (values: V, context: C) => Readonly<Record<string, string>>
}) {
  const errorsOfStep = (all: Readonly<Record<string, string>>, step: S): Partial<Record<F, string>> => {
    const errors: Partial<Record<F, string>> = {}
    for (const [field, message] of Object.entries(all)) if (options.stepOf(field) === step) errors[field as F] = message
    return errors
  }
  return {
    /** The checks of one step, for Next: the whole form is validated, the step's fields are reported. */
    checkStep: (step: S, values: V, context: C): Partial<Record<F, string>> => errorsOfStep(options.validate(values, context), step),
    /** The first step, in order, whose checks fail; undefined when every step is fine. */
    firstInvalidStep: (values: V, context: C): { step: S; errors: Partial<Record<F, string>> } | undefined => {
      const all = options.validate(values, context)
      for (const step of options.steps) {
        const errors = errorsOfStep(all, step)
        if (Object.keys(errors).length > 0) return { step, errors }
      }
      return undefined
    },
  }
}
