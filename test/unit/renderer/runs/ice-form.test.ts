import { describe, expect, it } from 'vitest'
import {
  CHECK_ICE_CHOICES,
  buildIceSpec,
  iceAffinityWarnings,
  iceRoleWarnings,
  iceSpecErrorsFrom,
} from '../../../../src/renderer/src/features/runs/ice/ice-form-spec'
import {
  MISSING_FACT_MESSAGE,
  emptyIceForm,
  judgeSemanticsOfForm,
  resolveIce,
  withDemoModels,
  withFactChoice,
  withFactText,
  withKeywords,
  withKeywordsReset,
  withTarget,
  withVendors,
  type IceContext,
  type IceFormValues,
} from '../../../../src/renderer/src/features/runs/ice/ice-form'
import { checkIceStep, fieldOfIcePath, firstInvalidIceStep } from '../../../../src/renderer/src/features/runs/ice/ice-form-checks'
import { JUDGE_SEMANTICS, judgeSemanticsLabel } from '../../../../src/renderer/src/lib/runs/ice-labels'
import { ApiError } from '../../../../src/renderer/src/lib/api'
import type { Model } from '../../../../src/shared/contract/index'
import { iceSpecSchema } from '../../../../src/shared/contract/ice-spec'
import { context, facts, filled, models } from './ice-fixtures'

describe('the identity fact', () => {
  it('follows the target: Qwen gets Alibaba’s fact, the Offline demo its own', () => {
    expect(resolveIce(withTarget(emptyIceForm(), 'm-qwen'), context)).toMatchObject({
      factId: 'alibaba',
      fact: 'I am Qwen, made by Alibaba Cloud.',
      suggestion: { reason: 'family' },
    })
    expect(resolveIce(withTarget(emptyIceForm(), 'm-leaky'), context)).toMatchObject({ factId: 'simulator', suggestion: { reason: 'simulated' } })
  })

  it('prefers the fact a saved model names', () => {
    const named = { ...models[0]!, identityFactId: 'google' } as Model
    const withNamed = { ...context, models: [named, ...models.slice(1)] }
    expect(resolveIce(withTarget(emptyIceForm(), 'm-qwen'), withNamed)).toMatchObject({ factId: 'google', suggestion: { reason: 'saved' } })
  })

  it('takes a shipped fact’s two-sentence paper form under the paper’s judge, the one sentence under ours; typed text wins (issue 15)', () => {
    const paperForm = 'I am Qwen, built by Alibaba Cloud. Alibaba Cloud belongs to Alibaba Group, a Chinese company with its headquarters in Hangzhou.'
    const withPaper: IceContext = { ...context, facts: facts.map((fact) => (fact.id === 'alibaba' ? { ...fact, paperForm } : fact)) }
    const qwen = withTarget(emptyIceForm(), 'm-qwen')
    expect(resolveIce(qwen, withPaper).fact).toBe(paperForm)
    expect(resolveIce({ ...qwen, preset: 'gptfuzz-original' }, withPaper).fact).toBe('I am Qwen, made by Alibaba Cloud.')
    expect(resolveIce({ ...qwen, judgeSemantics: 'distillscope' }, withPaper).fact).toBe('I am Qwen, made by Alibaba Cloud.')
    expect(resolveIce(withFactText(qwen, 'I am Qwen.', withPaper), withPaper).fact).toBe('I am Qwen.')
  })

  it('is filled in once the facts arrive, even if the target was chosen before', () => {
    const values = withTarget(emptyIceForm(), 'm-qwen')
    expect(resolveIce(values, { ...context, facts: [] }).fact).toBe('')
    expect(resolveIce(values, context).fact).toBe('I am Qwen, made by Alibaba Cloud.')
  })

  it('is flagged as missing for an unknown model, until chosen or written', () => {
    const values = withTarget(emptyIceForm(), 'm-odd')
    expect(resolveIce(values, context)).toMatchObject({ factId: '', fact: '', suggestion: undefined })
    expect(checkIceStep('target', values, context)).toEqual({ fact: MISSING_FACT_MESSAGE })
    expect(checkIceStep('target', withFactChoice(values, 'openai', context), context)).toEqual({})
    expect(checkIceStep('target', withFactText(values, 'I am Odd, made by me.', context), context)).toEqual({})
    expect(checkIceStep('target', withFactText(values, '   ', context), context)).toEqual({ fact: MISSING_FACT_MESSAGE })
  })

  it('keeps edited text, and a new target starts over', () => {
    let values = withFactText(withTarget(emptyIceForm(), 'm-qwen'), 'I am Qwen 2.5, by Alibaba.', context)
    expect(resolveIce(values, context)).toMatchObject({ factId: 'alibaba', fact: 'I am Qwen 2.5, by Alibaba.' })
    // "Choose a vendor…" (none) keeps what was written.
    values = withFactChoice(values, '', context)
    expect(resolveIce(values, context)).toMatchObject({ factId: '', fact: 'I am Qwen 2.5, by Alibaba.' })
    values = withTarget(values, 'm-mini')
    expect(resolveIce(values, context)).toMatchObject({ factId: 'openai', fact: 'I am ChatGPT, made by OpenAI.' })
  })
})

