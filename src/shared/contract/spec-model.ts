import { z } from 'zod'
import { PRESET_IDS } from '../providers/presets'
import { generationSchema, limitsSchema, pricesSchema } from './models'
import { envVarNameSchema, headersSchema } from './providers'

/**
 * The run specification: the same JSON in the app, in exports and on the command line
 * (docs/spec.md, with the JSON Schema generated from this file). A model is either one saved in
 * the app (`modelId`) or described inline, the command line's usual form, with its key in an
 * environment variable.
 */
/**
 * A model in a run spec: one saved in the app (`modelId`) or described inline, the command line's
 * usual form, with its key in an environment variable. Runs refer to models by alias.
 */
const webAddressSchema = z
  .string()
  .max(500)
  .regex(/^\s*https?:\/\//i, 'The base URL must start with https:// (or http:// for a server on this computer)')

/**
 * A cap on requests in flight to one server, shared by every model that calls it (issue 17 item 5):
 * six models on one Ollama, LM Studio or vLLM server otherwise get six times the intended load.
 */
export const endpointLimitSchema = z.object({ maxConcurrent: z.number().int().min(1).max(256) }).strict()

/** Per server address (matched on scheme, host and port), e.g. {"http://127.0.0.1:11434": {"maxConcurrent": 4}}. */
export const endpointsSchema = z.record(webAddressSchema, endpointLimitSchema)

const inlineModelSchema = z
  .object({
    /** A provider preset id (openai, anthropic, deepseek, ... or custom). */
    provider: z.enum(PRESET_IDS),
    /**
     * Defaults to the preset's address. Required for custom. Only web addresses: a `file://` or
     * other scheme would be handed to the SDK and fail only after other models were paid for.
     */
    baseURL: webAddressSchema.optional(),
    /** Wire protocol; defaults to the preset's. */
    kind: z.enum(['openai', 'anthropic']).optional(),
    model: z.string().trim().min(1).max(200),
    apiKeyEnv: envVarNameSchema.optional(),
    headers: headersSchema.optional(),
    timeoutMs: z
      .number()
      .int()
      .min(1_000)
      .max(30 * 60_000)
      .optional(),
    generation: generationSchema.partial().optional(),
    prices: pricesSchema.optional(),
    limits: limitsSchema.partial().optional(),
    /** A cap on requests in flight to this model's server, across every model of the run that uses it. */
    endpoint: endpointLimitSchema.optional(),
  })
  .strict()

const savedModelSchema = z.object({ modelId: z.string().min(1).max(64) }).strict()

export const specModelSchema = z.union([savedModelSchema, inlineModelSchema])
export type SpecModel = z.infer<typeof specModelSchema>

export const aliasSchema = z.string().regex(/^[A-Za-z0-9_.-]{1,40}$/, 'Model names in a spec use letters, digits, _ . and - (at most 40)')
