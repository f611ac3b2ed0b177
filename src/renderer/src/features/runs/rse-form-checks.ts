import type { PromptSet } from '../../../../shared/contract/index'
import { JUDGE_PROMPT_MAX_CHARS, MAX_POSITION_CHECK, MAX_SAMPLE, rseSpecSchema } from '../../../../shared/contract/run-spec'
import { WHOLE_NUMBER_MESSAGE } from '../../../../shared/contract/run-spec-fields'
import { formatInteger } from '../../lib/format'
import { numberEntry, stepChecks } from '../../lib/forms'
import { FORM_ERROR, schemaErrors, type IssueMessage } from '../../lib/schema-errors'
import {
  DEFAULT_CONCURRENCY,
  DEFAULT_SEED,
  DEFAULT_STUDENT_SAMPLES,
  WIZARD_STEPS,
  promptCount,
  selectedSets,
  setChoice,
  type RseContext,
  type RseField,
  type RseFieldErrors,
  type RseFormValues,
  type WizardStep,
} from './rse-form'
import { toRseSpecInput } from './rse-spec-input'

/*
 * The RSE wizard's checks: the contract's run spec schema over the spec the values make, its issues
 * (and messages) placed on the wizard's fields, so a bound and its message are written once, in
 * src/shared/contract. The form adds only what the contract cannot know: which models exist, that a
 * choice or a number is missing or not a number, how many prompts a set has, and (as the server
 * does before a run) that a judge prompt keeps its placeholders.
 */

/** Where the question and the two answers go in a judge prompt. */
export const JUDGE_PLACEHOLDERS = ['{question}', '{reference}', '{candidate}'] as const

const GONE = 'This model no longer exists. Choose another.'
const SAMPLE_NOT_A_NUMBER = `${WHOLE_NUMBER_MESSAGE}, or leave it empty for all the prompts`
const SEED_REQUIRED = `Enter a seed (${DEFAULT_SEED} is the usual choice)`
const STUDENT_SAMPLES_REQUIRED = `Enter how many answers each student gives to each prompt (${DEFAULT_STUDENT_SAMPLES} unless you want to see how much a student varies)`
/** 0 turns the check off, which the contract (1 and up, or absent) cannot say. */
const POSITION_CHECK_RANGE = `Enter a number of items from 0 (no check) to ${formatInteger(MAX_POSITION_CHECK)}`

/** The sample's bounds for this set: its own size, and the contract's most per set. */
function sampleRangeMessage(set: Pick<PromptSet, 'itemCount'>): string {
  const count = formatInteger(set.itemCount)
  const why = set.itemCount <= MAX_SAMPLE ? `the set has ${count} prompts` : `a run draws at most ${formatInteger(MAX_SAMPLE)} prompts from one set`
  return `Enter a number from 1 to ${formatInteger(Math.min(set.itemCount, MAX_SAMPLE))} (${why}), or leave it empty for all of them`
}

/** A custom judge prompt's problems the contract does not check (its length it does). */
export function judgePromptProblems(template: string): string[] {
  if (template.trim() === '') return ['Write the prompt, or untick “Use my own judge prompt” to use the default.']
  if (template.length > JUDGE_PROMPT_MAX_CHARS) return []
  const missing = JUDGE_PLACEHOLDERS.filter((placeholder) => !template.includes(placeholder))
  return missing.length === 0 ? [] : [`Keep ${missing.join(', ')}: that is where the judge sees the question and the two answers.`]
}

/** What only the form knows, by field; the contract's schema fills in the rest. */
function formOnlyErrors(values: RseFormValues, context: RseContext, sets: readonly PromptSet[]): RseFieldErrors {
  const errors: RseFieldErrors = {}
  const exists = (id: string) => context.models.some((model) => model.id === id)
  if (values.referenceId === '') errors.reference = 'Choose the reference model: the one the students may have learned from.'
  else if (!exists(values.referenceId)) errors.reference = GONE
  if (values.studentIds.some((id) => !exists(id))) errors.students = 'One of the chosen students no longer exists. Untick it.'
  if (values.judgeIds.length === 0) errors.judge = 'Choose at least one judge: a judge rates how alike two answers are.'
  else if (values.judgeIds.some((id) => !exists(id))) errors.judge = 'One of the chosen judges no longer exists. Remove it.'
  for (const set of sets) {
    const choice = setChoice(values, set)
    const sample = numberEntry(choice.sample, { invalid: SAMPLE_NOT_A_NUMBER })
    if (sample.error !== undefined) errors[`sample:${set.id}`] = sample.error
    else if (sample.value !== undefined && sample.value > set.itemCount) errors[`sample:${set.id}`] = sampleRangeMessage(set)
    const seed = numberEntry(choice.seed, { invalid: WHOLE_NUMBER_MESSAGE, required: SEED_REQUIRED })
    if (seed.error !== undefined) errors[`seed:${set.id}`] = seed.error
  }
  const concurrency = numberEntry(values.concurrency, {
    invalid: WHOLE_NUMBER_MESSAGE,
    required: `Enter how many requests may run at once (${DEFAULT_CONCURRENCY} is a safe choice)`,
  })
  if (concurrency.error !== undefined) errors.concurrency = concurrency.error
  const budget = numberEntry(values.budgetUsd, { invalid: 'Enter an amount in US dollars, such as 5 or 12.50, or leave it empty' })
  if (budget.error !== undefined) errors.budgetUsd = budget.error
  const seed = numberEntry(values.seed, { invalid: WHOLE_NUMBER_MESSAGE, required: SEED_REQUIRED })
  if (seed.error !== undefined) errors.seed = seed.error
  if (values.customJudgePrompt) {
    const problems = judgePromptProblems(values.judgePrompt)
    if (problems.length > 0) errors.judgePrompt = problems.join(' ')
  }
  const samples = numberEntry(values.studentSamples, { invalid: WHOLE_NUMBER_MESSAGE, required: STUDENT_SAMPLES_REQUIRED })
  if (samples.error !== undefined) errors.studentSamples = samples.error
  const positionError = positionCheckError(values, context)
  if (positionError !== undefined) errors.positionCheck = positionError
  return errors
}

