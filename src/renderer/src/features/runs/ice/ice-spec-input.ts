import type { IceSpecInput } from '../../../../../shared/contract/index'
import { MUTATOR_NAMES } from '../../../../../shared/ice/names'
import { parseNumberValue, type NumberValue } from '../../../lib/forms'
import { specSource } from '../../../lib/runs/ice-sources'
import { deriveAliases } from '../aliases'
import { judgeFields } from '../judge-panel'
import { judgeSemanticsOfForm, resolveIce, type IceContext, type IceFormValues } from './ice-form'

/*
 * The run spec (src/shared/contract/ice-spec.ts) the ICE wizard's values make, as typed: pure, so
 * the contract's schema can check it (ice-form-checks.ts) and what it refuses lands next to the
 * wizard's fields. Saved models are referenced as `{modelId}`.
 */

export interface IceSpecDraft {
  readonly spec: IceSpecInput
  /** By saved model id: its name in the spec. */
  readonly aliases: ReadonlyMap<string, string>
}

/** A number field's number; undefined when it is empty or not a number (the form says so itself). */
function numberOf(value: NumberValue): number | undefined {
  const parsed = parseNumberValue(value)
  return parsed.kind === 'number' ? parsed.value : undefined
}

export function toIceSpecInput(values: IceFormValues, context: IceContext): IceSpecDraft {
  const resolved = resolveIce(values, context)
  const byId = new Map(context.models.map((model) => [model.id, model]))
  // The target first, so it keeps the plainest alias; a model in two roles keeps one alias.
  const chosen = [values.targetId, values.helperId, ...values.judgeIds].flatMap((id) => byId.get(id) ?? [])
  const aliases = deriveAliases(chosen)
  // A model not chosen, or no longer saved, has no alias: '' is refused by the contract, and the form says why first.
  const alias = (id: string) => aliases.get(id) ?? ''
  const models: Record<string, { modelId: string }> = {}
  for (const model of chosen) models[alias(model.id)] = { modelId: model.id }
  const name = values.name.trim()
  const allMutators = values.mutators.length === MUTATOR_NAMES.length
  const maxQueries = numberOf(values.maxQueries)
  const budgetUsd = numberOf(values.budgetUsd)
  const seed = numberOf(values.seed)
  const replicates = numberOf(values.replicates)
  const concurrency = numberOf(values.concurrency)
  const spec: IceSpecInput = {
    kind: 'ice',
    ...(name === '' ? {} : { name }),
    models,
    target: alias(values.targetId),
    helper: alias(values.helperId),
    ...judgeFields(values.judgeIds.map(alias)),
    targetFact: resolved.fact.trim(),
    // Not chosen: left out, so the contract refuses it (the form says so first).
    questions: specSource(values.questions) as IceSpecInput['questions'],
    seeds: specSource(values.seeds) as IceSpecInput['seeds'],
    preset: values.preset,
    // Always written, so the spec says which judge the run uses.
    judgeSemantics: judgeSemanticsOfForm(values),
    selection: values.selection,
    // All five is the spec's default: leave it out so the spec reads as the paper's.
    ...(allMutators ? {} : { mutators: MUTATOR_NAMES.filter((mutator) => values.mutators.includes(mutator)) }),
    suspectedVendors: resolved.suspectedVendors.map((vendor) => vendor.trim()),
    // Always sent: the keywords on screen are exactly the ones the run uses.
    hardKeywords: resolved.hardKeywords.map((keyword) => keyword.trim()),
    strict: values.strict,
    ...(maxQueries === undefined ? {} : { budget: { maxQueries } }),
    ...(budgetUsd === undefined ? {} : { budgetUsd }),
    ...(seed === undefined ? {} : { seed }),
    // One replicate is the spec's default: left out, so the spec (and its hash) is the run as always.
    ...(replicates === undefined || replicates === 1 ? {} : { replicates }),
    ...(concurrency === undefined ? {} : { concurrency }),
  }
  return { spec, aliases }
}
