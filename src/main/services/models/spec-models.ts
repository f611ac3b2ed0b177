import { AppError } from '../../../shared/contract/errors'
import type { PreparedModel } from '../../core/llm/prepared-model'
import { DEFAULT_SYSTEM_PROMPT, type Model } from '../../../shared/contract/models'
import type { RunSpec, SpecModel } from '../../../shared/contract/run-spec'
import { normaliseBaseUrl } from '../../../shared/providers/base-url'
import { presetById } from '../../../shared/providers/presets'
import type { ResolvedModel } from '../../core/llm/llm-client'
import { LlmCallError } from '../../core/llm/llm-error'
import type { ChatParams } from '../../core/llm/types'
import { keyFromEnvironment } from '../../storage/secrets/env-keys'
import { suggestPrices } from '../../providers/known-prices'
import { checkInlineModelReady, missingInlineKeyMessage } from '../../providers/inline-model-ready'
import { endpointLimitFor } from '../../providers/endpoint-limit'
import { buildResolvedModel } from '../../providers/resolved-model'

/** What a spec's model is, without calling it: for estimates and result tables. */
export interface ModelDescription {
  readonly model: string
  readonly kind: 'openai' | 'anthropic'
  readonly prices: { readonly inputPerMTok: number; readonly outputPerMTok: number }
  readonly simulated: boolean
  /** A saved model's display name, as the app shows it; inline models have only their alias. */
  readonly displayName?: string
  /** The sampling temperature it is asked at (0 when none is set): issue 16's ceiling says when it is 0. */
  readonly temperature: number
}

export interface SpecModelDeps {
  getSavedModel(id: string): Model | undefined
  isSimulatedProvider(providerId: string): boolean
  providerKind(providerId: string): 'openai' | 'anthropic'
  /** A saved provider's preset and address (for describing a saved model inline). */
  providerAddress(providerId: string): { readonly preset: InlineModel['provider']; readonly baseURL: string }
  simulatorUrl(): string | undefined
  ensureSimulator(): Promise<void>
  /** Before a run: a saved model's provider address and key are usable (throws AppError naming `alias`). */
  checkSavedReady(modelId: string, alias: string): Promise<void>
  readonly env: Readonly<Record<string, string | undefined>>
}

type InlineModel = Exclude<SpecModel, { modelId: string }>

/** What a run sets for its models' calls: its concurrency per model and its caps per server. */
export interface RunLimits {
  readonly concurrency: number
  readonly endpoints?: Readonly<Record<string, { readonly maxConcurrent: number }>>
}

/**
 * Models described inline in a run spec (the command line's usual form) live only for their run:
 * they get ids `run:<runId>:<alias>` that the call layer resolves here, and keys only from the
 * environment variable the spec names. Saved models are used as they are.
 */
