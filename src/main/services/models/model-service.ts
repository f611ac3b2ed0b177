import { AppError } from '../../../shared/contract/errors'
import { modelInputSchema, type ConnectionTestResult, type Model, type ModelInput } from '../../../shared/contract/models'
import { normaliseBaseUrl } from '../../../shared/providers/base-url'
import { presetById } from '../../../shared/providers/presets'
import type { EventBus } from '../../core/event-bus'
import type { LlmClient, ResolvedModel } from '../../core/llm/llm-client'
import { LlmCallError } from '../../core/llm/llm-error'
import type { ChatRequest } from '../../core/llm/types'
import type { ModelsRepo } from '../../storage/repos/models'
import { resolveApiKey } from '../../storage/secrets/env-keys'
import type { SecretStore } from '../../storage/secrets/secret-store'
import { createTransport } from '../../providers/create-transport'
import { endpointLimitFor } from '../../providers/endpoint-limit'
import { buildResolvedModel } from '../../providers/resolved-model'
import type { ProviderService } from '../providers/provider-service'
import { refuseDuplicateName } from '../providers/unique-name'
import { keyLookupFailure } from '../../providers/key-errors'
import { estimateTokens } from '../../providers/transport-config'

export interface ModelServiceDeps {
  readonly models: ModelsRepo
  readonly providers: ProviderService
  readonly secrets: SecretStore
  readonly events: EventBus
  readonly env: Readonly<Record<string, string | undefined>>
  /** Starts the Offline demo's simulator if it is not running (only called for that preset). */
  ensureSimulator(): Promise<void>
  /** Bumped when a key changes, so lanes built with the old key are rebuilt. */
  keyEpoch(): number
  /** Whether an ICE identity fact exists; when given, a model cannot name a fact that does not. */
  identityFactExists?(id: string): boolean
}

const TEST_PROMPT = 'Reply with the single word OK.'
const TEST_MAX_TOKENS = 5