describe('the suspected source', () => {
  it('defaults to OpenAI and Anthropic with the paper’s keywords', () => {
    expect(resolveIce(emptyIceForm(), context)).toMatchObject({
      suspectedVendors: ['OpenAI', 'Anthropic'],
      hardKeywords: ['gpt', 'openai', 'claude', 'anthropic'],
      keywordsEdited: false,
    })
  })

  it('keywords follow the vendors until edited, and can follow them again', () => {
    let values = withVendors(emptyIceForm(), ['OpenAI', 'Google', 'Acme'])
    expect(resolveIce(values, context).hardKeywords).toEqual(['gpt', 'openai', 'gemini', 'google', 'acme'])
    values = withKeywords(values, ['GPT', 'Gemini'])
    values = withVendors(values, ['OpenAI'])
    expect(resolveIce(values, context)).toMatchObject({ hardKeywords: ['gpt', 'gemini'], keywordsEdited: true })
    expect(resolveIce(withKeywordsReset(values), context)).toMatchObject({ hardKeywords: ['gpt', 'openai'], keywordsEdited: false })
  })

  it('needs at least one vendor and one keyword', () => {
    const values = withKeywords(withVendors(filled(), []), [])
    expect(checkIceStep('models', values, context)).toEqual({ suspectedVendors: 'Add at least one vendor.', hardKeywords: 'Add at least one keyword.' })
  })
})

describe('checks and the spec', () => {
  it('asks for each role', () => {
    expect(checkIceStep('target', emptyIceForm(), context).target).toMatch(/Choose the target/)
    const errors = checkIceStep('models', emptyIceForm(), context)
    expect(errors.helper).toMatch(/Choose the helper/)
    expect(errors.judge).toMatch(/Choose at least one judge/)
    expect(checkIceStep('models', { ...filled(), judgeIds: ['gone'] }, context).judge).toMatch(/no longer exists/)
  })

  it('checks the budget and options', () => {
    const bad = { ...filled(), maxQueries: '', budgetUsd: 'five', seed: -1, concurrency: 1000, name: 'x'.repeat(121) }
    expect(checkIceStep('budget', bad, context)).toEqual({
      maxQueries: expect.stringMatching(/1,000, as in the paper/),
      budgetUsd: expect.stringMatching(/US dollars/),
      seed: expect.stringMatching(/from 0/),
      concurrency: 'Enter a number from 1 to 256',
      name: 'Keep the name to 120 characters.',
    })
    expect(checkIceStep('method', { ...filled(), mutators: [] }, context)).toEqual({ mutators: expect.any(String) })
    expect(firstInvalidIceStep({ ...filled(), questions: 'nothing' }, context)).toEqual({ step: 'inputs', errors: { questions: expect.any(String) } })
  })

  it('builds a valid spec with one alias per model, the paper’s defaults and the keywords on screen', () => {
    const built = buildIceSpec({ ...filled(), maxQueries: 100, budgetUsd: 2.5, name: '  Qwen check ' }, context)
    expect(built.ok).toBe(true)
    if (!built.ok) return
    expect(built.spec).toEqual({
      kind: 'ice',
      name: 'Qwen check',
      models: { Qwen_Max: { modelId: 'm-qwen' }, 'GPT-4o_mini': { modelId: 'm-mini' } },
      target: 'Qwen_Max',
      helper: 'GPT-4o_mini',
      judge: 'GPT-4o_mini',
      targetFact: 'I am Qwen, made by Alibaba Cloud.',
      questions: { builtin: 'identity-en-zh' },
      seeds: { builtin: 'distillscope-roleplay-v1' },
      preset: 'as-published',
      judgeSemantics: 'as-published',
      selection: 'mcts-explore',
      suspectedVendors: ['OpenAI', 'Anthropic'],
      hardKeywords: ['gpt', 'openai', 'claude', 'anthropic'],
      strict: true,
      budget: { maxQueries: 100 },
      budgetUsd: 2.5,
      seed: 1,
      concurrency: 8,
    })
    expect(iceSpecSchema.safeParse(built.spec).success).toBe(true)
  })

  it('writes the judge the run uses: the preset’s own unless one was chosen (issue 15)', () => {
    const build = (values: Partial<IceFormValues>) => {
      const built = buildIceSpec({ ...filled(), ...values }, context)
      return built.ok ? built.spec.judgeSemantics : undefined
    }
    expect(build({ preset: 'gptfuzz-original' })).toBe('distillscope')
    expect(build({ preset: 'as-published', judgeSemantics: 'distillscope' })).toBe('distillscope')
    expect(build({ preset: 'gptfuzz-original', judgeSemantics: 'as-published' })).toBe('as-published')
    expect(judgeSemanticsOfForm({ preset: 'as-published', judgeSemantics: null })).toBe('as-published')
  })

  it('labels our judge as ours, with the exclusions the paper’s judge does not make', () => {
    expect(judgeSemanticsLabel('distillscope')).toMatch(/our judge, not the paper/)
    expect(JUDGE_SEMANTICS.distillscope.description).toMatch(/fiction.*refusals.*details the fact does not mention/s)
    expect(judgeSemanticsLabel('as-published')).toMatch(/the paper’s judge/)
    expect(JUDGE_SEMANTICS['as-published'].description).toMatch(/square brackets/)
  })

  it('names library sets by id and lists mutators only when some are left out', () => {
    const built = buildIceSpec({ ...filled(), questions: 'set:qs-1', seeds: 'set:gptfuzz', mutators: ['rephrase', 'crossover'] }, context)
    expect(built.ok && built.spec).toMatchObject({ questions: { setId: 'qs-1' }, seeds: { setId: 'gptfuzz' }, mutators: ['crossover', 'rephrase'] })
  })

  it('refuses to build with a missing fact, pointing at the first step', () => {
    const built = buildIceSpec({ ...filled(), targetId: 'm-odd', factId: null, fact: null }, context)
    expect(built).toEqual({ ok: false, step: 'target', errors: { fact: MISSING_FACT_MESSAGE } })
  })
})

