import type { IceSpecInput } from '../../../../../shared/contract/index'
import { MUTATOR_NAMES } from '../../../../../shared/ice/names'
import { ApiError, userMessage } from '../../../lib/api'
import { parseNumberValue, type NumberValue } from '../../../lib/forms'
import { specSource } from '../../../lib/runs/ice-sources'
import { deriveAliases } from '../aliases'
import {
  DEFAULT_ICE_CONCURRENCY,
  DEFAULT_ICE_SEED,
  DEFAULT_MAX_QUERIES,
  type IceContext,
  type IceField,
  type IceFieldErrors,
  type IceFormValues,
  type IceStep,
  resolveIce,
  judgeSemanticsOfForm,
} from './ice-form'
import { firstInvalidIceStep, stepOfIceField } from './ice-form-checks'

/* The run spec the ICE wizard's values make, and the server's answers to it mapped back onto fields. */
export type BuildIceSpecResult =
  | { readonly ok: true; readonly spec: IceSpecInput; readonly aliases: ReadonlyMap<string, string> }
  | { readonly ok: false; readonly step: IceStep; readonly errors: IceFieldErrors }

function numberOr(value: NumberValue, fallback: number): number {
  const parsed = parseNumberValue(value)
  return parsed.kind === 'number' ? parsed.value : fallback
}

export function buildIceSpec(values: IceFormValues, context: IceContext): BuildIceSpecResult {
  const invalid = firstInvalidIceStep(values, context)
  if (invalid) return { ok: false, ...invalid }
  const resolved = resolveIce(values, context)
  const byId = new Map(context.models.map((model) => [model.id, model]))
  // The target first, so it keeps the plainest alias; a model in two roles keeps one alias.
  const ordered = [values.targetId, values.helperId, values.judgeId].map((id) => byId.get(id)!)
  const aliases = deriveAliases(ordered)
  const alias = (id: string) => aliases.get(id)!
  const specModels: Record<string, { modelId: string }> = {}
  for (const model of ordered) specModels[alias(model.id)] = { modelId: model.id }
  const budget = parseNumberValue(values.budgetUsd)
  const name = values.name.trim()
  const allMutators = values.mutators.length === MUTATOR_NAMES.length
  const spec: IceSpecInput = {
    kind: 'ice',
    ...(name === '' ? {} : { name }),
    models: specModels,
    target: alias(values.targetId),
    helper: alias(values.helperId),
    judge: alias(values.judgeId),
    targetFact: resolved.fact.trim(),
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
    budget: { maxQueries: numberOr(values.maxQueries, DEFAULT_MAX_QUERIES) },
    ...(budget.kind === 'number' ? { budgetUsd: budget.value } : {}),
    seed: numberOr(values.seed, DEFAULT_ICE_SEED),
    concurrency: numberOr(values.concurrency, DEFAULT_ICE_CONCURRENCY),
  }
  return { ok: true, spec, aliases }
}

// ---------------------------------------------------------------------------------------------
// Warnings about roles

export function iceRoleWarnings(values: Pick<IceFormValues, 'targetId' | 'helperId' | 'judgeId'>): string[] {
  const warnings: string[] = []
  if (values.judgeId !== '' && values.judgeId === values.targetId) {
    warnings.push(
      'The judge is the target itself: it would decide whether its own answers contradict its identity. Choose another model as the judge if you can.',
    )
  }
  if (values.helperId !== '' && values.helperId === values.targetId) {
    warnings.push('The helper is the target itself: it would write the templates meant to catch it out. This works, but the paper used a separate helper.')
  }
  return warnings
}

// ---------------------------------------------------------------------------------------------
// Errors from the backend

const PATH_FIELDS: Readonly<Record<string, IceField>> = {
  target: 'target',
  targetFact: 'fact',
  helper: 'helper',
  judge: 'judge',
  suspectedVendors: 'suspectedVendors',
  hardKeywords: 'hardKeywords',
  questions: 'questions',
  seeds: 'seeds',
  preset: 'preset',
  judgeSemantics: 'judgeSemantics',
  selection: 'selection',
  mutators: 'mutators',
  energy: 'mutators',
  budget: 'maxQueries',
  budgetUsd: 'budgetUsd',
  seed: 'seed',
  concurrency: 'concurrency',
  name: 'name',
}

/** The form field of an issue path under `spec.` (`budget.maxQueries` is the max queries field). */
export function fieldOfIcePath(path: string): IceField | undefined {
  const head = path.replace(/^spec\.?/, '').split('.')[0] ?? ''
  return Object.hasOwn(PATH_FIELDS, head) ? PATH_FIELDS[head] : undefined
}

export const CHECK_ICE_CHOICES = 'Some choices need attention. See the messages next to them.'

/** Issues of `runs.estimate` / `runs.start` next to their fields; the rest in the alert. */
export function iceSpecErrorsFrom(error: unknown): { readonly fields: IceFieldErrors; readonly general: string; readonly step?: IceStep } {
  if (!(error instanceof ApiError) || error.issues.length === 0) return { fields: {}, general: userMessage(error) }
  const fields: IceFieldErrors = {}
  const unplaced: string[] = []
  for (const issue of error.issues) {
    const field = fieldOfIcePath(issue.path)
    if (field === undefined) {
      if (!unplaced.includes(issue.message)) unplaced.push(issue.message)
    } else fields[field] ??= issue.message
  }
  const first = (Object.keys(fields) as IceField[])[0]
  return { fields, general: unplaced.length > 0 ? unplaced.join(' ') : CHECK_ICE_CHOICES, ...(first === undefined ? {} : { step: stepOfIceField(first) }) }
}
