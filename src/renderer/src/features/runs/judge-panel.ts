import type { Model } from '../../../../shared/contract/index'
import { MAX_JUDGES } from '../../../../shared/contract/run-spec-fields'
import { vendorFamily } from '../../../../shared/providers/families'
import type { RoleModel } from '../../../../shared/providers/judge-affinity'

/*
 * What both wizards show about a judge panel, without React: the chosen models as the affinity rule
 * takes them (judge-affinity.ts), and the rows of the families table (role, model, vendor family).
 */

/** The saved models of `ids`, named as the wizard shows them; ids no longer saved are left out. */
export function roleModels(models: readonly Model[], ids: readonly string[]): RoleModel[] {
  return ids.flatMap((id) => models.find((model) => model.id === id) ?? []).map((model) => ({ alias: model.name, model: model.model }))
}

export interface FamilyRow {
  readonly role: string
  readonly name: string
  readonly model: string
  /** The vendor family the model id names, or 'unknown'. */
  readonly family: string
}

/** One row per chosen model and role, in the order given; "Judge 1", "Judge 2"... for a panel, "Judge" for one. */
export function familyRows(models: readonly Model[], roles: readonly { readonly role: string; readonly ids: readonly string[] }[]): FamilyRow[] {
  return roles.flatMap(({ role, ids }) => {
    const chosen = ids.flatMap((id) => models.find((model) => model.id === id) ?? [])
    return chosen.map((model, index) => ({
      role: role === 'Judge' && chosen.length > 1 ? `Judge ${index + 1}` : role,
      name: model.name,
      model: model.model,
      family: vendorFamily(model.model) ?? 'unknown',
    }))
  })
}

/** A panel's new choice: in the order ticked (the first is the lead judge), at most MAX_JUDGES. */
export function withJudgeChoice(current: readonly string[], ticked: readonly string[]): string[] {
  const kept = current.filter((id) => ticked.includes(id))
  const added = ticked.filter((id) => !current.includes(id))
  return [...kept, ...added].slice(0, MAX_JUDGES)
}

/**
 * One judge is written `"judge": alias`, as every spec before panels was, so a run of one judge keeps
 * its spec and hash; several are `"judges": [...]`. None is `"judge": ""`, which the contract
 * refuses (the form says why first).
 */
export function judgeFields(aliases: readonly string[]): { readonly judge: string } | { readonly judges: string[] } {
  return aliases.length > 1 ? { judges: [...aliases] } : { judge: aliases[0] ?? '' }
}
