import { emptyIceForm, withTarget, type IceContext, type IceFormValues } from '../../../../src/renderer/src/features/runs/ice/ice-form'
import { FALLBACK_DEFAULTS } from '../../../../src/renderer/src/lib/runs/ice-sources'
import type { IdentityFactView, Model, Provider } from '../../../../src/shared/contract/index'

/* The saved models, providers and identity facts the ICE wizard's tests choose from, and a form with its roles chosen. */

export function model(id: string, name: string, modelId: string, providerId = 'p-real'): Model {
  return {
    id,
    providerId,
    model: modelId,
    name,
    generation: { temperature: 0, systemPrompt: 'You are a helpful assistant.' },
    prices: { inputPerMTok: 0, outputPerMTok: 0 },
    limits: { maxConcurrent: 8 },
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
  }
}

export function fact(id: string, vendor: string, text: string, keywords: string[]): IdentityFactView {
  return { id, vendor, series: [], keywords, fact: text, builtin: true, edited: false }
}

export const providers: Provider[] = [
  { id: 'p-real', name: 'Gateway', preset: 'openrouter' } as unknown as Provider,
  { id: 'p-sim', name: 'Offline demo (simulated)', preset: 'simulator' } as unknown as Provider,
]
export const models = [
  model('m-qwen', 'Qwen Max', 'qwen-max'),
  model('m-mini', 'GPT-4o mini', 'gpt-4o-mini'),
  model('m-odd', 'Home-made', 'my-finetune-7b'),
  model('m-leaky', 'Demo target', 'sim-target-leaky', 'p-sim'),
  model('m-helper', 'Demo helper', 'sim-helper', 'p-sim'),
  model('m-judge', 'Demo judge', 'sim-judge', 'p-sim'),
]
export const facts = [
  fact('openai', 'OpenAI', 'I am ChatGPT, made by OpenAI.', ['gpt', 'openai']),
  fact('anthropic', 'Anthropic', 'I am Claude, made by Anthropic.', ['claude', 'anthropic']),
  fact('google', 'Google', 'I am Gemini, made by Google.', ['gemini', 'google']),
  fact('alibaba', 'Alibaba', 'I am Qwen, made by Alibaba Cloud.', ['qwen', 'alibaba']),
  fact('simulator', 'Distillscope Labs', 'I am Simulated Model, made by Distillscope Labs.', ['distillscope']),
]
export const context: IceContext = { models, providers, facts, defaults: FALLBACK_DEFAULTS }

export function filled(): IceFormValues {
  const values = withTarget(emptyIceForm(), 'm-qwen')
  return { ...values, helperId: 'm-mini', judgeIds: ['m-mini'] }
}
