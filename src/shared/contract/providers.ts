import { z } from 'zod'
import { PRESET_IDS, type ProviderPreset } from '../providers/presets'
import { defineEvent, defineRoute } from './define'

/** Header names that carry credentials: those belong in the encrypted key field, not in plain settings. */
const CREDENTIAL_HEADERS = /^(authorization|proxy-authorization|x-api-key|api-key|x-goog-api-key|cookie)$/i

const headerName = z.string().regex(/^[A-Za-z0-9-]{1,64}$/, 'A header name uses letters, digits and dashes only')
export const headersSchema = z
  .record(
    headerName,
    z
      .string()
      .max(2000)
      .regex(/^[^\r\n]*$/, 'A header value must be on one line'),
  )
  .refine((headers) => Object.keys(headers).length <= 20, 'At most 20 custom headers')
  .refine((headers) => !Object.keys(headers).some((name) => CREDENTIAL_HEADERS.test(name)), {
    message: 'Keys must go in the API key field, where they are encrypted, not in a custom header',
  })

export const envVarNameSchema = z
  .string()
  .regex(/^[A-Z_][A-Z0-9_]{0,127}$/, 'Use capital letters, digits and _ (for example OPENAI_API_KEY)')
  // Distillscope's own variables (the key-file passphrase) must never be sent to a provider.
  .refine((name) => !name.startsWith('DISTILLSCOPE_'), 'Names starting with DISTILLSCOPE_ are reserved for Distillscope itself')

const proxySchema = z.url({ protocol: /^https?$/ }).max(500)

export const providerInputSchema = z
  .object({
    name: z.string().trim().min(1, 'Give the provider a name').max(80),
    preset: z.enum(PRESET_IDS),
    kind: z.enum(['openai', 'anthropic']),
    /** As typed; main normalises it (see normaliseBaseUrl) and refuses what cannot be called. */
    baseURL: z.string().trim().max(500),
    headers: headersSchema.default({}),
    timeoutMs: z
      .number()
      .int()
      .min(1_000)
      .max(30 * 60_000)
      .default(120_000),
    /** HTTPS proxy for this provider only; requests to this computer never use it. */
    proxy: proxySchema.optional(),
    apiKeyEnv: envVarNameSchema.optional(),
    /**
     * At most this many requests in flight to this provider's server, across all its models; unset:
     * a local server's preset default (Ollama, LM Studio, vLLM), none for the others.
     */
    maxConcurrent: z.number().int().min(1).max(256).optional(),
  })
  .strict()

/** An update: any subset of the settings; `null` clears the optional proxy, key variable and server cap. */
export const providerChangesSchema = providerInputSchema.partial().extend({
  proxy: proxySchema.nullable().optional(),
  apiKeyEnv: envVarNameSchema.nullable().optional(),
  maxConcurrent: z.number().int().min(1).max(256).nullable().optional(),
})

export type ProviderChanges = z.input<typeof providerChangesSchema>
export type ProviderInput = z.input<typeof providerInputSchema>
export type ProviderSettings = z.output<typeof providerInputSchema>

export type KeySource = 'env' | 'store' | 'none'

export interface ProviderKeyStatus {
  readonly configured: boolean
  readonly last4?: string
  readonly source: KeySource
}

export interface Provider extends ProviderSettings {
  readonly id: string
  /** The exact address chat requests go to. */
  readonly endpoint: string
  readonly key: ProviderKeyStatus
  readonly createdAt: string
  readonly updatedAt: string
}

const id = z.object({ id: z.string().min(1).max(64) }).strict()

export const providerRoutes = {
  'providers.presets': defineRoute<readonly ProviderPreset[]>()(z.object({}).strict().optional()),
  'providers.list': defineRoute<readonly Provider[]>()(z.object({}).strict().optional()),
  'providers.create': defineRoute<Provider>()(providerInputSchema),
  'providers.update': defineRoute<Provider>()(z.object({ id: z.string().min(1).max(64), changes: providerChangesSchema }).strict()),
  /** Refused while a model uses the provider; removes its stored key too. */
  'providers.delete': defineRoute<{ readonly deleted: true }>()(id),
  /** For the form: the URL that would be called, or why it cannot be. */
  'providers.previewEndpoint': defineRoute<{ readonly endpoint?: string; readonly warning?: string; readonly error?: string }>()(
    z.object({ kind: z.enum(['openai', 'anthropic']), baseURL: z.string().max(500) }).strict(),
  ),
}

export const providerEvents = {
  'providers.changed': defineEvent<readonly Provider[]>(),
}
