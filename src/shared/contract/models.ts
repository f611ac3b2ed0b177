import { z } from 'zod'
import { defineEvent, defineRoute } from './define'

import { DEFAULT_SYSTEM_PROMPT } from '../constants/models'

export { DEFAULT_SYSTEM_PROMPT }

export const generationSchema = z
  .object({
    temperature: z.number().min(0).max(2).default(0),
    maxTokens: z.number().int().min(1).max(1_000_000).optional(),
    topP: z.number().gt(0).max(1).optional(),
    systemPrompt: z.string().max(20_000).default(DEFAULT_SYSTEM_PROMPT),
  })
  .strict()

/** US dollars per million tokens. */
export const pricesSchema = z.object({ inputPerMTok: z.number().min(0).max(10_000), outputPerMTok: z.number().min(0).max(10_000) }).strict()

export const limitsSchema = z
  .object({
    maxConcurrent: z.number().int().min(1).max(256).default(8),
    /** Requests per minute, every attempt counted (retries included); absent = no limit. */
    rpm: z.number().int().min(1).max(1_000_000).optional(),
  })
  .strict()

export const modelInputSchema = z
  .object({
    providerId: z.string().min(1).max(64),
    model: z.string().trim().min(1, 'Enter the model id the provider uses').max(200),
    name: z.string().trim().min(1, 'Give the model a display name').max(80),
    generation: generationSchema.default({ temperature: 0, systemPrompt: DEFAULT_SYSTEM_PROMPT }),
    prices: pricesSchema.default({ inputPerMTok: 0, outputPerMTok: 0 }),
    limits: limitsSchema.default({ maxConcurrent: 8 }),
    /** The ICE identity fact that is this model's own (ice.facts.list); null clears it. */
    identityFactId: z.string().min(1).max(64).nullable().optional(),
  })
  .strict()

export type ModelInput = z.input<typeof modelInputSchema>
export type ModelSettings = z.output<typeof modelInputSchema>

export interface Model extends ModelSettings {
  readonly id: string
  readonly createdAt: string
  readonly updatedAt: string
}

export type LlmErrorClass = 'auth' | 'quota' | 'rate_limit' | 'server' | 'network' | 'timeout' | 'bad_request' | 'content_filter' | 'cancelled'

export type ConnectionTestResult =
  | {
      readonly ok: true
      readonly reply: string
      readonly latencyMs: number
      readonly inputTokens: number
      readonly outputTokens: number
      readonly costUsd: number
      /** The reply contained the API key (the provider echoed it) and was shown with it replaced. */
      readonly keyRedacted?: true
    }
  | { readonly ok: false; readonly errorClass: LlmErrorClass; readonly message: string }

const id = z.object({ id: z.string().min(1).max(64) }).strict()

export const modelRoutes = {
  'models.list': defineRoute<readonly Model[]>()(z.object({}).strict().optional()),
  'models.create': defineRoute<Model>()(modelInputSchema),
  'models.update': defineRoute<Model>()(z.object({ id: z.string().min(1).max(64), changes: modelInputSchema.partial() }).strict()),
  'models.delete': defineRoute<{ readonly deleted: true }>()(id),
  /** Suggested prices for a known model id (editable); zeros when unknown. */
  'models.suggestPrices': defineRoute<{ readonly known: boolean; readonly inputPerMTok: number; readonly outputPerMTok: number }>()(
    z.object({ model: z.string().max(200) }).strict(),
  ),
  /** What a connection test will cost at most, shown before it is sent. */
  'models.estimateTest': defineRoute<{ readonly maxCostUsd: number; readonly prompt: string }>()(id),
  /** One tiny real call, never answered from the cache. */
  'models.testConnection': defineRoute<ConnectionTestResult>()(id),
  /** Model ids the provider offers, where its API can list them. */
  'models.listRemote': defineRoute<{ readonly ids: readonly string[] }>()(z.object({ providerId: z.string().min(1).max(64) }).strict()),
}

export const modelEvents = {
  'models.changed': defineEvent<readonly Model[]>(),
}
