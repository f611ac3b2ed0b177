import { describe, expect, it } from 'vitest'
import { CHECK_CHOICES_MESSAGE, withSetChoice } from '../../../../src/renderer/src/features/runs/rse-form'
import { buildRseSpec, judgeRoleWarnings, selfPreferenceWarning, specErrorsFrom } from '../../../../src/renderer/src/features/runs/rse-form-spec'
import { ApiError } from '../../../../src/renderer/src/lib/api'
import { rseSpecSchema } from '../../../../src/shared/contract/run-spec'
import { context, filled, model, models, sets } from './rse-fixtures'

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
})
