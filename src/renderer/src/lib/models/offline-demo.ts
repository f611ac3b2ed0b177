import type { Model, ModelInput, Provider, ProviderInput } from '../../../../shared/contract/index'
import type { ApiClient } from '../api'
import { DEMO_MODELS, findDemoModel, freeName, hasDemoModels, type DemoModel, type DemoRole } from './demo-models'

export const OFFLINE_DEMO_PROVIDER: ProviderInput = {
  name: 'Offline demo (simulated)',
  preset: 'simulator',
  kind: 'openai',
  // The app runs the simulator and decides its address; none is stored.
  baseURL: '',
}

/** Every role: what "Try the Offline demo" sets up. */
export const ALL_DEMO_ROLES: readonly DemoRole[] = DEMO_MODELS.map((demo) => demo.role)

export function demoModelInput(providerId: string, demo: DemoModel, name: string = demo.name): ModelInput {
  return {
    providerId,
    model: demo.model,
    name,
    prices: { inputPerMTok: 0, outputPerMTok: 0 },
    // The targets' own identity, so the ICE wizard (and the Models page) know it.
    ...(demo.identityFactId ? { identityFactId: demo.identityFactId } : {}),
  }
}

export interface DemoSetup<R extends DemoRole = DemoRole> {
  readonly provider: Provider
  /** Every demo model asked for, by role, whether it was added now or existed already. */
  readonly models: Readonly<Record<R, Model>>
  /** How many models were added now (0: all existed). */
  readonly added: number
  /** The ids of the models added now, so what was added can be taken back. */
  readonly addedIds: readonly string[]
  readonly createdProvider: boolean
}

/**
 * Adds whichever demo models of `roles` are missing, and the simulated provider if there is none;
 * a model already saved on it with the demo's model id is reused, never duplicated, so a second
 * call adds nothing and a partly deleted demo is completed. Reads fresh lists rather than the
 * page's cache, which another window may have changed. A name someone else took gets a number.
 */
export async function ensureDemoModels<R extends DemoRole>(api: Pick<ApiClient, 'request'>, roles: readonly R[]): Promise<DemoSetup<R>> {
  const { provider, created: createdProvider } = await ensureSimulatorProvider(api)
  const saved: Model[] = [...(await api.request('models.list'))]
  const found: Partial<Record<R, Model>> = {}
  const addedIds: string[] = []
  for (const demo of DEMO_MODELS) {
    const role = demo.role as R
    if (!roles.includes(role)) continue
    const existing = findDemoModel(role, saved, [provider])
    if (existing) {
      found[role] = existing
      continue
    }
    const name = freeName(
      demo.name,
      saved.map((model) => model.name),
    )
    const model = await api.request('models.create', demoModelInput(provider.id, demo, name))
    saved.push(model)
    found[role] = model
    addedIds.push(model.id)
  }
  return { provider, models: found as Record<R, Model>, added: addedIds.length, addedIds, createdProvider }
}

export interface OfflineDemoResult extends DemoSetup {
  /** The demo's reference, the model the Models page names. */
  readonly model: Model
  /** False when every demo model already existed: nothing was added. */
  readonly createdModel: boolean
}

/** "Try the Offline demo" in one step: every demo model a run needs (see demo-models.ts). */
export async function tryOfflineDemo(api: Pick<ApiClient, 'request'>): Promise<OfflineDemoResult> {
  const setup = await ensureDemoModels(api, ALL_DEMO_ROLES)
  return { ...setup, model: setup.models.reference, createdModel: setup.added > 0 }
}

/** The Offline demo's provider: the existing one, or a new one. */
export async function ensureSimulatorProvider(api: Pick<ApiClient, 'request'>): Promise<{ readonly provider: Provider; readonly created: boolean }> {
  const providers = await api.request('providers.list')
  const existing = providers.find((candidate) => candidate.preset === 'simulator')
  if (existing) return { provider: existing, created: false }
  const name = freeName(
    OFFLINE_DEMO_PROVIDER.name,
    providers.map((provider) => provider.name),
  )
  return { provider: await api.request('providers.create', { ...OFFLINE_DEMO_PROVIDER, name }), created: true }
}

/** Whether a model uses a simulated provider. */
export function hasSimulatedModel(models: readonly Model[], providers: readonly Provider[]): boolean {
  const simulated = new Set(providers.filter((provider) => provider.preset === 'simulator').map((provider) => provider.id))
  return models.some((model) => simulated.has(model.providerId))
}

/** Whether the page should still offer the demo: until every demo model is saved (a partly deleted demo is completed). */
export function hasOfflineDemo(models: readonly Model[], providers: readonly Provider[]): boolean {
  return hasDemoModels(ALL_DEMO_ROLES, models, providers)
}
