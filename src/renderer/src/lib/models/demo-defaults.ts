import type { Model, Provider } from '../../../../shared/contract/index'
import { findDemoModel, simulatedProviderIds, type DemoRole } from './demo-models'

/*
 * What the run wizards start with for someone who has only tried the Offline demo: its models in
 * their roles, so both wizards can be finished with the defaults alone. Someone with a model of
 * their own (a real provider) starts from empty choices as before: the demo must not slip into
 * their runs. Pure, so the wizards' forms only spread the result over their empty values.
 */

type Models = readonly Pick<Model, 'id' | 'providerId' | 'model'>[]
type Providers = readonly Pick<Provider, 'id' | 'preset'>[]

/** The built-in general set (30 prompts): the RSE demo's prompts, free on the simulator. */
export const DEMO_PROMPT_SET_ID = 'builtin-general-v1'
/** The run spec's default seed for a set's sample (docs/spec.md). */
const DEFAULT_SET_SEED = 1

export interface RseDemoDefaults {
  readonly referenceId?: string
  readonly studentIds?: readonly string[]
  /** One judge, the demo's standard one: a panel is the person's choice. */
  readonly judgeIds?: readonly string[]
  readonly sets?: Readonly<Record<string, { readonly selected: boolean; readonly sample: ''; readonly seed: number }>>
}

export interface IceDemoDefaults {
  readonly targetId?: string
  readonly helperId?: string
  readonly judgeIds?: readonly string[]
}

/** True when there are models and every one is on a simulated provider. */
export function onlyDemoModels(models: Models, providers: Providers): boolean {
  const simulated = simulatedProviderIds(providers)
  return models.length > 0 && models.every((model) => simulated.has(model.providerId))
}

function firstDemoId(roles: readonly DemoRole[], models: Models, providers: Providers): string | undefined {
  for (const role of roles) {
    const found = findDemoModel(role, models, providers)
    if (found) return found.id
  }
  return undefined
}

/** The RSE wizard's starting choices: the demo's reference, its two students, its standard judge and the general set. */
export function rseDemoDefaults(models: Models, providers: Providers): RseDemoDefaults {
  if (!onlyDemoModels(models, providers)) return {}
  const referenceId = firstDemoId(['reference'], models, providers)
  const studentIds = (['studentClose', 'studentFar'] as const).flatMap((role) => findDemoModel(role, models, providers)?.id ?? [])
  const judgeId = firstDemoId(['judge', 'judgeJson', 'judgeFinal'], models, providers)
  if (referenceId === undefined && studentIds.length === 0 && judgeId === undefined) return {}
  return {
    ...(referenceId === undefined ? {} : { referenceId }),
    ...(studentIds.length === 0 ? {} : { studentIds }),
    ...(judgeId === undefined ? {} : { judgeIds: [judgeId] }),
    sets: { [DEMO_PROMPT_SET_ID]: { selected: true, sample: '', seed: DEFAULT_SET_SEED } },
  }
}

/** The ICE wizard's starting choices: the often off-script target (its fact follows it), the rewriter and the judge. */
export function iceDemoDefaults(models: Models, providers: Providers): IceDemoDefaults {
  if (!onlyDemoModels(models, providers)) return {}
  const targetId = firstDemoId(['leaky', 'loyal'], models, providers)
  const helperId = firstDemoId(['helper'], models, providers)
  const judgeId = firstDemoId(['judge', 'judgeJson', 'judgeFinal'], models, providers)
  return {
    ...(targetId === undefined ? {} : { targetId }),
    ...(helperId === undefined ? {} : { helperId }),
    ...(judgeId === undefined ? {} : { judgeIds: [judgeId] }),
  }
}