/**
 * The position check's own problems: not a number, or more items than the run judges (one per
 * student and prompt), which only the form can count. Empty is off, like 0.
 */
function positionCheckError(values: RseFormValues, context: RseContext): string | undefined {
  const entry = numberEntry(values.positionCheck, { invalid: `${WHOLE_NUMBER_MESSAGE}, or 0 for no check` })
  if (entry.error !== undefined) return entry.error
  const pairs = values.studentIds.length * promptCount(values, context.promptSets)
  if (entry.value === undefined || pairs === 0 || entry.value <= pairs || entry.value > MAX_POSITION_CHECK) return undefined
  return `The run judges ${formatInteger(pairs)} (student, prompt) pairs: check at most that many, or 0 for no check`
}

/**
 * Every field's problem, for the whole form: the form's own (above), then the contract's schema
 * over `toRseSpecInput`. Problems that name no field are under FORM_ERROR.
 */
export function validateRse(values: RseFormValues, context: RseContext): Record<string, string> {
  const sets = selectedSets(values, context.promptSets)
  // A sample outside the set: the set's own bounds, which the contract cannot know.
  const messages: Partial<Record<RseField, IssueMessage>> = {}
  for (const set of sets)
    messages[`sample:${set.id}`] = (issue) => (issue.code === 'too_small' || issue.code === 'too_big' ? sampleRangeMessage(set) : SAMPLE_NOT_A_NUMBER)
  messages.positionCheck = (issue) => (issue.code === 'too_small' || issue.code === 'too_big' ? POSITION_CHECK_RANGE : issue.message)
  const errors = formOnlyErrors(values, context, sets) as Record<string, string>
  return schemaErrors(rseSpecSchema, toRseSpecInput(values, context).spec, (path) => fieldOfSpecPath(path, sets), { errors, messages })
}

const checks = stepChecks<WizardStep, RseField, RseFormValues, RseContext>({
  steps: WIZARD_STEPS,
  stepOf: (field) => (field === FORM_ERROR ? undefined : stepOfField(field as RseField)),
  validate: validateRse,
})

/** The checks of one step, for Next: the whole form is validated, the step's fields are reported. */
export const checkStep: (step: WizardStep, values: RseFormValues, context: RseContext) => RseFieldErrors = checks.checkStep

/** The first step, in order, whose checks fail; undefined when every step is fine. */
export const firstInvalidStep: (values: RseFormValues, context: RseContext) => { step: WizardStep; errors: RseFieldErrors } | undefined =
  checks.firstInvalidStep

export function stepOfField(field: RseField): WizardStep {
  if (field === 'reference' || field === 'students' || field === 'judge') return field
  if (field === 'sets' || field.startsWith('sample:') || field.startsWith('seed:')) return 'sets'
  return 'options'
}

/** The wizard's field of a spec path (`promptSets.0.sample` is the first chosen set's sample). */
export function fieldOfSpecPath(path: string, sets: readonly Pick<PromptSet, 'id'>[]): RseField | undefined {
  const [head, index, leaf] = path.split('.')
  if (head === 'reference' || head === 'students' || head === 'judge') return head
  // A panel's problems, and each of its judges', go to the one Judges field.
  if (head === 'judges') return 'judge'
  if (head === 'promptSets') {
    const set = index === undefined ? undefined : sets[Number(index)]
    if (set && (leaf === 'sample' || leaf === 'seed')) return `${leaf}:${set.id}`
    return 'sets'
  }
  if (head === 'name' || head === 'concurrency' || head === 'budgetUsd' || head === 'seed' || head === 'judgePrompt') return head
  if (head === 'calibration' || head === 'studentSamples' || head === 'positionCheck') return head
  return undefined
}
