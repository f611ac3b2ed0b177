import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { CHECK_FIELDS_MESSAGE, fieldResolver } from '../../../../src/renderer/src/lib/forms'
import { FORM_ERROR, fieldError, schemaErrors, validationAlert } from '../../../../src/renderer/src/lib/schema-errors'

const schema = z
  .object({
    name: z.string().min(1, 'Give it a name'),
    limits: z.object({ rpm: z.number().int().min(1).max(10) }),
    extra: z.string().optional(),
  })
  .strict()
const resolve = fieldResolver<'name' | 'rpm'>({ name: 'name', 'limits.rpm': 'rpm' })

describe('schemaErrors', () => {
  it('has no errors for input the schema accepts', () => {
    expect(schemaErrors(schema, { name: 'a', limits: { rpm: 3 } }, resolve)).toEqual({})
  })

  it("places each issue on its field with the schema's message", () => {
    expect(schemaErrors(schema, { name: '', limits: { rpm: 3 } }, resolve)).toEqual({ name: 'Give it a name' })
    expect(schemaErrors(schema, { name: 'a', limits: { rpm: 11 } }, resolve)).toEqual({ rpm: expect.stringMatching(/10/) })
  })

  it('uses a form-side message where the form gives one, by issue', () => {
    const errors = schemaErrors(schema, { name: 'a', limits: { rpm: 0 } }, resolve, {
      messages: { rpm: (issue) => (issue.code === 'too_small' ? 'At least 1' : 'A whole number') },
    })
    expect(errors).toEqual({ rpm: 'At least 1' })
  })

  it("keeps a form's own error on a field and adds the others", () => {
    const errors = schemaErrors(schema, { name: '', limits: { rpm: Number.NaN } }, resolve, { errors: { rpm: 'Enter a number' } })
    expect(errors).toEqual({ name: 'Give it a name', rpm: 'Enter a number' })
  })

  it('joins issues that name no field under FORM_ERROR, for the alert', () => {
    const errors = schemaErrors(schema, { name: 'a', limits: { rpm: 1 }, stray: 1 }, resolve)
    expect(Object.keys(errors)).toEqual([FORM_ERROR])
    expect(validationAlert(errors)).toBe(errors[FORM_ERROR])
  })
})

describe('validationAlert and fieldError', () => {
  it('points at the fields when every problem has its field', () => {
    expect(validationAlert({ name: 'Give it a name' })).toBe(CHECK_FIELDS_MESSAGE)
  })

  it('reads a field message, ignoring what is not text', () => {
    expect(fieldError({ name: 'Give it a name' }, 'name')).toBe('Give it a name')
    expect(fieldError({}, 'name')).toBeUndefined()
  })
})