export function createModelService(deps: ModelServiceDeps) {
  function mustGet(id: string): Model {
    const model = deps.models.get(id)
    if (!model) throw new AppError('not_found', 'This model no longer exists. It may have been deleted in another window.')
    return model
  }

  /**
   * The environment variable when set, else the stored key. A locked or broken store fails the call
   * as `auth`, worded for what happened to the key (see key-errors.ts); `owner` is who it is for.
   */
  async function apiKeyFor(providerId: string, apiKeyEnv: string | undefined, owner: string): Promise<string | undefined> {
    try {
      return (await resolveApiKey({ ref: providerId, ...(apiKeyEnv ? { apiKeyEnv } : {}) }, deps.secrets, deps.env))?.key
    } catch (error) {
      throw keyLookupFailure(error, owner)
    }
  }

  /** A demo that cannot start is reported like a provider that cannot be reached. */
  async function startSimulator(): Promise<void> {
    try {
      await deps.ensureSimulator()
    } catch (error) {
      throw new LlmCallError('network', `the Offline demo could not start: ${(error as Error).message}`)
    }
  }

  /** Everything the call layer needs to call a model; its key never leaves this object. */
  async function resolve(modelId: string): Promise<ResolvedModel> {
    const model = mustGet(modelId)
    const provider = deps.providers.mustGet(model.providerId)
    if (provider.preset === 'simulator') await startSimulator()
    const normalised = normaliseBaseUrl(provider.kind, deps.providers.baseUrlOf(provider) ?? '')
    if (!normalised.ok) throw new LlmCallError('bad_request', normalised.message)
    const apiKey = await apiKeyFor(provider.id, provider.apiKeyEnv, model.name)
    const target = {
      kind: provider.kind,
      baseURL: normalised.baseURL,
      model: model.model,
      apiKey,
      headers: provider.headers,
      timeoutMs: provider.timeoutMs,
      ...(provider.proxy ? { proxy: provider.proxy } : {}),
      simulated: provider.preset === 'simulator',
    }
    const fingerprint = [model.updatedAt, provider.updatedAt, normalised.baseURL, deps.keyEpoch()].join('|')
    const preset = presetById(provider.preset)
    const endpoint = endpointLimitFor(normalised.baseURL, { set: [provider.maxConcurrent], ...(preset.serverCap ? { presetDefault: preset.serverCap } : {}) })
    return buildResolvedModel(target, model.prices, { ...model.limits, ...(endpoint ? { endpoint } : {}) }, fingerprint)
  }

  /**
   * Before a run (issue 12 items 2 and 3): the provider's address can be called and its key can be
   * read, and exists when the preset needs one. Sends nothing; errors name the spec's `alias`.
   */
  async function checkReady(modelId: string, alias: string): Promise<void> {
    const model = mustGet(modelId)
    const provider = deps.providers.mustGet(model.providerId)
    if (provider.preset === 'simulator') return
    const normalised = normaliseBaseUrl(provider.kind, deps.providers.baseUrlOf(provider) ?? '')
    if (!normalised.ok) throw new AppError('invalid_input', `The model "${alias}" (${model.name}) cannot be called: ${normalised.message}`)
    let key: string | undefined
    try {
      key = await apiKeyFor(provider.id, provider.apiKeyEnv, model.name)
    } catch (error) {
      throw new AppError('invalid_input', `"${alias}": ${(error as Error).message}`)
    }
    if (!key && presetById(provider.preset).needsKey) {
      throw new AppError(
        'invalid_input',
        `No API key for "${alias}" (${model.name}): enter the key of the provider "${provider.name}", or name an environment variable holding it.`,
      )
    }
  }

  async function announce(): Promise<void> {
    deps.events.emit('models.changed', deps.models.list())
  }

  function checkProvider(providerId: string): void {
    deps.providers.mustGet(providerId)
  }

  function checkIdentityFact(id: string | null | undefined): void {
    if (id && deps.identityFactExists && !deps.identityFactExists(id)) {
      throw new AppError('invalid_input', `There is no identity fact "${id}". Choose one from the ICE library, or add it there first.`, [
        { path: 'identityFactId', message: 'No such identity fact' },
      ])
    }
  }

  function testRequest(model: Model): ChatRequest {
    return { messages: [{ role: 'user', content: TEST_PROMPT }], params: { ...model.generation, maxTokens: TEST_MAX_TOKENS } }
  }

  return {
    resolve,
    checkReady,
    list: () => deps.models.list(),
    async create(input: ModelInput): Promise<Model> {
      const settings = modelInputSchema.parse(input)
      checkProvider(settings.providerId)
      checkIdentityFact(settings.identityFactId)
      refuseDuplicateName('model', settings.name, deps.models.list())
      const model = deps.models.insert(settings)
      await announce()
      return model
    },
    async update(id: string, changes: Partial<ModelInput>): Promise<Model> {
      const { id: _id, createdAt: _c, updatedAt: _u, ...current } = mustGet(id)
      const settings = modelInputSchema.parse({ ...current, ...changes })
      checkProvider(settings.providerId)
      refuseDuplicateName('model', settings.name, deps.models.list(), id)
      // Only a newly named fact is checked: a model keeps working if its fact was deleted since.
      if (changes.identityFactId !== undefined) checkIdentityFact(settings.identityFactId)
      const model = deps.models.update(id, settings)
      await announce()
      return model
    },
    async remove(id: string): Promise<void> {
      mustGet(id)
      deps.models.delete(id)
      await announce()
    },
    estimateTest(id: string): { maxCostUsd: number; prompt: string } {
      const model = mustGet(id)
      const inputTokens = estimateTokens(`${model.generation.systemPrompt}${TEST_PROMPT}`) + 20
      const maxCostUsd = (inputTokens * model.prices.inputPerMTok + TEST_MAX_TOKENS * model.prices.outputPerMTok) / 1_000_000
      return { maxCostUsd, prompt: TEST_PROMPT }
    },
    /** Model ids the provider lists (OpenAI-style `/models`, Anthropic `/v1/models`). */
    async listRemote(providerId: string): Promise<string[]> {
      const provider = deps.providers.mustGet(providerId)
      if (provider.preset === 'simulator') await startSimulator()
      const normalised = normaliseBaseUrl(provider.kind, deps.providers.baseUrlOf(provider) ?? '')
      if (!normalised.ok) throw new AppError('invalid_input', normalised.message)
      const apiKey = await apiKeyFor(provider.id, provider.apiKeyEnv, `provider ${provider.name}`).catch((error: Error) => {
        throw new AppError('forbidden', error.message)
      })
      const transport = createTransport(
        {
          kind: provider.kind,
          baseURL: normalised.baseURL,
          model: '',
          apiKey,
          headers: provider.headers,
          timeoutMs: provider.timeoutMs,
          ...(provider.proxy ? { proxy: provider.proxy } : {}),
        },
        async () => {},
      )
      try {
        return await transport.listModels(AbortSignal.timeout(provider.timeoutMs))
      } catch (error) {
        const failure = error as LlmCallError
        throw new AppError('unavailable', `Could not list the provider's models. ${failure.message}`)
      }
    },
    async testConnection(client: LlmClient, id: string): Promise<ConnectionTestResult> {
      const model = mustGet(id)
      try {
        const result = await client.chat(id, testRequest(model), { useCache: false })
        return {
          ok: true,
          reply: result.text.slice(0, 200),
          latencyMs: Math.round(result.latencyMs),
          inputTokens: result.usage.inputTokens,
          outputTokens: result.usage.outputTokens,
          costUsd: result.costUsd,
          ...(result.keyRedacted ? { keyRedacted: true as const } : {}),
        }
      } catch (error) {
        if (!(error instanceof LlmCallError)) throw error
        return { ok: false, errorClass: error.errorClass, message: error.message }
      }
    },
  }
}

export type ModelService = ReturnType<typeof createModelService>
