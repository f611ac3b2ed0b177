import type { Model, Provider } from '../../../../shared/contract/index'
import type { ApiClient } from '../api'
import { ensureSimulatorProvider } from './offline-demo'

/*
 * The Offline demo's ICE models (src/main/providers/simulator/README.md, personas): two targets
 * that sometimes claim another vendor's identity (often or rarely), the template rewriter and the
 * judge. Added in one step from the ICE wizard, so a newcomer can try ICE without a key.
 */

export type IceDemoRole = 'leaky' | 'loyal' | 'helper' | 'judge'

/** The simulator's targets say they are "Simulated Model by Distillscope Labs": the built-in fact `simulator`. */
export const SIMULATOR_FACT_ID = 'simulator'

export const ICE_DEMO_MODELS: readonly { readonly role: IceDemoRole; readonly model: string; readonly name: string; readonly identityFactId?: string }[] = [
  { role: 'leaky', model: 'sim-target-leaky', name: 'Demo target, often off-script (simulated)', identityFactId: SIMULATOR_FACT_ID },
  { role: 'loyal', model: 'sim-target-loyal', name: 'Demo target, loyal (simulated)', identityFactId: SIMULATOR_FACT_ID },
  { role: 'helper', model: 'sim-helper', name: 'Demo template rewriter (simulated)' },
  { role: 'judge', model: 'sim-judge', name: 'Demo judge (simulated)' },
]

export interface IceDemoResult {
  readonly provider: Provider
  /** Every demo model by role, whether it was added now or existed already. */
  readonly models: Readonly<Record<IceDemoRole, Model>>
  /** How many were added now (0: all existed). */
  readonly added: number
}

/** Whether every ICE demo model exists on the simulated provider. */
export function hasIceDemoModels(models: readonly Model[], providers: readonly Provider[]): boolean {
  const simulator = providers.find((provider) => provider.preset === 'simulator')
  if (!simulator) return false
  return ICE_DEMO_MODELS.every((demo) => models.some((model) => model.providerId === simulator.id && model.model === demo.model))
}

/**
 * Adds whichever ICE demo models are missing (and the simulated provider if needed); a model the
 * person already added with the same id is reused, never duplicated. Reads fresh lists, since
 * another window may have changed them.
 */
export async function addIceDemoModels(api: Pick<ApiClient, 'request'>): Promise<IceDemoResult> {
  const { provider, created } = await ensureSimulatorProvider(api)
  const existing = created ? [] : await api.request('models.list')
  const found: Partial<Record<IceDemoRole, Model>> = {}
  let added = 0
  for (const demo of ICE_DEMO_MODELS) {
    const model = existing.find((candidate) => candidate.providerId === provider.id && candidate.model === demo.model)
    if (model) found[demo.role] = model
    else {
      found[demo.role] = await api.request('models.create', {
        providerId: provider.id,
        model: demo.model,
        name: demo.name,
        prices: { inputPerMTok: 0, outputPerMTok: 0 },
        // The targets' own identity, so the wizard (and the Models page) know it.
        ...(demo.identityFactId ? { identityFactId: demo.identityFactId } : {}),
      })
      added++
    }
  }
  return { provider, models: found as Record<IceDemoRole, Model>, added }
}
