import { describe, expect, it } from 'vitest'
import { ApiError } from '../../../../src/renderer/src/lib/api'
import {
  CHECK_FIELDS_MESSAGE,
  fieldResolver,
  formErrorsFrom,
  hasErrors,
  numberEntry,
  optionalNumber,
  parseNumberValue,
  stepChecks,
  stripChangesPrefix,
} from '../../../../src/renderer/src/lib/forms'

type Field = 'name' | 'baseURL' | 'headers' | 'temperature'

const resolve = fieldResolver<Field>({ name: 'name', baseURL: 'baseURL', headers: 'headers', 'generation.temperature': 'temperature' })

describe('fieldResolver', () => {
  it('maps exact paths and paths under a known prefix', () => {
    expect(resolve('name')).toBe('name')
    expect(resolve('generation.temperature')).toBe('temperature')
    expect(resolve('headers.X-Team')).toBe('headers')
  })

  it('does not treat a longer name as a prefix match, and knows nothing else', () => {
    expect(resolve('nameSuffix')).toBeUndefined()
    expect(resolve('generation')).toBeUndefined()
    expect(resolve('')).toBeUndefined()
  })

  it('prefers the longest prefix', () => {
    const nested = fieldResolver({ limits: 'limits', 'limits.rpm': 'rpm' })
    expect(nested('limits.rpm')).toBe('rpm')
    expect(nested('limits.maxConcurrent')).toBe('limits')
  })
})

describe('stripChangesPrefix', () => {
  it('removes the update route prefix only at the start', () => {
    expect(stripChangesPrefix('changes.generation.temperature')).toBe('generation.temperature')
    expect(stripChangesPrefix('baseURL')).toBe('baseURL')
    expect(stripChangesPrefix('headers.changes.x')).toBe('headers.changes.x')
  })
})

describe('formErrorsFrom', () => {
  it('puts each issue next to its field, including update paths under changes.', () => {
    const error = new ApiError('invalid_input', 'Invalid input for providers.update: …', [
      { path: 'changes.baseURL', message: 'The base URL must start with https://' },
      { path: 'generation.temperature', message: 'Too big' },
    ])
    expect(formErrorsFrom(error, resolve)).toEqual({
      fields: { baseURL: 'The base URL must start with https://', temperature: 'Too big' },
      general: CHECK_FIELDS_MESSAGE,
    })
  })

  it('keeps the first message when a field has several issues', () => {
    const error = new ApiError('invalid_input', 'x', [
      { path: 'headers.A', message: 'first' },
      { path: 'headers.B', message: 'second' },
    ])
    expect(formErrorsFrom(error, resolve).fields).toEqual({ headers: 'first' })
  })

  it('sends issues that name no field to the alert, once each', () => {
    const error = new ApiError('invalid_input', 'x', [
      { path: '', message: 'Unrecognized key: "extra"' },
      { path: 'prices', message: 'Required' },
      { path: 'prices', message: 'Required' },
      { path: 'name', message: 'Give the provider a name' },
    ])
    expect(formErrorsFrom(error, resolve)).toEqual({ fields: { name: 'Give the provider a name' }, general: 'Unrecognized key: "extra" Required' })
  })

  it('shows the message of an error without issues in the alert', () => {
    const error = new ApiError('conflict', 'This provider is used by 2 model(s). Delete or move those models first.')
    expect(formErrorsFrom(error, resolve)).toEqual({ fields: {}, general: error.message })
  })

  it('puts an issue-less error on the fallback field only for the listed codes', () => {
    const invalid = new ApiError('invalid_input', 'This does not look like a complete key')
    const conflict = new ApiError('conflict', 'Your API keys are locked.')
    expect(formErrorsFrom(invalid, resolve, { fallbackField: 'name' })).toEqual({
      fields: { name: invalid.message },
      general: CHECK_FIELDS_MESSAGE,
    })
    expect(formErrorsFrom(conflict, resolve, { fallbackField: 'name' })).toEqual({ fields: {}, general: conflict.message })
    expect(formErrorsFrom(conflict, resolve, { fallbackField: 'name', fallbackCodes: ['conflict'], pointToFields: false })).toEqual({
      fields: { name: conflict.message },
    })
  })

  it('never shows a stack or a raw message for something that is not an ApiError', () => {
    const errors = formErrorsFrom(new TypeError('Cannot read properties of undefined'), resolve)
    expect(errors.fields).toEqual({})
    expect(errors.general).toMatch(/Something unexpected went wrong/)
    expect(errors.general).not.toContain('undefined')
  })

  it('hasErrors sees field errors and general errors alike', () => {
    expect(hasErrors({ fields: {} })).toBe(false)
    expect(hasErrors({ fields: { name: 'x' } })).toBe(true)
    expect(hasErrors({ fields: {}, general: 'x' })).toBe(true)
  })
})

