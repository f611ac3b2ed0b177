import type { Model, Provider } from '../../../../shared/contract/index'
import type { ApiClient } from '../api'
import { demoModel, hasDemoModels, type DemoModel } from './demo-models'
import { ensureDemoModels } from './offline-demo'

export { SIMULATOR_FACT_ID } from './demo-models'

/*
 * The Offline demo's ICE models (src/main/providers/simulator/README.md, personas): two targets
 * that sometimes claim another vendor's identity (often or rarely), the template rewriter and the
 * judge. Added in one step from the ICE wizard, so a newcomer can try ICE without a key.
 */

export type IceDemoRole = 'leaky' | 'loyal' | 'helper' | 'judge'

const ICE_ROLES: readonly IceDemoRole[] = ['leaky', 'loyal', 'helper', 'judge']

export const ICE_DEMO_MODELS: readonly DemoModel[] = ICE_ROLES.map(demoModel)

export interface IceDemoResult {
  readonly provider: Provider
  /** Every demo model by role, whether it was added now or existed already. */
  readonly models: Readonly<Record<IceDemoRole, Model>>
  /** How many were added now (0: all existed). */
  readonly added: number
  /** The ids of the models added now. */
  readonly addedIds: readonly string[]
  /** Whether the simulated provider was added now too. */
  readonly createdProvider: boolean
}

/** Whether every ICE demo model exists on the simulated provider. */
export function hasIceDemoModels(models: readonly Model[], providers: readonly Provider[]): boolean {
  return hasDemoModels(ICE_ROLES, models, providers)
}

/** Adds whichever ICE demo models are missing (and the simulated provider if needed); see ensureDemoModels. */
export function addIceDemoModels(api: Pick<ApiClient, 'request'>): Promise<IceDemoResult> {
  return ensureDemoModels(api, ICE_ROLES)
}
