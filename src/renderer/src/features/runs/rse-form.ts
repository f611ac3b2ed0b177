import type { Model, PromptSet, RseSpecInput } from '../../../../shared/contract/index'
import { vendorFamily } from '../../../../shared/providers/families'
import { ApiError, userMessage } from '../../lib/api'
import { formatInteger } from '../../lib/format'
import { MAX_SEED, NOT_A_NUMBER, parseNumberValue, wholeNumber, type NumberValue } from '../../lib/forms'
import { deriveAliases } from './aliases'

/*
 * The RSE wizard's form, without React: its values, the checks of each step, and the run spec it
 * builds (docs/spec.md). Saved models are referenced as `{modelId}`, saved prompt sets as `{setId}`.
 */

export const WIZARD_STEPS = ['reference', 'students', 'judge', 'sets', 'options', 'estimate'] as const
export type WizardStep = (typeof WIZARD_STEPS)[number]

export const STEP_TITLES: Readonly<Record<WizardStep, string>> = {
  reference: 'Reference model',
  students: 'Students',
  judge: 'Judge',
  sets: 'Prompt sets',
  options: 'Options',
  estimate: 'Estimate and start',
}

/** The run spec's defaults (docs/spec.md). */
export const DEFAULT_CONCURRENCY = 8
export const DEFAULT_SEED = 1
/** A set larger than this is sampled by default, as the paper sampled 1,000 of NuminaMath and ShareGPT. */
export const DEFAULT_SAMPLE_LIMIT = 1000
/** Announced (role="alert") when a step has problems; the messages themselves are next to the fields. */
export const CHECK_CHOICES_MESSAGE = 'Some choices need attention. See the messages next to them.'
/** Where the question and the two answers go in a judge prompt. */
export const JUDGE_PLACEHOLDERS = ['{question}', '{reference}', '{candidate}'] as const

export interface SetChoice {
  readonly selected: boolean
  /** Empty: every prompt of the set. */
  readonly sample: NumberValue
  readonly seed: NumberValue
}

export interface RseFormValues {
  readonly referenceId: string
  readonly studentIds: readonly string[]
  readonly judgeId: string
  /** By prompt set id; a set without an entry is not selected and has its default sample. */
  readonly sets: Readonly<Record<string, SetChoice>>
  readonly name: string
  readonly concurrency: NumberValue
  readonly budgetUsd: NumberValue
  readonly seed: NumberValue
  readonly customJudgePrompt: boolean
  readonly judgePrompt: string
  /** The judge's rubric (issue 15 item 4). */
  readonly rubric: 'distillscope' | 'as-published'
}

/** Fields of the form: `sample:<setId>` and `seed:<setId>` for a set's own numbers. */
export type RseField =
  'reference' | 'students' | 'judge' | 'sets' | `sample:${string}` | `seed:${string}` | 'name' | 'concurrency' | 'budgetUsd' | 'seed' | 'judgePrompt'

export type RseFieldErrors = Partial<Record<RseField, string>>

export interface RseContext {
  readonly models: readonly Model[]
  readonly promptSets: readonly PromptSet[]
}

export function emptyRseForm(): RseFormValues {
  return {
    referenceId: '',
    studentIds: [],
    judgeId: '',
    sets: {},
    name: '',
    concurrency: DEFAULT_CONCURRENCY,
    budgetUsd: '',
    seed: DEFAULT_SEED,
    customJudgePrompt: false,
    judgePrompt: '',
    rubric: 'distillscope',
  }
}

/** All prompts of a set of ordinary size (the built-ins have 30); a large one is sampled. */
export function defaultSetChoice(set: Pick<PromptSet, 'itemCount'>): SetChoice {
  return { selected: false, sample: set.itemCount > DEFAULT_SAMPLE_LIMIT ? DEFAULT_SAMPLE_LIMIT : '', seed: DEFAULT_SEED }
}

export function setChoice(values: RseFormValues, set: Pick<PromptSet, 'id' | 'itemCount'>): SetChoice {
  return values.sets[set.id] ?? defaultSetChoice(set)
}

