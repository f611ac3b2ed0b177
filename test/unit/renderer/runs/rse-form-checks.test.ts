import { describe, expect, it } from 'vitest'
import { emptyRseForm, withReference, withSetChoice } from '../../../../src/renderer/src/features/runs/rse-form'
import { checkStep, fieldOfSpecPath, firstInvalidStep, judgePromptProblems, stepOfField } from '../../../../src/renderer/src/features/runs/rse-form-checks'
import { context, filled, model, sets } from './rse-fixtures'

describe('the wizard form, step by step', () => {
  it('starts empty with the spec defaults', () => {
    const values = emptyRseForm()
    expect(values.concurrency).toBe(8)
    expect(values.seed).toBe(1)
    expect(values.budgetUsd).toBe('')
    expect(firstInvalidStep(values, context)?.step).toBe('reference')
  })

  it('says what is missing at each step', () => {
    const values = emptyRseForm()
    expect(checkStep('reference', values, context).reference).toMatch(/Choose the reference/)
    expect(checkStep('students', values, context).students).toMatch(/at least one student/)
    expect(checkStep('judge', values, context).judge).toMatch(/Choose at least one judge/)
    expect(checkStep('sets', values, context).sets).toMatch(/at least one prompt set/)
    expect(checkStep('options', values, context)).toEqual({})
  })

  it('refuses models that no longer exist', () => {
    const values = { ...filled(), referenceId: 'gone', studentIds: ['m-ds', 'gone-too'], judgeIds: ['gone'] }
    expect(checkStep('reference', values, context).reference).toMatch(/no longer exists/)
    expect(checkStep('students', values, context).students).toMatch(/no longer exists/)
    expect(checkStep('judge', values, context).judge).toMatch(/no longer exists/)
  })

  it('checks every judge of a panel', () => {
    expect(checkStep('judge', { ...filled(), judgeIds: ['m-claude', 'm-mini'] }, context)).toEqual({})
    expect(checkStep('judge', { ...filled(), judgeIds: ['m-claude', 'gone'] }, context).judge).toMatch(/One of the chosen judges no longer exists/)
    expect(checkStep('judge', { ...filled(), judgeIds: [] }, context).judge).toMatch(/Choose at least one judge/)
  })

  it('never keeps the new reference among the students', () => {
    const values = withReference({ ...emptyRseForm(), studentIds: ['m-ds', 'm-qwen'] }, 'm-ds')
    expect(values.studentIds).toEqual(['m-qwen'])
    expect(checkStep('students', { ...values, studentIds: ['m-ds'] }, context).students).toMatch(/cannot also be a student/)
  })

  it('checks sample sizes against the set and seeds as whole numbers', () => {
    let values = filled()
    values = withSetChoice(values, sets[0]!, { sample: 31 })
    values = withSetChoice(values, sets[2]!, { sample: '2.5', seed: '' })
    const errors = checkStep('sets', values, context)
    expect(errors['sample:builtin-general-v1']).toMatch(/from 1 to 30 \(the set has 30 prompts\)/)
    expect(errors['sample:set-numina']).toMatch(/whole number/)
    expect(errors['seed:set-numina']).toMatch(/Enter a seed/)
    expect(checkStep('sets', withSetChoice(filled(), sets[0]!, { sample: 0 }), context)['sample:builtin-general-v1']).toBeDefined()
    // An unticked set is not checked.
    expect(checkStep('sets', withSetChoice(filled(), sets[1]!, { sample: 'abc' }), context)).toEqual({})
  })

  it('checks the options', () => {
    const values = { ...filled(), concurrency: '', budgetUsd: '5 dollars', seed: 'x', name: 'n'.repeat(121) }
    const errors = checkStep('options', values, context)
    expect(errors.concurrency).toMatch(/how many requests/)
    expect(errors.budgetUsd).toMatch(/US dollars/)
    expect(errors.seed).toBe('Enter a whole number')
    expect(errors.name).toMatch(/120/)
    expect(checkStep('options', { ...filled(), budgetUsd: 0 }, context).budgetUsd).toMatch(/above \$0/)
    expect(checkStep('options', { ...filled(), budgetUsd: '-3' }, context).budgetUsd).toMatch(/above \$0/)
    expect(checkStep('options', { ...filled(), concurrency: 300 }, context).concurrency).toMatch(/from 1 to 256/)
  })

  it('checks a custom judge prompt for its three placeholders', () => {
    expect(judgePromptProblems('')[0]).toMatch(/Write the prompt/)
    expect(judgePromptProblems('{question} {reference}')[0]).toMatch(/Keep \{candidate\}/)
    expect(judgePromptProblems('{question} {reference} {candidate}')).toEqual([])
    const errors = checkStep('options', { ...filled(), customJudgePrompt: true, judgePrompt: 'Compare {question}' }, context)
    expect(errors.judgePrompt).toMatch(/\{reference\}, \{candidate\}/)
  })

  it('maps every field to its step', () => {
    expect(stepOfField('students')).toBe('students')
    expect(stepOfField('sample:x')).toBe('sets')
    expect(stepOfField('seed:x')).toBe('sets')
    expect(stepOfField('budgetUsd')).toBe('options')
    expect(stepOfField('judgePrompt')).toBe('options')
  })

  it('resolves spec paths', () => {
    const chosen = [sets[0]!, sets[2]!]
    expect(fieldOfSpecPath('reference', chosen)).toBe('reference')
    expect(fieldOfSpecPath('students.0', chosen)).toBe('students')
    expect(fieldOfSpecPath('judges.1', chosen)).toBe('judge')
    expect(fieldOfSpecPath('judges', chosen)).toBe('judge')
    expect(fieldOfSpecPath('promptSets.0.seed', chosen)).toBe('seed:builtin-general-v1')
    expect(fieldOfSpecPath('promptSets', chosen)).toBe('sets')
    expect(fieldOfSpecPath('promptSets.5.sample', chosen)).toBe('sets')
    expect(fieldOfSpecPath('budgetUsd', chosen)).toBe('budgetUsd')
    expect(fieldOfSpecPath('models.a', chosen)).toBeUndefined()
  })
})

