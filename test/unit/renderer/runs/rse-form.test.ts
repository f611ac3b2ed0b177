import { describe, expect, it } from 'vitest'
import {
  CHECK_CHOICES_MESSAGE,
  defaultSetChoice,
  emptyRseForm,
  promptCount,
  setColumnNames,
  withReference,
  withSetChoice,
  type RseContext,
  type RseFormValues,
} from '../../../../src/renderer/src/features/runs/rse-form'
import { checkStep, fieldOfSpecPath, firstInvalidStep, judgePromptProblems, stepOfField } from '../../../../src/renderer/src/features/runs/rse-form-checks'
import { buildRseSpec, judgeRoleWarnings, selfPreferenceWarning, specErrorsFrom } from '../../../../src/renderer/src/features/runs/rse-form-spec'
import { ApiError } from '../../../../src/renderer/src/lib/api'
import type { Model, PromptSet } from '../../../../src/shared/contract/index'
import { rseSpecSchema } from '../../../../src/shared/contract/run-spec'

function model(id: string, name: string, modelId: string): Model {
  return {
    id,
    providerId: 'p1',
    model: modelId,
    name,
    generation: { temperature: 0, systemPrompt: 'You are a helpful assistant.' },
    prices: { inputPerMTok: 0, outputPerMTok: 0 },
    limits: { maxConcurrent: 8 },
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
  }
}

function promptSet(id: string, name: string, itemCount: number, builtin = false): PromptSet {
  return { id, name, domain: 'general', sourceNote: '', builtin, createdAt: '2025-01-01T00:00:00.000Z', itemCount, contentHash: 'h', origin: {} }
}

const models = [
  model('m-ref', 'GPT-4o (2024-08-06)', 'gpt-4o-2024-08-06'),
  model('m-ds', 'DeepSeek V3', 'deepseek-chat'),
  model('m-qwen', 'Qwen Max', 'qwen-max'),
  model('m-mini', 'GPT-4o mini', 'gpt-4o-mini'),
  model('m-claude', 'Claude', 'claude-3-5-sonnet-20241022'),
]
const sets = [
  promptSet('builtin-general-v1', 'General reasoning (Distillscope demo set)', 30, true),
  promptSet('set-arena', 'Arena-Hard v0.1', 500),
  promptSet('set-numina', 'NuminaMath-CoT', 859_000),
]
const context: RseContext = { models, promptSets: sets }

function filled(): RseFormValues {
  let values = withReference(emptyRseForm(), 'm-ref')
  values = { ...values, studentIds: ['m-ds', 'm-qwen'], judgeId: 'm-claude' }
  values = withSetChoice(values, sets[0]!, { selected: true })
  values = withSetChoice(values, sets[2]!, { selected: true })
  return values
}

