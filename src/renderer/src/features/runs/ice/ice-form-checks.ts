import type { Model } from '../../../../../shared/contract/index'
import { iceSpecSchema } from '../../../../../shared/contract/ice-spec'
import { WHOLE_NUMBER_MESSAGE } from '../../../../../shared/contract/run-spec-fields'
import { formatInteger } from '../../../lib/format'
import { numberEntry, stepChecks } from '../../../lib/forms'
import { FORM_ERROR, schemaErrors } from '../../../lib/schema-errors'
import { specSource } from '../../../lib/runs/ice-sources'
import {
  DEFAULT_ICE_CONCURRENCY,
  DEFAULT_ICE_SEED,
  DEFAULT_MAX_QUERIES,
  ICE_STEPS,
  MISSING_FACT_MESSAGE,
  type IceContext,
  type IceField,
  type IceFieldErrors,
  type IceFormValues,
  type IceStep,
} from './ice-form'
import { toIceSpecInput } from './ice-spec-input'

/*
 * The ICE wizard's checks, step by step, before anything is sent: the contract's ICE spec schema
 * over the spec the values make, its issues (and messages) placed on the wizard's fields, so a
 * bound and its message are written once, in src/shared/contract. The form adds only what the
 * contract cannot know: which models exist, and that a choice or a number is missing or not a number.
 */
const FIELD_STEP: Readonly<Record<IceField, IceStep>> = {
  target: 'target',
  fact: 'target',
  helper: 'models',
  judge: 'models',
  suspectedVendors: 'models',
  hardKeywords: 'models',
  questions: 'inputs',
  seeds: 'inputs',
  preset: 'method',
  judgeSemantics: 'method',
  selection: 'method',
  mutators: 'method',
  maxQueries: 'budget',
  budgetUsd: 'budget',
  seed: 'budget',
  replicates: 'budget',
  concurrency: 'budget',
  name: 'budget',
}

export function stepOfIceField(field: IceField): IceStep {
  return FIELD_STEP[field]
}

/** The form field of each spec field (`budget.maxQueries` is the max queries field). */
const PATH_FIELDS: Readonly<Record<string, IceField>> = {
  target: 'target',
  targetFact: 'fact',
  helper: 'helper',
  judge: 'judge',
  // A panel's problems, and each of its judges', go to the one Judges field.
  judges: 'judge',
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
  replicates: 'replicates',
  concurrency: 'concurrency',
  name: 'name',
}

/** The form field of an issue path, with or without `spec.` before it. */
export function fieldOfIcePath(path: string): IceField | undefined {
  const head = path.replace(/^spec\.?/, '').split('.')[0] ?? ''
  return Object.hasOwn(PATH_FIELDS, head) ? PATH_FIELDS[head] : undefined
}

function modelProblem(id: string, models: readonly Pick<Model, 'id'>[], missing: string): string | undefined {
  if (id === '') return missing
  if (!models.some((model) => model.id === id)) return 'This model no longer exists. Choose another.'
  return undefined
}

/** What only the form knows, by field; the contract's schema fills in the rest. */
function formOnlyErrors(values: IceFormValues, context: IceContext): IceFieldErrors {
  const errors: IceFieldErrors = {}
  const put = (field: IceField, message: string | undefined) => {
    if (message !== undefined) errors[field] = message
  }
  put('target', modelProblem(values.targetId, context.models, 'Choose the target: the model whose identity you test.'))
  put('helper', modelProblem(values.helperId, context.models, 'Choose the helper: the model that rewrites the templates.'))
  if (values.judgeIds.length === 0) put('judge', 'Choose at least one judge: a judge compares each answer with the fact.')
  else if (values.judgeIds.some((id) => !context.models.some((model) => model.id === id))) put('judge', 'One of the chosen judges no longer exists. Remove it.')
  if (specSource(values.questions) === undefined) put('questions', 'Choose the identity questions to ask.')
  if (specSource(values.seeds) === undefined) put('seeds', 'Choose the seed templates to start from.')
  const required = {
    maxQueries: `Enter how many questions the target may be asked (${formatInteger(DEFAULT_MAX_QUERIES)}, as in the paper)`,
    seed: `Enter a seed (${DEFAULT_ICE_SEED} is the usual choice)`,
    replicates: 'Enter how many times to fuzz the target (1 is one run, as in the paper)',
    concurrency: `Enter how many requests may run at once (${DEFAULT_ICE_CONCURRENCY} is a safe choice)`,
  } as const
  for (const field of ['maxQueries', 'seed', 'replicates', 'concurrency'] as const)
    put(field, numberEntry(values[field], { invalid: WHOLE_NUMBER_MESSAGE, required: required[field] }).error)
  put('budgetUsd', numberEntry(values.budgetUsd, { invalid: 'Enter an amount in US dollars, such as 5 or 12.50, or leave it empty' }).error)
  return errors
}

/**
 * Every field's problem, for the whole form: the form's own (above), then the contract's schema
 * over `toIceSpecInput`. Problems that name no field are under FORM_ERROR.
 */
export function validateIce(values: IceFormValues, context: IceContext): Record<string, string> {
  return schemaErrors(iceSpecSchema, toIceSpecInput(values, context).spec, fieldOfIcePath, {
    errors: formOnlyErrors(values, context) as Record<string, string>,
    // An empty fact: the contract's message, plus the wizard's own way out (a fact from the library).
    messages: { fact: (issue) => (issue.code === 'too_small' ? MISSING_FACT_MESSAGE : issue.message) },
  })
}

const checks = stepChecks<IceStep, IceField, IceFormValues, IceContext>({
  steps: ICE_STEPS,
  stepOf: (field) => (field !== FORM_ERROR && Object.hasOwn(FIELD_STEP, field) ? stepOfIceField(field as IceField) : undefined),
  validate: validateIce,
})

/** The checks of one step, for Next: the whole form is validated, the step's fields are reported. */
export const checkIceStep: (step: IceStep, values: IceFormValues, context: IceContext) => IceFieldErrors = checks.checkStep

/** The first step, in order, whose checks fail; undefined when every step is fine. */
export const firstInvalidIceStep: (values: IceFormValues, context: IceContext) => { step: IceStep; errors: IceFieldErrors } | undefined =
  checks.firstInvalidStep
