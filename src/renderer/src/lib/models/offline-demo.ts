import type { Model, ModelInput, Provider, ProviderInput } from '../../../../shared/contract/index'
import type { ApiClient } from '../api'

export const OFFLINE_DEMO_PROVIDER: ProviderInput = {
  name: 'Offline demo (simulated)',
  preset: 'simulator',
  kind: 'openai',
  // The app runs the simulator and decides its address; none is stored.
  baseURL: '',
}

export const OFFLINE_DEMO_MODEL_ID = 'sim-reference'
export const OFFLINE_DEMO_MODEL_NAME = 'Offline demo reference (simulated)'

export function offlineDemoModelInput(providerId: string): ModelInput {
  return {
    providerId,
    model: OFFLINE_DEMO_MODEL_ID,
    name: OFFLINE_DEMO_MODEL_NAME,
    prices: { inputPerMTok: 0, outputPerMTok: 0 },
  }
}

export interface OfflineDemoResult {
  readonly model: Model
  readonly provider: Provider
  /** False when the demo model already existed: nothing was added. */
  readonly createdModel: boolean
  readonly createdProvider: boolean
}

/**
 * "Try the Offline demo" in one step: reuses the simulated provider and its reference model when
 * they exist (so a second click adds nothing), creates whichever is missing. Reads fresh lists
 * rather than the page's cache, which another window may have changed.
 */
export async function tryOfflineDemo(api: Pick<ApiClient, 'request'>): Promise<OfflineDemoResult> {
  const { provider, created: createdProvider } = await ensureSimulatorProvider(api)
  const simulatorId = provider.id
  const models = createdProvider ? [] : await api.request('models.list')
  const existing = models.find((model) => model.providerId === simulatorId && model.model === OFFLINE_DEMO_MODEL_ID)
  if (existing) return { model: existing, provider, createdModel: false, createdProvider }
  const model = await api.request('models.create', offlineDemoModelInput(simulatorId))
  return { model, provider, createdModel: true, createdProvider }
}

/** The Offline demo's provider: the existing one, or a new one. */
export async function ensureSimulatorProvider(api: Pick<ApiClient, 'request'>): Promise<{ readonly provider: Provider; readonly created: boolean }> {
  const providers = await api.request('providers.list')
  const existing = providers.find((candidate) => candidate.preset === 'simulator')
  if (existing) return { provider: existing, created: false }
  return { provider: await api.request('providers.create', OFFLINE_DEMO_PROVIDER), created: true }
}

/** Whether the page should still offer the demo: true until a simulated model exists. */
export function hasSimulatedModel(models: readonly Model[], providers: readonly Provider[]): boolean {
  const simulated = new Set(providers.filter((provider) => provider.preset === 'simulator').map((provider) => provider.id))
  return models.some((model) => simulated.has(model.providerId))
}