describe('roles and the Offline demo', () => {
  it('warns when the judge or helper is the target', () => {
    expect(iceRoleWarnings({ targetId: 'a', helperId: 'b', judgeIds: ['c', 'a'] })).toEqual([expect.stringMatching(/^A judge is the target itself/)])
    expect(iceRoleWarnings({ targetId: 'a', helperId: 'a', judgeIds: ['c'] })).toEqual([expect.stringMatching(/^The helper is the target itself/)])
    expect(iceRoleWarnings({ targetId: 'a', helperId: 'b', judgeIds: ['c', 'd'] })).toEqual([])
    expect(iceRoleWarnings({ targetId: '', helperId: '', judgeIds: [] })).toEqual([])
  })

  it('fills only the empty roles with the demo models', () => {
    const demo = { target: models[3]!, helper: models[4]!, judge: models[5]! }
    expect(withDemoModels(emptyIceForm(), demo)).toMatchObject({ targetId: 'm-leaky', helperId: 'm-helper', judgeIds: ['m-judge'] })
    expect(withDemoModels({ ...emptyIceForm(), targetId: 'm-qwen', judgeIds: ['m-mini', 'm-qwen'] }, demo)).toMatchObject({
      targetId: 'm-qwen',
      helperId: 'm-helper',
      judgeIds: ['m-mini', 'm-qwen'],
    })
  })
})

describe('errors from the backend', () => {
  it('places issues next to their fields and the rest in the alert', () => {
    const error = new ApiError('invalid_input', 'Invalid', [
      { path: 'spec.targetFact', message: 'Give the target’s identity fact' },
      { path: 'spec.budget.maxQueries', message: 'Too many' },
      { path: 'spec.models.x', message: 'Unknown model' },
    ])
    expect(iceSpecErrorsFrom(error)).toEqual({
      fields: { fact: 'Give the target’s identity fact', maxQueries: 'Too many' },
      general: 'Unknown model',
      step: 'target',
    })
    expect(iceSpecErrorsFrom(new ApiError('invalid_input', 'x', [{ path: 'spec.judge', message: 'm' }])).general).toBe(CHECK_ICE_CHOICES)
    expect(iceSpecErrorsFrom(new Error('boom')).general).toMatch(/unexpected/)
    expect(fieldOfIcePath('spec.hardKeywords.2')).toBe('hardKeywords')
    expect(fieldOfIcePath('spec.judges.2')).toBe('judge')
    expect(fieldOfIcePath('spec.whatever')).toBeUndefined()
  })
})

describe('a panel of judges', () => {
  it('checks every judge and builds "judges" the contract accepts', () => {
    expect(checkIceStep('models', { ...filled(), judgeIds: ['m-mini', 'gone'] }, context).judge).toMatch(/One of the chosen judges no longer exists/)
    const built = buildIceSpec({ ...filled(), judgeIds: ['m-mini', 'm-judge', 'm-odd'] }, context)
    expect(built.ok).toBe(true)
    if (built.ok) expect(iceSpecSchema.safeParse(built.spec).success).toBe(true)
  })

  it('warns about a judge of the target’s family or of a suspected vendor, by the shared rule', () => {
    const resolved = { suspectedVendors: ['OpenAI', 'Anthropic'] }
    const warnings = iceAffinityWarnings({ targetId: 'm-qwen', judgeIds: ['m-judge', 'm-mini', 'm-qwen'] }, resolved, models)
    expect(warnings).toEqual([
      expect.stringMatching(/^The judge “Qwen Max” \(qwen-max\) and the target \(qwen-max\) are both Alibaba models/),
      expect.stringMatching(/^The judge “GPT-4o mini” \(gpt-4o-mini\) comes from the OpenAI family, and OpenAI is a suspected source/),
    ])
    expect(iceAffinityWarnings({ targetId: 'm-qwen', judgeIds: ['m-judge', 'm-odd'] }, resolved, models)).toEqual([])
    expect(iceAffinityWarnings({ targetId: 'm-leaky', judgeIds: ['m-mini'] }, { suspectedVendors: ['Google'] }, models)).toEqual([])
  })
})