describe('the wizard form, step by step', () => {
  it('starts empty with the spec defaults', () => {
    const values = emptyRseForm()
    expect(values.concurrency).toBe(8)
    expect(values.seed).toBe(1)
    expect(values.budgetUsd).toBe('')
    expect(firstInvalidStep(values, context)?.step).toBe('reference')
  })

  it('asks every prompt of an ordinary set and 1,000 of a large one by default', () => {
    expect(defaultSetChoice(sets[0]!)).toEqual({ selected: false, sample: '', seed: 1 })
    expect(defaultSetChoice(sets[2]!).sample).toBe(1000)
  })

  it('says what is missing at each step', () => {
    const values = emptyRseForm()
    expect(checkStep('reference', values, context).reference).toMatch(/Choose the reference/)
    expect(checkStep('students', values, context).students).toMatch(/at least one student/)
    expect(checkStep('judge', values, context).judge).toMatch(/Choose the judge/)
    expect(checkStep('sets', values, context).sets).toMatch(/at least one prompt set/)
    expect(checkStep('options', values, context)).toEqual({})
  })

  it('refuses models that no longer exist', () => {
    const values = { ...filled(), referenceId: 'gone', studentIds: ['m-ds', 'gone-too'], judgeId: 'gone' }
    expect(checkStep('reference', values, context).reference).toMatch(/no longer exists/)
    expect(checkStep('students', values, context).students).toMatch(/no longer exists/)
    expect(checkStep('judge', values, context).judge).toMatch(/no longer exists/)
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
})

describe('buildRseSpec', () => {
  it('builds a spec the contract accepts, with saved models by id and sets by id', () => {
    const values = withSetChoice({ ...filled(), budgetUsd: 12.5, name: '  My run  ' }, sets[0]!, { sample: 6, seed: 7 })
    const built = buildRseSpec(values, context)
    expect(built.ok).toBe(true)
    if (!built.ok) return
    expect(built.spec).toEqual({
      kind: 'rse',
      name: 'My run',
      models: {
        'GPT-4o_2024-08-06': { modelId: 'm-ref' },
        DeepSeek_V3: { modelId: 'm-ds' },
        Qwen_Max: { modelId: 'm-qwen' },
        Claude: { modelId: 'm-claude' },
      },
      reference: 'GPT-4o_2024-08-06',
      students: ['DeepSeek_V3', 'Qwen_Max'],
      judge: 'Claude',
      promptSets: [
        { name: 'General reasoning', setId: 'builtin-general-v1', sample: 6, seed: 7 },
        { name: 'NuminaMath-CoT', setId: 'set-numina', sample: 1000, seed: 1 },
      ],
      concurrency: 8,
      budgetUsd: 12.5,
      seed: 1,
    })
    expect(rseSpecSchema.safeParse(built.spec).success).toBe(true)
  })

  it('leaves out a sample of the whole set, an empty name and the default judge prompt', () => {
    const values = withSetChoice({ ...filled(), studentIds: ['m-ds'] }, sets[0]!, { sample: 30 })
    const built = buildRseSpec(values, context)
    if (!built.ok) throw new Error('expected a spec')
    expect(built.spec.promptSets[0]).toEqual({ name: 'General reasoning', setId: 'builtin-general-v1', seed: 1 })
    expect(built.spec).not.toHaveProperty('name')
    expect(built.spec).not.toHaveProperty('judgePrompt')
    expect(built.spec).not.toHaveProperty('budgetUsd')
  })

  it('uses one alias when the judge is the reference model', () => {
    const built = buildRseSpec({ ...filled(), judgeId: 'm-ref' }, context)
    if (!built.ok) throw new Error('expected a spec')
    expect(built.spec.judge).toBe(built.spec.reference)
    expect(Object.keys(built.spec.models)).toHaveLength(3)
    expect(rseSpecSchema.safeParse(built.spec).success).toBe(true)
  })

  it('carries a custom judge prompt', () => {
    const judgePrompt = 'Q: {question}\nR: {reference}\nC: {candidate}'
    const built = buildRseSpec({ ...filled(), customJudgePrompt: true, judgePrompt }, context)
    if (!built.ok) throw new Error('expected a spec')
    expect(built.spec.judgePrompt).toBe(judgePrompt)
  })

  it('gives two models with the same name distinct aliases', () => {
    const twins = [...models, model('m-twin', 'DeepSeek V3', 'deepseek-reasoner')]
    const built = buildRseSpec({ ...filled(), studentIds: ['m-ds', 'm-twin'] }, { models: twins, promptSets: sets })
    if (!built.ok) throw new Error('expected a spec')
    expect(built.spec.students).toEqual(['DeepSeek_V3', 'DeepSeek_V3_2'])
    expect(rseSpecSchema.safeParse(built.spec).success).toBe(true)
  })

  it('points at the first step with a problem instead of building', () => {
    const built = buildRseSpec({ ...filled(), judgeId: '' }, context)
    expect(built.ok).toBe(false)
    if (built.ok) return
    expect(built.step).toBe('judge')
    expect(built.errors.judge).toBeDefined()
  })

  it('counts the prompts the run will ask', () => {
    expect(promptCount(filled(), sets)).toBe(30 + 1000)
    expect(promptCount(withSetChoice(filled(), sets[0]!, { sample: 6 }), sets)).toBe(6 + 1000)
  })
})

describe('column names of sets', () => {
  it('drops a trailing note and keeps names unique', () => {
    const names = setColumnNames([
      { id: 'a', name: 'General reasoning (Distillscope demo set)' },
      { id: 'b', name: 'General reasoning (my copy)' },
      { id: 'c', name: '(only a note)' },
    ])
    expect(names.get('a')).toBe('General reasoning')
    expect(names.get('b')).toBe('General reasoning 2')
    expect(names.get('c')).toBe('(only a note)')
  })
})

describe('warnings about the judge', () => {
  it('warns when the judge comes from the reference’s vendor family', () => {
    const warning = selfPreferenceWarning(models[0], models[3])
    expect(warning).toMatch(/both come from OpenAI/)
    expect(warning).toContain('gpt-4o-mini')
  })

  it('does not warn across families, for unknown families or without a choice', () => {
    expect(selfPreferenceWarning(models[0], models[4])).toBeUndefined()
    expect(selfPreferenceWarning({ model: 'sim-reference' }, { model: 'sim-judge' })).toBeUndefined()
    expect(selfPreferenceWarning(undefined, models[3])).toBeUndefined()
  })

  it('warns when the judge is the reference or a student', () => {
    expect(judgeRoleWarnings({ referenceId: 'a', studentIds: ['b'], judgeId: 'a' })[0]).toMatch(/reference model itself/)
    expect(judgeRoleWarnings({ referenceId: 'a', studentIds: ['b'], judgeId: 'b' })[0]).toMatch(/rate its own answers/)
    expect(judgeRoleWarnings({ referenceId: 'a', studentIds: ['b'], judgeId: 'c' })).toEqual([])
    expect(judgeRoleWarnings({ referenceId: '', studentIds: [], judgeId: '' })).toEqual([])
  })
})

describe('errors from the backend', () => {
  it('places spec issues next to the wizard’s fields and names their step', () => {
    const values = filled()
    const error = new ApiError('invalid_input', 'The spec is not valid', [
      { path: 'spec.promptSets.1.sample', message: 'The set has only 859000 prompts' },
      { path: 'spec.models.x.model', message: 'Unknown model' },
    ])
    const placed = specErrorsFrom(error, values, context)
    expect(placed.fields).toEqual({ 'sample:set-numina': 'The set has only 859000 prompts' })
    expect(placed.general).toBe('Unknown model')
    expect(placed.step).toBe('sets')
  })

  it('points at the fields when every issue has one', () => {
    const error = new ApiError('invalid_input', 'x', [{ path: 'spec.judge', message: 'No such model' }])
    expect(specErrorsFrom(error, filled(), context)).toEqual({ fields: { judge: 'No such model' }, general: CHECK_CHOICES_MESSAGE, step: 'judge' })
  })

  it('shows an error without issues as it is, and never a stack', () => {
    expect(specErrorsFrom(new ApiError('not_found', 'This prompt set no longer exists.'), filled(), context)).toEqual({
      fields: {},
      general: 'This prompt set no longer exists.',
    })
    expect(specErrorsFrom(new TypeError('x is undefined'), filled(), context).general).toMatch(/Something unexpected went wrong/)
  })

  it('resolves spec paths', () => {
    const chosen = [sets[0]!, sets[2]!]
    expect(fieldOfSpecPath('reference', chosen)).toBe('reference')
    expect(fieldOfSpecPath('students.0', chosen)).toBe('students')
    expect(fieldOfSpecPath('promptSets.0.seed', chosen)).toBe('seed:builtin-general-v1')
    expect(fieldOfSpecPath('promptSets', chosen)).toBe('sets')
    expect(fieldOfSpecPath('promptSets.5.sample', chosen)).toBe('sets')
    expect(fieldOfSpecPath('budgetUsd', chosen)).toBe('budgetUsd')
    expect(fieldOfSpecPath('models.a', chosen)).toBeUndefined()
  })
})
