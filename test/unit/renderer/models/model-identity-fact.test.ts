import { describe, expect, it } from 'vitest'
import {
  emptyModelValues,
  modelChanges,
  modelErrorsFrom,
  modelToValues,
  toModelInput,
  validateModel,
  type ModelFormValues,
} from '../../../../src/renderer/src/features/models/model-form'
import { ApiError } from '../../../../src/renderer/src/lib/api'
import { factOptions } from '../../../../src/renderer/src/lib/ice-library/format'
import type { IdentityFactView } from '../../../../src/shared/contract/ice-library'
import { modelInputSchema, type Model } from '../../../../src/shared/contract/models'

const saved: Model = {
  id: 'm1',
  providerId: 'p1',
  model: 'qwen-max',
  name: 'Qwen Max',
  generation: { temperature: 0, systemPrompt: 'You are a helpful assistant.' },
  prices: { inputPerMTok: 1, outputPerMTok: 2 },
  limits: { maxConcurrent: 8 },
  identityFactId: 'alibaba',
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
}

/** What the form's submit does: check with the contract's schema, then build the input. */
function buildModelInput(values: ModelFormValues) {
  const errors = validateModel(values)
  return Object.keys(errors).length > 0 ? { ok: false as const, errors } : { ok: true as const, input: toModelInput(values) }
}

describe('the model form’s identity fact', () => {
  it('is none for a new model, and sends nothing then', () => {
    const values = { ...emptyModelValues('p1'), model: 'm', name: 'm' }
    expect(values.identityFactId).toBe('')
    const built = buildModelInput(values)
    expect(built.ok && 'identityFactId' in built.input).toBe(false)
  })

  it('round-trips a saved model’s fact', () => {
    const built = buildModelInput(modelToValues(saved))
    expect(built.ok && built.input.identityFactId).toBe('alibaba')
    if (built.ok) expect(modelInputSchema.safeParse(built.input).success).toBe(true)
  })

  it('clears a removed fact explicitly on update, and leaves a model without one alone', () => {
    const built = buildModelInput({ ...modelToValues(saved), identityFactId: '' })
    if (!built.ok) throw new Error('expected a valid input')
    expect(modelChanges(saved, built.input).identityFactId).toBeNull()
    expect('identityFactId' in modelChanges({}, built.input)).toBe(false)
    expect(modelInputSchema.partial().safeParse(modelChanges(saved, built.input)).success).toBe(true)
  })

  it('shows the backend’s refusal of an unknown fact next to the select', () => {
    const error = new ApiError('invalid_input', 'There is no identity fact "x".', [{ path: 'identityFactId', message: 'No such identity fact' }])
    expect(modelErrorsFrom(error).fields).toEqual({ identityFactId: 'No such identity fact' })
  })
})

describe('factOptions', () => {
  const fact = (id: string, vendor: string): IdentityFactView => ({ id, vendor, series: [], keywords: [], fact: 'x', builtin: true, edited: false })

  it('offers None first, then vendors in alphabetical order', () => {
    expect(factOptions([fact('openai', 'OpenAI'), fact('alibaba', 'Alibaba Cloud')], '')).toEqual([
      { value: '', label: 'None' },
      { value: 'alibaba', label: 'Alibaba Cloud' },
      { value: 'openai', label: 'OpenAI' },
    ])
  })

  it('keeps a saved fact that is not in the list, so opening the form changes nothing', () => {
    expect(factOptions([], 'fact-9').at(-1)).toEqual({ value: 'fact-9', label: 'fact-9 (not in the list)' })
  })
})
