import { describe, expect, it } from 'vitest'
import {
  MISSING_FACT_MESSAGE,
  emptyIceForm,
  withFactText,
  withKeywords,
  withTarget,
  withVendors,
} from '../../../../src/renderer/src/features/runs/ice/ice-form'
import { checkIceStep, firstInvalidIceStep, validateIce } from '../../../../src/renderer/src/features/runs/ice/ice-form-checks'
import { TARGET_FACT_MISSING } from '../../../../src/shared/contract/ice-spec'
import { context, filled } from './ice-fixtures'

describe('the ICE checks through the contract', () => {
  it('reports only the step’s own fields, though later steps are not filled in yet', () => {
    const values = withTarget(emptyIceForm(), 'm-qwen')
    expect(checkIceStep('target', values, context)).toEqual({})
    expect(firstInvalidIceStep(values, context)?.step).toBe('models')
  })

  it('says an empty fact in the contract’s words, plus the wizard’s way out', () => {
    expect(MISSING_FACT_MESSAGE.startsWith(TARGET_FACT_MISSING)).toBe(true)
    expect(MISSING_FACT_MESSAGE).toMatch(/choose its vendor’s fact/)
    const long = withFactText(filled(), `I am Qwen. ${'x'.repeat(2000)}`, context)
    expect(checkIceStep('target', long, context)).toEqual({ fact: 'Keep the fact to 2,000 characters.' })
  })

  it('takes the lists’ bounds and messages from the contract', () => {
    const vendors = Array.from({ length: 21 }, (_, index) => `Vendor ${index}`)
    expect(checkIceStep('models', withKeywords(withVendors(filled(), vendors), ['gpt']), context)).toEqual({ suspectedVendors: 'Use at most 20 vendors.' })
    expect(checkIceStep('models', withKeywords(filled(), ['gpt', 'k'.repeat(81)]), context)).toEqual({ hardKeywords: 'Each keyword needs 1 to 80 characters.' })
    expect(checkIceStep('models', withKeywords(filled(), ['gpt', '  ']), context)).toEqual({ hardKeywords: 'Each keyword needs 1 to 80 characters.' })
    expect(checkIceStep('method', { ...filled(), mutators: [] }, context)).toEqual({ mutators: 'Keep at least one way of rewriting templates (a mutator).' })
  })

  it('asks for the numbers the form cannot leave empty, and says when text is not a number', () => {
    const errors = checkIceStep('budget', { ...filled(), maxQueries: 'lots', seed: '', concurrency: '' }, context)
    expect(errors).toEqual({
      maxQueries: 'Enter a whole number',
      seed: 'Enter a seed (1 is the usual choice)',
      concurrency: 'Enter how many requests may run at once (8 is a safe choice)',
    })
    expect(checkIceStep('budget', { ...filled(), maxQueries: 2.5 }, context)).toEqual({ maxQueries: 'Enter a whole number' })
    expect(checkIceStep('budget', { ...filled(), maxQueries: 2_000_000 }, context)).toEqual({ maxQueries: 'Enter a number from 1 to 1,000,000' })
  })

  it('takes 1 to 10 fuzzing replicates, in the contract’s words, and asks for a number when empty (issue 16)', () => {
    expect(checkIceStep('budget', { ...filled(), replicates: 3 }, context)).toEqual({})
    expect(checkIceStep('budget', { ...filled(), replicates: 11 }, context)).toEqual({ replicates: 'Enter a number from 1 to 10' })
    expect(checkIceStep('budget', { ...filled(), replicates: 0 }, context)).toEqual({ replicates: 'Enter a number from 1 to 10' })
    expect(checkIceStep('budget', { ...filled(), replicates: '' }, context)).toEqual({
      replicates: 'Enter how many times to fuzz the target (1 is one run, as in the paper)',
    })
  })

  it('is all fine for a filled form', () => {
    expect(validateIce(filled(), context)).toEqual({})
  })
})
