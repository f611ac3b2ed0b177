import { describe, expect, it } from 'vitest'
import { CHECK_CHOICES_MESSAGE, withSetChoice } from '../../../../src/renderer/src/features/runs/rse-form'
import { buildRseSpec, judgeRoleWarnings, rseAffinityWarnings, specErrorsFrom } from '../../../../src/renderer/src/features/runs/rse-form-spec'
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
    const built = buildRseSpec({ ...filled(), judgeIds: ['m-ref'] }, context)
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
    const built = buildRseSpec({ ...filled(), judgeIds: [] }, context)
    expect(built.ok).toBe(false)
    if (built.ok) return
    expect(built.step).toBe('judge')
    expect(built.errors.judge).toBeDefined()
  })
})

describe('warnings about the judges', () => {
  it('warns, by the shared rule, about a judge of the reference’s or a student’s vendor family, naming it as the wizard does', () => {
    const warnings = rseAffinityWarnings({ referenceId: 'm-ref', studentIds: ['m-ds'], judgeIds: ['m-claude', 'm-mini'] }, models)
    expect(warnings).toEqual([expect.stringMatching(/^The judge “GPT-4o mini” \(gpt-4o-mini\) and the reference \(gpt-4o-2024-08-06\) are both OpenAI models/)])
    const student = rseAffinityWarnings({ referenceId: 'm-claude', studentIds: ['m-ds', 'm-mini'], judgeIds: ['m-ref'] }, models)
    expect(student).toEqual([expect.stringMatching(/and the student gpt-4o-mini are both OpenAI models/)])
  })

  it('does not warn across families, for unknown families, for models no longer saved or without a choice', () => {
    expect(rseAffinityWarnings({ referenceId: 'm-ref', studentIds: ['m-ds'], judgeIds: ['m-claude', 'm-qwen'] }, models)).toEqual([])
    const unknown = [model('s-ref', 'Reference', 'sim-reference'), model('s-judge', 'Judge', 'sim-judge')]
    expect(rseAffinityWarnings({ referenceId: 's-ref', studentIds: [], judgeIds: ['s-judge'] }, unknown)).toEqual([])
    expect(rseAffinityWarnings({ referenceId: 'm-ref', studentIds: [], judgeIds: ['gone'] }, models)).toEqual([])
    expect(rseAffinityWarnings({ referenceId: '', studentIds: [], judgeIds: [] }, models)).toEqual([])
  })

  it('warns when a judge of the panel is the reference or a student', () => {
    expect(judgeRoleWarnings({ referenceId: 'a', studentIds: ['b'], judgeIds: ['c', 'a'] })[0]).toMatch(/reference model itself/)
    expect(judgeRoleWarnings({ referenceId: 'a', studentIds: ['b'], judgeIds: ['b'] })[0]).toMatch(/rate its own answers/)
    expect(judgeRoleWarnings({ referenceId: 'a', studentIds: ['b'], judgeIds: ['c', 'd'] })).toEqual([])
    expect(judgeRoleWarnings({ referenceId: '', studentIds: [], judgeIds: [] })).toEqual([])
  })
})

describe('a panel of judges', () => {
  it('builds "judges" for several, in the order chosen, and the contract accepts it', () => {
    const built = buildRseSpec({ ...filled(), judgeIds: ['m-claude', 'm-mini'] }, context)
    expect(built.ok).toBe(true)
    if (!built.ok) return
    expect(built.spec.judges).toEqual(['Claude', 'GPT-4o_mini'])
    expect(built.spec).not.toHaveProperty('judge')
    expect(built.spec.models['GPT-4o_mini']).toEqual({ modelId: 'm-mini' })
    expect(rseSpecSchema.safeParse(built.spec).success).toBe(true)
  })

  it('refuses a panel with a judge no longer saved, on the judge step', () => {
    const built = buildRseSpec({ ...filled(), judgeIds: ['m-claude', 'gone'] }, context)
    expect(built).toMatchObject({ ok: false, step: 'judge', errors: { judge: expect.stringMatching(/no longer exists/) } })
  })

  it('refuses more judges than a panel takes, with the contract’s message', () => {
    const many = [...models, model('m-x', 'X', 'x-model'), model('m-y', 'Y', 'y-model')]
    const values = { ...filled(), judgeIds: ['m-claude', 'm-mini', 'm-x', 'm-y', 'm-qwen', 'm-ds'] }
    const built = buildRseSpec(values, { ...context, models: many })
    expect(built).toMatchObject({ ok: false, step: 'judge', errors: { judge: expect.stringMatching(/at most 5 judges/) } })
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
