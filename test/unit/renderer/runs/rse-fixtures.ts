import { emptyRseForm, withReference, withSetChoice, type RseContext, type RseFormValues } from '../../../../src/renderer/src/features/runs/rse-form'
import type { Model, PromptSet } from '../../../../src/shared/contract/index'

/* The saved models and prompt sets the RSE wizard's tests choose from, and a form filled in to the options. */

export function model(id: string, name: string, modelId: string): Model {
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

export function promptSet(id: string, name: string, itemCount: number, builtin = false): PromptSet {
  return { id, name, domain: 'general', sourceNote: '', builtin, createdAt: '2025-01-01T00:00:00.000Z', itemCount, contentHash: 'h', origin: {} }
}

export const models = [
  model('m-ref', 'GPT-4o (2024-08-06)', 'gpt-4o-2024-08-06'),
  model('m-ds', 'DeepSeek V3', 'deepseek-chat'),
  model('m-qwen', 'Qwen Max', 'qwen-max'),
  model('m-mini', 'GPT-4o mini', 'gpt-4o-mini'),
  model('m-claude', 'Claude', 'claude-3-5-sonnet-20241022'),
]
export const sets = [
  promptSet('builtin-general-v1', 'General reasoning (Distillscope demo set)', 30, true),
  promptSet('set-arena', 'Arena-Hard v0.1', 500),
  promptSet('set-numina', 'NuminaMath-CoT', 859_000),
]
export const context: RseContext = { models, promptSets: sets }

export function filled(): RseFormValues {
  let values = withReference(emptyRseForm(), 'm-ref')
  values = { ...values, studentIds: ['m-ds', 'm-qwen'], judgeIds: ['m-claude'] }
  values = withSetChoice(values, sets[0]!, { selected: true })
  values = withSetChoice(values, sets[2]!, { selected: true })
  return values
}