describe('parseNumberValue', () => {
  it.each([
    [0, { kind: 'number', value: 0 }],
    [2.5, { kind: 'number', value: 2.5 }],
    ['', { kind: 'empty' }],
    ['   ', { kind: 'empty' }],
    ['0.', { kind: 'number', value: 0 }],
    ['.5', { kind: 'number', value: 0.5 }],
    [' 12 ', { kind: 'number', value: 12 }],
    ['-1', { kind: 'number', value: -1 }],
    ['1e3', { kind: 'invalid' }],
    ['abc', { kind: 'invalid' }],
    ['1,5', { kind: 'invalid' }],
    [Number.NaN, { kind: 'invalid' }],
    [Number.POSITIVE_INFINITY, { kind: 'invalid' }],
  ] as const)('%j → %j', (input, expected) => {
    expect(parseNumberValue(input)).toEqual(expected)
  })

  it('optionalNumber: empty is "not set", junk is invalid', () => {
    expect(optionalNumber('')).toBeUndefined()
    expect(optionalNumber(60)).toBe(60)
    expect(optionalNumber('x')).toBe('invalid')
  })
})

describe('numberEntry', () => {
  const messages = { invalid: 'Enter a whole number', required: 'Enter a seed' }

  it('passes a number on, whatever its bounds (the contract checks those)', () => {
    expect(numberEntry(-3, messages)).toEqual({ value: -3 })
    expect(numberEntry('2.5', messages)).toEqual({ value: 2.5 })
  })

  it('says what the form alone knows: text that is not a number, an empty required field', () => {
    expect(numberEntry('abc', messages)).toEqual({ error: 'Enter a whole number' })
    expect(numberEntry('', messages)).toEqual({ error: 'Enter a seed' })
    expect(numberEntry(' ', { invalid: 'x' })).toEqual({})
  })
})

describe('stepChecks', () => {
  type Step = 'a' | 'b' | 'c'
  const checks = stepChecks<Step, string, Record<string, string>, null>({
    steps: ['a', 'b', 'c'],
    stepOf: (field) => (field.startsWith('a') ? 'a' : field.startsWith('b') ? 'b' : field === '_form' ? undefined : 'c'),
    validate: (values) => values,
  })

  it('reports one step’s fields, and nothing that belongs to no step', () => {
    const all = { a1: 'A1', b1: 'B1', b2: 'B2', _form: 'Whole form' }
    expect(checks.checkStep('b', all, null)).toEqual({ b1: 'B1', b2: 'B2' })
    expect(checks.checkStep('c', all, null)).toEqual({})
  })

  it('finds the first step, in order, with a problem; none when every step is fine', () => {
    expect(checks.firstInvalidStep({ c1: 'C1', b1: 'B1' }, null)).toEqual({ step: 'b', errors: { b1: 'B1' } })
    expect(checks.firstInvalidStep({ _form: 'Whole form' }, null)).toBeUndefined()
    expect(checks.firstInvalidStep({}, null)).toBeUndefined()
  })
})