describe('checks through the contract', () => {
  it('reports only the step’s own fields, though later steps are not filled in yet', () => {
    const values = withReference(emptyRseForm(), 'm-ref')
    expect(checkStep('reference', values, context)).toEqual({})
    expect(firstInvalidStep(values, context)).toEqual({ step: 'students', errors: { students: 'Choose at least one student model.' } })
  })

  it('takes a bound and its message from the contract', () => {
    const many = Array.from({ length: 51 }, (_, index) => model(`m-${index}`, `Student ${index}`, `student-${index}`))
    const crowded = { ...filled(), studentIds: many.map((student) => student.id) }
    expect(checkStep('students', crowded, { ...context, models: [...context.models, ...many] })).toEqual({ students: 'A run compares at most 50 students.' })
    expect(checkStep('options', { ...filled(), concurrency: 2.5 }, context)).toEqual({ concurrency: 'Enter a whole number' })
    expect(checkStep('options', { ...filled(), budgetUsd: 2_000_000 }, context).budgetUsd).toBe(
      'Enter an amount above $0 and at most $1,000,000, or no budget at all',
    )
    expect(checkStep('options', { ...filled(), seed: 2 ** 32 }, context)).toEqual({ seed: 'Enter a number from 0 to 4,294,967,295' })
  })

  it('says a set’s own size, or the most a run draws from one set', () => {
    const huge = withSetChoice(filled(), sets[2]!, { sample: 300_000 })
    expect(checkStep('sets', huge, context)['sample:set-numina']).toBe(
      'Enter a number from 1 to 200,000 (a run draws at most 200,000 prompts from one set), or leave it empty for all of them',
    )
    const text = withSetChoice(filled(), sets[0]!, { sample: 'some' })
    expect(checkStep('sets', text, context)['sample:builtin-general-v1']).toBe('Enter a whole number, or leave it empty for all the prompts')
  })

  it('says a judge prompt is too long in the contract’s words, before its placeholders', () => {
    const long = { ...filled(), customJudgePrompt: true, judgePrompt: 'x'.repeat(20_001) }
    expect(checkStep('options', long, context)).toEqual({ judgePrompt: 'Keep the prompt to 20,000 characters.' })
    // An unticked custom prompt is not sent, so not checked.
    expect(checkStep('options', { ...long, customJudgePrompt: false }, context)).toEqual({})
  })
})
