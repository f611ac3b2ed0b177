import { describe, expect, it } from 'vitest'
import {
  DEFAULT_SYSTEM_PROMPT,
  draftFromModel,
  emptyModelValues,
  modelErrorsFrom,
  modelToValues,
  newModelDraft,
  toModelInput,
  validateModel,
  withModelId,
  withName,
  withPrice,
  withSuggestedPrices,
  type ModelFormValues,
} from '../../../../src/renderer/src/features/models/model-form'
import { ApiError } from '../../../../src/renderer/src/lib/api'
import { validationAlert } from '../../../../src/renderer/src/lib/schema-errors'
import { modelInputSchema, type Model } from '../../../../src/shared/contract/models'

function model(overrides: Partial<Model> = {}): Model {
  return {
    id: 'm1',
    providerId: 'p1',
    model: 'gpt-4o',
    name: 'GPT-4o',
    generation: { temperature: 0.7, maxTokens: 512, topP: 0.9, systemPrompt: 'Be brief.' },
    prices: { inputPerMTok: 2.5, outputPerMTok: 10 },
    limits: { maxConcurrent: 4, rpm: 60 },
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    ...overrides,
  }
}

/** What the form's submit does: check with the contract's schema, then build the input. */
function buildModelInput(values: ModelFormValues) {
  const errors = validateModel(values)
  return Object.keys(errors).length > 0 ? { ok: false as const, errors } : { ok: true as const, input: toModelInput(values) }
}

describe('validateModel and toModelInput', () => {
  it("sends the paper's defaults for a new model, explicitly", () => {
    const result = buildModelInput({ ...emptyModelValues('p1'), model: ' gpt-4o ', name: ' GPT-4o ' })
    expect(result).toEqual({
      ok: true,
      input: {
        providerId: 'p1',
        model: 'gpt-4o',
        name: 'GPT-4o',
        generation: { temperature: 0, systemPrompt: DEFAULT_SYSTEM_PROMPT },
        prices: { inputPerMTok: 0, outputPerMTok: 0 },
        limits: { maxConcurrent: 8 },
      },
    })
    if (result.ok) expect(modelInputSchema.safeParse(result.input).success).toBe(true)
  })

  it('round-trips a saved model to the same settings', () => {
    const saved = model()
    const result = buildModelInput(modelToValues(saved))
    const { id: _id, createdAt: _c, updatedAt: _u, ...settings } = saved
    expect(result).toEqual({ ok: true, input: settings })
  })

  it('drops optional settings that were emptied, so an update removes them', () => {
    const values = { ...modelToValues(model()), maxTokens: '', topP: '', rpm: '' }
    const result = buildModelInput(values)
    expect(result.ok && result.input.generation).toEqual({ temperature: 0.7, systemPrompt: 'Be brief.' })
    expect(result.ok && result.input.limits).toEqual({ maxConcurrent: 4 })
  })

  it('accepts numbers still held as text by the number inputs', () => {
    const result = buildModelInput({ ...emptyModelValues('p1'), model: 'm', name: 'm', temperature: '0.5', inputPerMTok: '0.15', rpm: '30' })
    expect(result.ok && result.input.generation?.temperature).toBe(0.5)
    expect(result.ok && result.input.prices).toEqual({ inputPerMTok: 0.15, outputPerMTok: 0 })
    expect(result.ok && result.input.limits).toEqual({ maxConcurrent: 8, rpm: 30 })
  })

  it('says which required numbers are missing and which values are not numbers', () => {
    const errors = validateModel({
      ...emptyModelValues('p1'),
      model: 'm',
      name: 'm',
      temperature: '',
      inputPerMTok: '',
      maxConcurrent: '',
      topP: 'high',
      rpm: '1e3',
    })
    expect(errors).toEqual({
      temperature: 'Enter a temperature (the paper used 0)',
      inputPerMTok: 'Enter a price (0 for a free or local model)',
      maxConcurrent: 'Enter how many requests may run at once (8 is a safe choice)',
      topP: 'Enter a number',
      rpm: 'Enter a number',
    })
    expect(validationAlert(errors)).toMatch(/need attention/)
  })

  it("refuses an empty model id and display name with the contract's messages", () => {
    expect(validateModel(emptyModelValues('p1'))).toEqual({ model: 'Enter the model id the provider uses', name: 'Give the model a display name' })
  })

  it.each([
    ['temperature', 2.5, /<=2/],
    ['temperature', -1, />=0/],
    ['topP', 0, />0/],
    ['topP', 1.5, /<=1/],
    ['maxTokens', 0, />=1/],
    ['maxTokens', 1.5, /int/i],
    ['inputPerMTok', 10_001, /<=10000/],
    ['outputPerMTok', -1, />=0/],
    ['maxConcurrent', 257, /<=256/],
    ['maxConcurrent', 0, />=1/],
    ['rpm', 0, />=1/],
  ] as const)("refuses %s %j with the contract's bound on that field", (field, value, message) => {
    const errors = validateModel({ ...emptyModelValues('p1'), model: 'm', name: 'm', [field]: value })
    expect(Object.keys(errors)).toEqual([field])
    expect(errors[field]).toMatch(message)
  })
})

