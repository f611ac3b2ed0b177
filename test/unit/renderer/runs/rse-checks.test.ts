import { describe, expect, it } from 'vitest'
import { checksSummary, emptyRseForm } from '../../../../src/renderer/src/features/runs/rse-form'
import { checkStep, fieldOfSpecPath, stepOfField } from '../../../../src/renderer/src/features/runs/rse-form-checks'
import { buildRseSpec } from '../../../../src/renderer/src/features/runs/rse-form-spec'
import { toRseSpecInput } from '../../../../src/renderer/src/features/runs/rse-spec-input'
import { rseSpecSchema } from '../../../../src/shared/contract/run-spec'
import { context, filled, sets } from './rse-fixtures'

/** Issue 16: the RSE wizard's calibration, samples per student and position check. */
describe('the RSE wizard’s checks of the scale and the judge', () => {
  it('leaves all three out of the spec when unset, so specs keep their hashes', () => {
    const values = filled()
    expect(values).toMatchObject({ calibration: false, studentSamples: 1, positionCheck: 0 })
    const { spec } = toRseSpecInput(values, context)
    expect(spec).not.toHaveProperty('calibration')
    expect(spec).not.toHaveProperty('studentSamples')
    expect(spec).not.toHaveProperty('positionCheck')
    // An emptied position check is off too.
    expect(toRseSpecInput({ ...values, positionCheck: '' }, context).spec).not.toHaveProperty('positionCheck')
  })

  it('carries each one when set, in a spec the contract accepts', () => {
    const built = buildRseSpec({ ...filled(), calibration: true, studentSamples: 3, positionCheck: 200 }, context)
    if (!built.ok) throw new Error(`expected a spec, got ${JSON.stringify(built.errors)}`)
    expect(built.spec).toMatchObject({ calibration: true, studentSamples: 3, positionCheck: 200 })
    expect(rseSpecSchema.safeParse(built.spec).success).toBe(true)
  })

  it('refuses samples outside 1-10 in the contract’s words, and an empty or non-numeric count in the form’s', () => {
    expect(checkStep('options', { ...filled(), studentSamples: 11 }, context)).toEqual({ studentSamples: 'Enter a number from 1 to 10' })
    expect(checkStep('options', { ...filled(), studentSamples: 0 }, context)).toEqual({ studentSamples: 'Enter a number from 1 to 10' })
    expect(checkStep('options', { ...filled(), studentSamples: 2.5 }, context)).toEqual({ studentSamples: 'Enter a whole number' })
    expect(checkStep('options', { ...filled(), studentSamples: '' }, context).studentSamples).toMatch(/^Enter how many answers each student gives/)
    expect(checkStep('options', { ...filled(), studentSamples: 'x' }, context).studentSamples).toBe('Enter a whole number')
  })

  it('says a position check runs from 0 (no check), and never more items than the run judges', () => {
    expect(checkStep('options', { ...filled(), positionCheck: 20_000 }, context)).toEqual({
      positionCheck: 'Enter a number of items from 0 (no check) to 10,000',
    })
    expect(checkStep('options', { ...filled(), positionCheck: -4 }, context)).toEqual({ positionCheck: 'Enter a number of items from 0 (no check) to 10,000' })
    expect(checkStep('options', { ...filled(), positionCheck: 'many' }, context).positionCheck).toBe('Enter a whole number, or 0 for no check')
    // Two students on 30 + 1,000 prompts: 2,060 judged pairs.
    expect(checkStep('options', { ...filled(), positionCheck: 2060 }, context)).toEqual({})
    expect(checkStep('options', { ...filled(), positionCheck: 2061 }, context)).toEqual({
      positionCheck: 'The run judges 2,060 (student, prompt) pairs: check at most that many, or 0 for no check',
    })
  })

  it('places the contract’s issues of the three on the options step', () => {
    const chosen = [sets[0]!]
    expect(fieldOfSpecPath('calibration', chosen)).toBe('calibration')
    expect(fieldOfSpecPath('studentSamples', chosen)).toBe('studentSamples')
    expect(fieldOfSpecPath('positionCheck', chosen)).toBe('positionCheck')
    expect(stepOfField('positionCheck')).toBe('options')
    expect(stepOfField('studentSamples')).toBe('options')
  })

  it('sums up what was chosen before the estimate, and nothing when none was', () => {
    expect(checksSummary(emptyRseForm())).toBeUndefined()
    expect(checksSummary({ calibration: true, studentSamples: 3, positionCheck: 1 })).toBe(
      'ceiling and floor measured · 3 answers per student and prompt · 1 item judged again with the answers swapped',
    )
    expect(checksSummary({ calibration: false, studentSamples: 1, positionCheck: 50 })).toBe('50 items judged again with the answers swapped')
  })
})