export function createSpecModelRegistry(deps: SpecModelDeps) {
  const inline = new Map<string, { alias: string; spec: InlineModel; run: RunLimits }>()
  /**
   * Each inline model as last resolved, with the two inputs that can change while its run goes (the
   * simulator's address after a restart, the key in the environment): the call layer resolves a
   * model on every call, and building it again each time was 2% of a call's CPU (issue 17 item 1).
   */
  const resolved = new Map<string, { address: string; apiKey: string | undefined; model: ResolvedModel }>()

  function prepare(runId: string, alias: string, spec: SpecModel, run: RunLimits): PreparedModel {
    if ('modelId' in spec) {
      const saved = deps.getSavedModel(spec.modelId)
      if (!saved) throw new AppError('not_found', `The model chosen for "${alias}" no longer exists.`)
      return { alias, modelId: saved.id, model: saved.model, params: saved.generation, simulated: deps.isSimulatedProvider(saved.providerId) }
    }
    const modelId = `run:${runId}:${alias}`
    inline.set(modelId, { alias, spec, run })
    resolved.delete(modelId)
    const params: ChatParams = { temperature: 0, systemPrompt: DEFAULT_SYSTEM_PROMPT, ...spec.generation }
    return { alias, modelId, model: spec.model, params, simulated: spec.provider === 'simulator' }
  }

  /** A spec's model for one run (or judge check) under that spec's limits: its concurrency and its caps per server. */
  /** Needs only the spec's models and limits, so a judges file (issue 13 item 5) is prepared the same way. */
  function prepareForSpec(runId: string, alias: string, spec: Pick<RunSpec, 'models' | 'concurrency' | 'endpoints'>): PreparedModel {
    const model = spec.models[alias]
    if (!model) throw new AppError('invalid_input', `The spec names the model "${alias}" but does not define it under "models".`)
    return prepare(runId, alias, model, { concurrency: spec.concurrency, ...(spec.endpoints ? { endpoints: spec.endpoints } : {}) })
  }

  async function resolve(modelId: string): Promise<ResolvedModel | undefined> {
    const entry = inline.get(modelId)
    if (!entry) return undefined
    const { alias, spec, run } = entry
    const preset = presetById(spec.provider)
    const kind = spec.kind ?? preset.kind
    const simulated = spec.provider === 'simulator'
    if (simulated) await deps.ensureSimulator()
    const address = simulated ? `${deps.simulatorUrl()}${kind === 'openai' ? '/v1' : ''}` : (spec.baseURL ?? preset.baseURL)
    const apiKey = keyFromEnvironment(spec.apiKeyEnv, deps.env)
    const known = resolved.get(modelId)
    if (known && known.address === address && known.apiKey === apiKey) return known.model
    const normalised = normaliseBaseUrl(kind, address)
    if (!normalised.ok) throw new LlmCallError('bad_request', normalised.message)
    // No request was sent: worded for the missing key, not as the provider refusing one.
    if (!apiKey && preset.needsKey) throw new LlmCallError('auth', undefined, undefined, missingInlineKeyMessage(alias, spec))
    const target = {
      kind,
      baseURL: normalised.baseURL,
      model: spec.model,
      apiKey,
      headers: spec.headers ?? {},
      timeoutMs: spec.timeoutMs ?? 120_000,
      simulated,
    }
    const suggested = suggestPrices(spec.model)
    const prices = spec.prices ?? { inputPerMTok: suggested.inputPerMTok, outputPerMTok: suggested.outputPerMTok }
    const limits = { maxConcurrent: spec.limits?.maxConcurrent ?? run.concurrency, ...(spec.limits?.rpm ? { rpm: spec.limits.rpm } : {}) }
    const endpoint = endpointLimitFor(normalised.baseURL, {
      set: [spec.endpoint?.maxConcurrent],
      ...(run.endpoints ? { endpoints: run.endpoints } : {}),
      ...(preset.serverCap ? { presetDefault: preset.serverCap } : {}),
    })
    const model = buildResolvedModel(
      target,
      prices,
      { ...limits, ...(endpoint ? { endpoint } : {}) },
      `${JSON.stringify(spec)}|${normalised.baseURL}|${apiKey?.length ?? 0}`,
    )
    resolved.set(modelId, { address, apiKey, model })
    return model
  }

  function describe(spec: SpecModel): ModelDescription {
    if ('modelId' in spec) {
      const saved = deps.getSavedModel(spec.modelId)
      if (!saved) throw new AppError('not_found', 'A model chosen for this run no longer exists.')
      return {
        model: saved.model,
        kind: deps.providerKind(saved.providerId),
        prices: saved.prices,
        simulated: deps.isSimulatedProvider(saved.providerId),
        displayName: saved.name,
        temperature: saved.generation.temperature,
      }
    }
    const suggested = suggestPrices(spec.model)
    return {
      model: spec.model,
      kind: spec.kind ?? presetById(spec.provider).kind,
      prices: spec.prices ?? { inputPerMTok: suggested.inputPerMTok, outputPerMTok: suggested.outputPerMTok },
      simulated: spec.provider === 'simulator',
      temperature: spec.generation?.temperature ?? 0,
    }
  }

  /**
   * The model as an inline spec entry: provider preset, address, model id, parameters and prices,
   * so a spec means the same in another app (paper packages). Never a key, nor custom headers.
   */
  function inlineOf(spec: SpecModel): InlineModel {
    if (!('modelId' in spec)) {
      const { headers: _headers, ...rest } = spec
      return rest
    }
    const saved = deps.getSavedModel(spec.modelId)
    if (!saved) throw new AppError('not_found', 'A model chosen for this run no longer exists.')
    const { preset, baseURL } = deps.providerAddress(saved.providerId)
    return {
      provider: preset,
      ...(preset !== 'simulator' && baseURL ? { baseURL } : {}),
      kind: deps.providerKind(saved.providerId),
      model: saved.model,
      generation: saved.generation,
      prices: saved.prices,
      limits: saved.limits,
    }
  }

  /**
   * Before a run starts: every saved model the spec (or a judges file, for a re-judge or the check
   * against the paper's judge) names exists (its key is checked elsewhere). The message names where the model was given.
   */
  function checkSaved(models: Readonly<Record<string, SpecModel>>, givenIn: 'spec' | 'judges file' = 'spec'): void {
    for (const [alias, spec] of Object.entries(models)) {
      if ('modelId' in spec && !deps.getSavedModel(spec.modelId)) {
        throw new AppError('not_found', `The ${givenIn}'s model "${alias}" names the saved model "${spec.modelId}", which does not exist in this data folder.`)
      }
    }
  }

  /**
   * Before a run: every model the spec defines can be called, its address is a web address and its
   * key can be read, so a missing key is named before the first paid call (issue 12 items 2 and 3).
   */
  async function checkReady(models: Readonly<Record<string, SpecModel>>): Promise<void> {
    for (const [alias, spec] of Object.entries(models)) {
      if ('modelId' in spec) await deps.checkSavedReady(spec.modelId, alias)
      else checkInlineModelReady(alias, spec, deps.env)
    }
  }

  return {
    prepare,
    prepareForSpec,
    resolve,
    checkSaved,
    checkReady,
    describe,
    inlineOf,
    /** Forgets a run's inline models once it stops. */
    release: (runId: string) => {
      for (const id of inline.keys())
        if (id.startsWith(`run:${runId}:`)) {
          inline.delete(id)
          resolved.delete(id)
        }
    },
  }
}

export type SpecModelRegistry = ReturnType<typeof createSpecModelRegistry>