describe('the draft: display name and prices follow the model id until edited', () => {
  it('names a new model after its id until a name is typed', () => {
    let draft = withModelId(newModelDraft('p1'), 'deepseek-chat ')
    expect(draft.values.name).toBe('deepseek-chat')
    draft = withName(draft, 'DeepSeek-V3')
    draft = withModelId(draft, 'deepseek-reasoner')
    expect(draft.values).toMatchObject({ model: 'deepseek-reasoner', name: 'DeepSeek-V3' })
    draft = withName(draft, '')
    expect(withModelId(draft, 'qwen-max').values.name).toBe('qwen-max')
  })

  it('never renames a saved model', () => {
    const draft = withModelId(draftFromModel(model()), 'gpt-4o-mini')
    expect(draft.values.name).toBe('GPT-4o')
  })

  it('fills in suggested prices for the current id and remembers whether they are known', () => {
    const draft = withModelId(newModelDraft('p1'), 'gpt-4o')
    const next = withSuggestedPrices(draft, 'gpt-4o', { known: true, inputPerMTok: 2.5, outputPerMTok: 10 })
    expect(next.values).toMatchObject({ inputPerMTok: 2.5, outputPerMTok: 10 })
    expect(next.pricesKnown).toBe(true)
    const unknown = withSuggestedPrices(withModelId(next, 'my-model'), 'my-model', { known: false, inputPerMTok: 0, outputPerMTok: 0 })
    expect(unknown).toMatchObject({ pricesKnown: false, values: { inputPerMTok: 0, outputPerMTok: 0 } })
  })

  it('ignores a late answer for an id that has since changed', () => {
    const draft = withModelId(newModelDraft('p1'), 'gpt-4o-mini')
    expect(withSuggestedPrices(draft, 'gpt-4o', { known: true, inputPerMTok: 2.5, outputPerMTok: 10 })).toBe(draft)
  })

  it('keeps prices the person typed, but still says whether the model is known', () => {
    const draft = withPrice(withModelId(newModelDraft('p1'), 'gpt-4o'), 'inputPerMTok', 1)
    const next = withSuggestedPrices(draft, 'gpt-4o', { known: true, inputPerMTok: 2.5, outputPerMTok: 10 })
    expect(next.values).toMatchObject({ inputPerMTok: 1, outputPerMTok: 0 })
    expect(next.pricesKnown).toBe(true)
  })

  it('forgets the previous lookup when the id changes', () => {
    const known = withSuggestedPrices(withModelId(newModelDraft('p1'), 'gpt-4o'), 'gpt-4o', { known: true, inputPerMTok: 2.5, outputPerMTok: 10 })
    expect(withModelId(known, 'gpt-4').pricesKnown).toBeUndefined()
  })
})

describe('modelErrorsFrom', () => {
  it('maps nested and update paths to the form fields', () => {
    const error = new ApiError('invalid_input', 'Invalid input for models.update', [
      { path: 'changes.generation.temperature', message: 'Too big: expected number to be <=2' },
      { path: 'generation.topP', message: 'Too small' },
      { path: 'changes.prices.outputPerMTok', message: 'Too big' },
      { path: 'limits.rpm', message: 'Too small' },
      { path: 'model', message: 'Enter the model id the provider uses' },
    ])
    expect(modelErrorsFrom(error).fields).toEqual({
      temperature: 'Too big: expected number to be <=2',
      topP: 'Too small',
      outputPerMTok: 'Too big',
      rpm: 'Too small',
      model: 'Enter the model id the provider uses',
    })
  })

  it('shows a missing provider in the alert', () => {
    const error = new ApiError('not_found', 'This provider no longer exists. It may have been deleted in another window.')
    expect(modelErrorsFrom(error)).toEqual({ fields: {}, general: error.message })
  })
})
