import type { RseSpecInput } from '../../../../shared/contract/index'
import { parseNumberValue, type NumberValue } from '../../lib/forms'
import { deriveAliases } from './aliases'
import { judgeFields } from './judge-panel'
import { DEFAULT_STUDENT_SAMPLES, selectedSets, setChoice, setColumnNames, type RseContext, type RseFormValues } from './rse-form'

/*
 * The run spec (docs/spec.md) the RSE wizard's values make, as typed: pure, so the contract's
 * schema can check it (rse-form-checks.ts) and what it refuses lands next to the wizard's fields.
 * Saved models are referenced as `{modelId}`, saved prompt sets as `{setId}`.
 */

export interface RseSpecDraft {
  readonly spec: RseSpecInput
  /** By saved model id: its name in the spec. */
  readonly aliases: ReadonlyMap<string, string>
  /** By prompt set id: its results column. */
  readonly columns: ReadonlyMap<string, string>
}

/** A number field's number; undefined when it is empty or not a number (the form says so itself). */
function numberOf(value: NumberValue): number | undefined {
  const parsed = parseNumberValue(value)
  return parsed.kind === 'number' ? parsed.value : undefined
}

export function toRseSpecInput(values: RseFormValues, context: RseContext): RseSpecDraft {
  const byId = new Map(context.models.map((model) => [model.id, model]))
  // Reference first, then students, then the judges: the reference keeps the plainest alias.
  const chosen = [values.referenceId, ...values.studentIds, ...values.judgeIds].flatMap((id) => byId.get(id) ?? [])
  const aliases = deriveAliases(chosen)
  // A model not chosen, or no longer saved, has no alias: '' is refused by the contract, and the form says why first.
  const alias = (id: string) => aliases.get(id) ?? ''
  const models: Record<string, { modelId: string }> = {}
  for (const model of chosen) models[alias(model.id)] = { modelId: model.id }
  const sets = selectedSets(values, context.promptSets)
  const columns = setColumnNames(sets)
  const name = values.name.trim()
  const concurrency = numberOf(values.concurrency)
  const budgetUsd = numberOf(values.budgetUsd)
  const seed = numberOf(values.seed)
  const studentSamples = numberOf(values.studentSamples)
  const positionCheck = numberOf(values.positionCheck)
  const spec: RseSpecInput = {
    kind: 'rse',
    ...(name === '' ? {} : { name }),
    models,
    reference: alias(values.referenceId),
    students: values.studentIds.map(alias),
    ...judgeFields(values.judgeIds.map(alias)),
    promptSets: sets.map((set) => {
      const choice = setChoice(values, set)
      const sample = numberOf(choice.sample)
      const setSeed = numberOf(choice.seed)
      return {
        name: columns.get(set.id)!,
        setId: set.id,
        // A sample of the whole set is the whole set, in stored order.
        ...(sample !== undefined && sample < set.itemCount ? { sample } : {}),
        ...(setSeed === undefined ? {} : { seed: setSeed }),
      }
    }),
    ...(concurrency === undefined ? {} : { concurrency }),
    ...(values.customJudgePrompt ? { judgePrompt: values.judgePrompt } : {}),
    ...(values.rubric === 'as-published' ? { rubric: values.rubric } : {}),
    ...(budgetUsd === undefined ? {} : { budgetUsd }),
    ...(seed === undefined ? {} : { seed }),
    // Issue 16: present only when asked for, so a spec without them keeps its hash.
    ...(values.calibration ? { calibration: true } : {}),
    ...(studentSamples === undefined || studentSamples === DEFAULT_STUDENT_SAMPLES ? {} : { studentSamples }),
    ...(positionCheck === undefined || positionCheck === 0 ? {} : { positionCheck }),
  }
  return { spec, aliases, columns }
}
