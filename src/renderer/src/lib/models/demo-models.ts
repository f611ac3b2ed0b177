import type { Model, Provider } from '../../../../shared/contract/index'

/*
 * The Offline demo's models: every role a run needs, each a persona of the simulated provider
 * (src/main/providers/simulator/README.md). With all of them saved, both wizards can be finished
 * with their defaults. A demo model is known by its provider (the simulated one) and its model id,
 * never by its display name, which the person may change.
 */

export type DemoRole = 'reference' | 'studentClose' | 'studentFar' | 'judge' | 'judgeJson' | 'judgeFinal' | 'leaky' | 'loyal' | 'helper'

export interface DemoModel {
  readonly role: DemoRole
  readonly model: string
  readonly name: string
  /** The targets' own identity: the built-in fact `simulator` ("Simulated Model by Distillscope Labs"). */
  readonly identityFactId?: string
}

/** The simulator's targets say they are "Simulated Model by Distillscope Labs": the built-in fact `simulator`. */
export const SIMULATOR_FACT_ID = 'simulator'

export const DEMO_MODELS: readonly DemoModel[] = [
  { role: 'reference', model: 'sim-reference', name: 'Offline demo reference (simulated)' },
  // Two students of different similarity: one keeps about 85% of the reference's answer, one 30%.
  { role: 'studentClose', model: 'sim-student-close', name: 'Demo student, close copy (simulated)' },
  { role: 'studentFar', model: 'sim-student-far', name: 'Demo student, loose copy (simulated)' },
  // Three judges, for panels: the same ratings, verdicts written three ways real judges write them.
  { role: 'judge', model: 'sim-judge', name: 'Demo judge (simulated)' },
  { role: 'judgeJson', model: 'sim-judge-json', name: 'Demo judge B, JSON verdicts (simulated)' },
  { role: 'judgeFinal', model: 'sim-judge-final-answer', name: 'Demo judge C, verdict on its last line (simulated)' },
  { role: 'leaky', model: 'sim-target-leaky', name: 'Demo target, often off-script (simulated)', identityFactId: SIMULATOR_FACT_ID },
  { role: 'loyal', model: 'sim-target-loyal', name: 'Demo target, loyal (simulated)', identityFactId: SIMULATOR_FACT_ID },
  { role: 'helper', model: 'sim-helper', name: 'Demo template rewriter (simulated)' },
]

export function demoModel(role: DemoRole): DemoModel {
  return DEMO_MODELS.find((demo) => demo.role === role)!
}

/** Providers of the Offline demo (normally one). */
export function simulatedProviderIds(providers: readonly Pick<Provider, 'id' | 'preset'>[]): ReadonlySet<string> {
  return new Set(providers.filter((provider) => provider.preset === 'simulator').map((provider) => provider.id))
}

/** The saved model playing `role`, if any: the demo's model id on a simulated provider. */
export function findDemoModel<M extends Pick<Model, 'providerId' | 'model'>>(
  role: DemoRole,
  models: readonly M[],
  providers: readonly Pick<Provider, 'id' | 'preset'>[],
): M | undefined {
  const simulated = simulatedProviderIds(providers)
  const wanted = demoModel(role).model
  return models.find((model) => simulated.has(model.providerId) && model.model === wanted)
}

/** Whether every demo model in `roles` is saved. */
export function hasDemoModels(
  roles: readonly DemoRole[],
  models: readonly Pick<Model, 'providerId' | 'model'>[],
  providers: readonly Pick<Provider, 'id' | 'preset'>[],
): boolean {
  return roles.every((role) => findDemoModel(role, models, providers) !== undefined)
}

/** `name`, or `name 2`, `name 3`... when another item already has it (names are unique, trimmed, any case). */
export function freeName(name: string, taken: readonly string[]): string {
  const used = new Set(taken.map((candidate) => candidate.trim().toLowerCase()))
  let candidate = name
  for (let n = 2; used.has(candidate.trim().toLowerCase()); n++) candidate = `${name} ${n}`
  return candidate
}