/** The sets ticked, in the order of the list (which is the order of the results' columns). */
export function selectedSets(values: RseFormValues, promptSets: readonly PromptSet[]): readonly PromptSet[] {
  return promptSets.filter((set) => values.sets[set.id]?.selected === true)
}

/** A new reference is never also a student. */
export function withReference(values: RseFormValues, referenceId: string): RseFormValues {
  return { ...values, referenceId, studentIds: values.studentIds.filter((id) => id !== referenceId) }
}

export function withSetChoice(values: RseFormValues, set: Pick<PromptSet, 'id' | 'itemCount'>, change: Partial<SetChoice>): RseFormValues {
  return { ...values, sets: { ...values.sets, [set.id]: { ...setChoice(values, set), ...change } } }
}

/**
 * A results column's name for a set: its name without a trailing "(…)" note, e.g. "General
 * reasoning (Distillscope demo set)" becomes "General reasoning"; made unique with " 2", " 3".
 */
export function setColumnNames(sets: readonly Pick<PromptSet, 'id' | 'name'>[]): ReadonlyMap<string, string> {
  const names = new Map<string, string>()
  const taken = new Set<string>()
  for (const set of sets) {
    const short = set.name.replace(/\s*\([^()]*\)\s*$/, '').trim()
    const base = (short === '' ? set.name.trim() : short).slice(0, 76).trim() || 'Prompts'
    let name = base
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base} ${n}`
    taken.add(name.toLowerCase())
    names.set(set.id, name)
  }
  return names
}

// ---------------------------------------------------------------------------------------------
// Checks, step by step

export function checkStep(step: WizardStep, values: RseFormValues, context: RseContext): RseFieldErrors {
  const errors: RseFieldErrors = {}
  const exists = (id: string) => context.models.some((model) => model.id === id)
  switch (step) {
    case 'reference':
      if (values.referenceId === '') errors.reference = 'Choose the reference model: the one the students may have learned from.'
      else if (!exists(values.referenceId)) errors.reference = 'This model no longer exists. Choose another.'
      break
    case 'students':
      if (values.studentIds.length === 0) errors.students = 'Choose at least one student model.'
      else if (values.studentIds.some((id) => !exists(id))) errors.students = 'One of the chosen students no longer exists. Untick it.'
      else if (values.studentIds.includes(values.referenceId)) errors.students = 'The reference cannot also be a student (it scores 5 by definition).'
      else if (values.studentIds.length > 50) errors.students = 'A run compares at most 50 students.'
      break
    case 'judge':
      if (values.judgeId === '') errors.judge = 'Choose the judge model: it rates how alike two answers are.'
      else if (!exists(values.judgeId)) errors.judge = 'This model no longer exists. Choose another.'
      break
    case 'sets': {
      const chosen = selectedSets(values, context.promptSets)
      if (chosen.length === 0) errors.sets = 'Choose at least one prompt set.'
      else if (chosen.length > 20) errors.sets = 'A run uses at most 20 prompt sets.'
      for (const set of chosen) {
        const choice = setChoice(values, set)
        const sample = wholeNumber(choice.sample, { min: 1, max: set.itemCount })
        const count = formatInteger(set.itemCount)
        if (sample === NOT_A_NUMBER) errors[`sample:${set.id}`] = 'Enter a whole number, or leave it empty for all the prompts'
        else if (typeof sample === 'string' && sample !== 'empty')
          errors[`sample:${set.id}`] = `Enter a number from 1 to ${count} (the set has ${count} prompts), or leave it empty for all of them`
        const seed = wholeNumber(choice.seed, { min: 0, max: MAX_SEED })
        if (seed === 'empty') errors[`seed:${set.id}`] = `Enter a seed (${DEFAULT_SEED} is the usual choice)`
        else if (typeof seed === 'string') errors[`seed:${set.id}`] = seed
      }
      break
    }
    case 'options': {
      if (values.name.trim().length > 120) errors.name = 'Keep the name to 120 characters.'
      const concurrency = wholeNumber(values.concurrency, { min: 1, max: 256 })
      if (concurrency === 'empty') errors.concurrency = `Enter how many requests may run at once (${DEFAULT_CONCURRENCY} is a safe choice)`
      else if (typeof concurrency === 'string') errors.concurrency = concurrency
      const budget = parseNumberValue(values.budgetUsd)
      if (budget.kind === 'invalid') errors.budgetUsd = 'Enter an amount in US dollars, such as 5 or 12.50, or leave it empty'
      else if (budget.kind === 'number' && (budget.value <= 0 || budget.value > 1_000_000))
        errors.budgetUsd = 'Enter an amount above $0 and at most $1,000,000, or leave it empty'
      const seed = wholeNumber(values.seed, { min: 0, max: MAX_SEED })
      if (seed === 'empty') errors.seed = `Enter a seed (${DEFAULT_SEED} is the usual choice)`
      else if (typeof seed === 'string') errors.seed = seed
      if (values.customJudgePrompt) {
        const problems = judgePromptProblems(values.judgePrompt)
        if (problems.length > 0) errors.judgePrompt = problems.join(' ')
      }
      break
    }
    case 'estimate':
      break
  }
  return errors
}

export function judgePromptProblems(template: string): string[] {
  if (template.trim() === '') return ['Write the prompt, or untick “Use my own judge prompt” to use the default.']
  if (template.length > 20_000) return ['Keep the prompt to 20,000 characters.']
  const missing = JUDGE_PLACEHOLDERS.filter((placeholder) => !template.includes(placeholder))
  return missing.length === 0 ? [] : [`Keep ${missing.join(', ')}: that is where the judge sees the question and the two answers.`]
}

/** The first step, in order, whose checks fail; undefined when every step is fine. */
export function firstInvalidStep(values: RseFormValues, context: RseContext): { step: WizardStep; errors: RseFieldErrors } | undefined {
  for (const step of WIZARD_STEPS) {
    const errors = checkStep(step, values, context)
    if (Object.keys(errors).length > 0) return { step, errors }
  }
  return undefined
}

export function stepOfField(field: RseField): WizardStep {
  if (field === 'reference' || field === 'students' || field === 'judge') return field
  if (field === 'sets' || field.startsWith('sample:') || field.startsWith('seed:')) return 'sets'
  return 'options'
}

// ---------------------------------------------------------------------------------------------
// Building the spec

export type BuildSpecResult =
  | { readonly ok: true; readonly spec: RseSpecInput; readonly aliases: ReadonlyMap<string, string>; readonly columns: ReadonlyMap<string, string> }
  | { readonly ok: false; readonly step: WizardStep; readonly errors: RseFieldErrors }

function mustNumber(value: NumberValue, fallback: number): number {
  const parsed = parseNumberValue(value)
  return parsed.kind === 'number' ? parsed.value : fallback
}

export function buildRseSpec(values: RseFormValues, context: RseContext): BuildSpecResult {
  const invalid = firstInvalidStep(values, context)
  if (invalid) return { ok: false, ...invalid }
  const byId = new Map(context.models.map((model) => [model.id, model]))
  // Reference first, then students, then the judge: the reference keeps the plainest alias.
  const ordered = [values.referenceId, ...values.studentIds, values.judgeId].map((id) => byId.get(id)!)
  const aliases = deriveAliases(ordered)
  const alias = (id: string) => aliases.get(id)!
  const models: Record<string, { modelId: string }> = {}
  for (const model of ordered) models[alias(model.id)] = { modelId: model.id }
  const sets = selectedSets(values, context.promptSets)
  const columns = setColumnNames(sets)
  const budget = parseNumberValue(values.budgetUsd)
  const name = values.name.trim()
  const spec: RseSpecInput = {
    kind: 'rse',
    ...(name === '' ? {} : { name }),
    models,
    reference: alias(values.referenceId),
    students: values.studentIds.map(alias),
    judge: alias(values.judgeId),
    promptSets: sets.map((set) => {
      const choice = setChoice(values, set)
      const sample = parseNumberValue(choice.sample)
      return {
        name: columns.get(set.id)!,
        setId: set.id,
        // A sample of the whole set is the whole set, in stored order.
        ...(sample.kind === 'number' && sample.value < set.itemCount ? { sample: sample.value } : {}),
        seed: mustNumber(choice.seed, DEFAULT_SEED),
      }
    }),
    concurrency: mustNumber(values.concurrency, DEFAULT_CONCURRENCY),
    ...(values.customJudgePrompt ? { judgePrompt: values.judgePrompt } : {}),
    ...(values.rubric === 'as-published' ? { rubric: values.rubric } : {}),
    ...(budget.kind === 'number' ? { budgetUsd: budget.value } : {}),
    seed: mustNumber(values.seed, DEFAULT_SEED),
  }
  return { ok: true, spec, aliases, columns }
}

/** How many prompts a run will ask from the chosen sets, for the summary before the estimate. */
export function promptCount(values: RseFormValues, promptSets: readonly PromptSet[]): number {
  return selectedSets(values, promptSets).reduce((sum, set) => {
    const sample = parseNumberValue(setChoice(values, set).sample)
    return sum + (sample.kind === 'number' ? Math.min(sample.value, set.itemCount) : set.itemCount)
  }, 0)
}

// ---------------------------------------------------------------------------------------------
// Warnings about the judge

/**
 * METHOD.md section 3: a judge from the reference's own vendor family may favour answers in its
 * style. Families come from the model ids (`gpt-4o-mini` is OpenAI's, whatever the provider).
 */
export function selfPreferenceWarning(reference: Pick<Model, 'model'> | undefined, judge: Pick<Model, 'model'> | undefined): string | undefined {
  if (!reference || !judge) return undefined
  const family = vendorFamily(reference.model)
  if (family === undefined || family !== vendorFamily(judge.model)) return undefined
  return `The judge (${judge.model}) and the reference (${reference.model}) both come from ${family}. A judge may favour answers written in its own family’s style, which would inflate every score. Consider a judge from another vendor.`
}

export function judgeRoleWarnings(values: Pick<RseFormValues, 'referenceId' | 'studentIds' | 'judgeId'>): string[] {
  const warnings: string[] = []
  if (values.judgeId !== '' && values.judgeId === values.referenceId)
    warnings.push('The judge is the reference model itself: it would compare other answers with its own.')
  if (values.judgeId !== '' && values.studentIds.includes(values.judgeId))
    warnings.push('The judge is also one of the students: it would rate its own answers.')
  return warnings
}

// ---------------------------------------------------------------------------------------------
// Errors from the backend

/**
 * Issues of `runs.estimate` / `runs.start` name spec fields (`spec.promptSets.0.sample`); they go
 * next to the wizard's field when there is one, and to the alert otherwise.
 */
export function specErrorsFrom(
  error: unknown,
  values: RseFormValues,
  context: RseContext,
): { readonly fields: RseFieldErrors; readonly general: string; readonly step?: WizardStep } {
  if (!(error instanceof ApiError) || error.issues.length === 0) return { fields: {}, general: userMessage(error) }
  const sets = selectedSets(values, context.promptSets)
  const fields: RseFieldErrors = {}
  const unplaced: string[] = []
  for (const issue of error.issues) {
    const field = fieldOfSpecPath(issue.path.replace(/^spec\.?/, ''), sets)
    if (field === undefined) {
      if (!unplaced.includes(issue.message)) unplaced.push(issue.message)
    } else fields[field] ??= issue.message
  }
  const first = (Object.keys(fields) as RseField[])[0]
  return {
    fields,
    general: unplaced.length > 0 ? unplaced.join(' ') : CHECK_CHOICES_MESSAGE,
    ...(first === undefined ? {} : { step: stepOfField(first) }),
  }
}

export function fieldOfSpecPath(path: string, sets: readonly Pick<PromptSet, 'id'>[]): RseField | undefined {
  const [head, index, leaf] = path.split('.')
  if (head === 'reference' || head === 'students' || head === 'judge') return head
  if (head === 'promptSets') {
    const set = index === undefined ? undefined : sets[Number(index)]
    if (set && (leaf === 'sample' || leaf === 'seed')) return `${leaf}:${set.id}`
    return 'sets'
  }
  if (head === 'name' || head === 'concurrency' || head === 'budgetUsd' || head === 'seed' || head === 'judgePrompt') return head
  return undefined
}
