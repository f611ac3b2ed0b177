import type { Model, PromptSet } from '../../../../shared/contract/index'
import { DEFAULT_RUN_CONCURRENCY, DEFAULT_RUN_SEED } from '../../../../shared/contract/run-spec-fields'
import { parseNumberValue, type NumberValue } from '../../lib/forms'

/*
 * The RSE wizard's form, without React: its values and how choices change them. Its checks (the
 * contract's run spec schema plus what only the form knows) are in rse-form-checks.ts, the spec it
 * builds in rse-spec-input.ts, and what is sent and answered in rse-form-spec.ts.
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
export const DEFAULT_CONCURRENCY = DEFAULT_RUN_CONCURRENCY
export const DEFAULT_SEED = DEFAULT_RUN_SEED
/** One answer per student and prompt, as the paper; a spec without `studentSamples` means this. */
export const DEFAULT_STUDENT_SAMPLES = 1
/** A set larger than this is sampled by default, as the paper sampled 1,000 of NuminaMath and ShareGPT. */
export const DEFAULT_SAMPLE_LIMIT = 1000
/** Announced (role="alert") when a step has problems; the messages themselves are next to the fields. */
export const CHECK_CHOICES_MESSAGE = 'Some choices need attention. See the messages next to them.'

export interface SetChoice {
  readonly selected: boolean
  /** Empty: every prompt of the set. */
  readonly sample: NumberValue
  readonly seed: NumberValue
}

export interface RseFormValues {
  readonly referenceId: string
  readonly studentIds: readonly string[]
  /** The panel (1 to MAX_JUDGES), in the order chosen: the first is the lead judge. */
  readonly judgeIds: readonly string[]
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
  /** Issue 16 item 1: measure the judge's ceiling and floor. */
  readonly calibration: boolean
  /** Issue 16 item 2: answers per student and prompt; 1 (the default) leaves it out of the spec. */
  readonly studentSamples: NumberValue
  /** Issue 16 item 3: items judged again with the answers swapped; 0 or empty is off. */
  readonly positionCheck: NumberValue
}

/** Fields of the form: `sample:<setId>` and `seed:<setId>` for a set's own numbers. */
export type RseField =
  | 'reference'
  | 'students'
  | 'judge'
  | 'sets'
  | `sample:${string}`
  | `seed:${string}`
  | 'name'
  | 'concurrency'
  | 'budgetUsd'
  | 'seed'
  | 'judgePrompt'
  | 'calibration'
  | 'studentSamples'
  | 'positionCheck'

export type RseFieldErrors = Partial<Record<RseField, string>>

export interface RseContext {
  readonly models: readonly Model[]
  readonly promptSets: readonly PromptSet[]
}

export function emptyRseForm(): RseFormValues {
  return {
    referenceId: '',
    studentIds: [],
    judgeIds: [],
    sets: {},
    name: '',
    concurrency: DEFAULT_CONCURRENCY,
    budgetUsd: '',
    seed: DEFAULT_SEED,
    customJudgePrompt: false,
    judgePrompt: '',
    rubric: 'distillscope',
    calibration: false,
    studentSamples: DEFAULT_STUDENT_SAMPLES,
    positionCheck: 0,
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

/** How many prompts a run will ask from the chosen sets, for the summary before the estimate. */
export function promptCount(values: RseFormValues, promptSets: readonly PromptSet[]): number {
  return selectedSets(values, promptSets).reduce((sum, set) => {
    const sample = parseNumberValue(setChoice(values, set).sample)
    return sum + (sample.kind === 'number' ? Math.min(sample.value, set.itemCount) : set.itemCount)
  }, 0)
}

/** Issue 16's checks as chosen, for the summary before the estimate; undefined when none is. */
export function checksSummary(values: Pick<RseFormValues, 'calibration' | 'studentSamples' | 'positionCheck'>): string | undefined {
  const samples = parseNumberValue(values.studentSamples)
  const position = parseNumberValue(values.positionCheck)
  const parts = [
    ...(values.calibration ? ['ceiling and floor measured'] : []),
    ...(samples.kind === 'number' && samples.value > DEFAULT_STUDENT_SAMPLES ? [`${samples.value} answers per student and prompt`] : []),
    ...(position.kind === 'number' && position.value > 0
      ? [`${position.value} ${position.value === 1 ? 'item' : 'items'} judged again with the answers swapped`]
      : []),
  ]
  return parts.length === 0 ? undefined : parts.join(' · ')
}
