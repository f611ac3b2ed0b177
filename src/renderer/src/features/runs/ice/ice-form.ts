import type { IceSpecInput, IdentityFactView, Model, Provider } from '../../../../../shared/contract/index'
import {
  defaultJudgeSemantics,
  MUTATOR_NAMES,
  type IceJudgeSemantics,
  type IcePresetId,
  type MutatorName,
  type PolicyName,
} from '../../../../../shared/ice/names'
import { ApiError, userMessage } from '../../../lib/api'
import { formatInteger } from '../../../lib/format'
import { MAX_SEED, parseNumberValue, wholeNumber, type NumberValue } from '../../../lib/forms'
import { keywordsFor, specSource, suggestFact, type FactSuggestion, type SourceDefaults } from '../../../lib/runs/ice-sources'
import { deriveAliases } from '../aliases'

/*
 * The ICE wizard's form, without React: its values, the checks of each step and the run spec it
 * builds (src/shared/contract/ice-spec.ts). Saved models are referenced as `{modelId}`.
 */

export const ICE_STEPS = ['target', 'models', 'inputs', 'method', 'budget', 'estimate'] as const
export type IceStep = (typeof ICE_STEPS)[number]

export const ICE_STEP_TITLES: Readonly<Record<IceStep, string>> = {
  target: 'Target and its identity',
  models: 'Helper and judge',
  inputs: 'Questions and templates',
  method: 'Method',
  budget: 'Budget and options',
  estimate: 'Estimate and start',
}

/** The spec's defaults: the paper's budget of 1,000 target queries. */
export const DEFAULT_MAX_QUERIES = 1000
export const DEFAULT_ICE_SEED = 1
export const DEFAULT_ICE_CONCURRENCY = 8
export const DEFAULT_QUESTIONS = 'builtin:identity-en-zh'
export const DEFAULT_SEEDS = 'builtin:distillscope-roleplay-v1'

export const MISSING_FACT_MESSAGE =
  'Give the target’s true identity in one first-person sentence (for example “I am Qwen, a model built by Alibaba Cloud”), or choose its vendor’s fact. The judge compares every answer with it.'

/**
 * The form. Fields that follow something else until the person changes them are `null`: the fact
 * follows the target (its suggested fact), the vendors follow the backend's defaults and the
 * keywords follow the vendors. What they currently stand for is read with `resolveIce`.
 */
export interface IceFormValues {
  readonly targetId: string
  /** The library fact chosen; null: the target's suggested fact; '' none. */
  readonly factId: string | null
  /** The fact's text; null: the chosen fact's text. */
  readonly fact: string | null
  readonly helperId: string
  readonly judgeId: string
  /** null: the suspected source's defaults. */
  readonly suspectedVendors: readonly string[] | null
  /** null: the vendors' keywords. */
  readonly hardKeywords: readonly string[] | null
  readonly strict: boolean
  readonly questions: string
  readonly seeds: string
  readonly preset: IcePresetId
  /** The judge's prompts and reading (issue 15); null: the preset's own (`defaultJudgeSemantics`). */
  readonly judgeSemantics: IceJudgeSemantics | null
  readonly selection: PolicyName
  readonly mutators: readonly MutatorName[]
  readonly maxQueries: NumberValue
  readonly budgetUsd: NumberValue
  readonly seed: NumberValue
  readonly concurrency: NumberValue
  readonly name: string
}

/** What the form's choices depend on: the saved models, the library and the defaults. */
export interface IceContext {
  readonly models: readonly Model[]
  readonly providers: readonly Provider[]
  readonly facts: readonly IdentityFactView[]
  readonly defaults: SourceDefaults
}

export type IceField =
  | 'target'
  | 'fact'
  | 'helper'
  | 'judge'
  | 'suspectedVendors'
  | 'hardKeywords'
  | 'questions'
  | 'seeds'
  | 'preset'
  | 'judgeSemantics'
  | 'selection'
  | 'mutators'
  | 'maxQueries'
  | 'budgetUsd'
  | 'seed'
  | 'concurrency'
  | 'name'

export type IceFieldErrors = Partial<Record<IceField, string>>

/** The judge the run will use: the one chosen, or the preset's own. */
export function judgeSemanticsOfForm(values: Pick<IceFormValues, 'preset' | 'judgeSemantics'>): IceJudgeSemantics {
  return values.judgeSemantics ?? defaultJudgeSemantics(values.preset)
}

export function emptyIceForm(): IceFormValues {
  return {
    targetId: '',
    factId: null,
    fact: null,
    helperId: '',
    judgeId: '',
    suspectedVendors: null,
    hardKeywords: null,
    strict: true,
    questions: DEFAULT_QUESTIONS,
    seeds: DEFAULT_SEEDS,
    preset: 'as-published',
    judgeSemantics: null,
    selection: 'mcts-explore',
    mutators: [...MUTATOR_NAMES],
    maxQueries: DEFAULT_MAX_QUERIES,
    budgetUsd: '',
    seed: DEFAULT_ICE_SEED,
    concurrency: DEFAULT_ICE_CONCURRENCY,
    name: '',
  }
}

export interface ResolvedIce {
  readonly suggestion: FactSuggestion | undefined
  /** The library fact in use ('' for none). */
  readonly factId: string
  readonly fact: string
  readonly suspectedVendors: readonly string[]
  readonly hardKeywords: readonly string[]
  /** Whether the keywords are the person's own rather than the vendors'. */
  readonly keywordsEdited: boolean
}

/** What the following fields stand for now. */
export function resolveIce(values: IceFormValues, context: IceContext): ResolvedIce {
  const target = context.models.find((model) => model.id === values.targetId)
  const suggestion = suggestFact(target, context.facts, context.providers)
  const factId = values.factId ?? suggestion?.factId ?? ''
  const chosen = context.facts.find((candidate) => candidate.id === factId)
  // Under the paper's judge a shipped fact takes the paper's two-sentence form (who made me; where
  // my maker is based), as run_gptfuzzer.py's facts are written; text the person typed always wins.
  const libraryText = judgeSemanticsOfForm(values) === 'as-published' ? (chosen?.paperForm ?? chosen?.fact) : chosen?.fact
  const fact = values.fact ?? libraryText ?? ''
  const suspectedVendors = values.suspectedVendors ?? context.defaults.suspectedVendors
  const hardKeywords = values.hardKeywords ?? keywordsFor(suspectedVendors, context.facts, context.defaults)
  return { suggestion, factId, fact, suspectedVendors, hardKeywords, keywordsEdited: values.hardKeywords !== null }
}

// ---------------------------------------------------------------------------------------------
// Changes

/** A new target brings its own suggested fact (or none, and the step asks for one). */
export function withTarget(values: IceFormValues, targetId: string): IceFormValues {
  return { ...values, targetId, factId: null, fact: null }
}

/** A fact chosen from the library replaces the text; '' (none) keeps the text to be written. */
export function withFactChoice(values: IceFormValues, factId: string, context: IceContext): IceFormValues {
  return factId === '' ? { ...values, factId: '', fact: resolveIce(values, context).fact } : { ...values, factId, fact: null }
}

export function withFactText(values: IceFormValues, fact: string, context: IceContext): IceFormValues {
  return { ...values, factId: resolveIce(values, context).factId, fact }
}

/** Vendors changed: the keywords follow them unless the person wrote their own. */
export function withVendors(values: IceFormValues, vendors: readonly string[]): IceFormValues {
  return { ...values, suspectedVendors: vendors }
}

export function withKeywordsReset(values: IceFormValues): IceFormValues {
  return { ...values, hardKeywords: null }
}

export function withKeywords(values: IceFormValues, keywords: readonly string[]): IceFormValues {
  return { ...values, hardKeywords: keywords.map((keyword) => keyword.toLowerCase()) }
}

/** The Offline demo's models fill the roles still empty: the often off-script target, the helper, the judge. */
export function withDemoModels(values: IceFormValues, demo: { readonly target: Model; readonly helper: Model; readonly judge: Model }): IceFormValues {
  const filled = { ...values, helperId: values.helperId || demo.helper.id, judgeId: values.judgeId || demo.judge.id }
  return values.targetId === '' ? withTarget(filled, demo.target.id) : filled
}

// ---------------------------------------------------------------------------------------------
// Checks, step by step

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
  concurrency: 'budget',
  name: 'budget',
}

export function stepOfIceField(field: IceField): IceStep {
  return FIELD_STEP[field]
}

function wordListProblem(words: readonly string[], { what, max }: { what: string; max: number }): string | undefined {
  if (words.length === 0) return `Add at least one ${what}.`
  if (words.length > max) return `Use at most ${max} ${what}s.`
  if (words.some((word) => word.trim() === '' || word.trim().length > 80)) return `Each ${what} needs 1 to 80 characters.`
  return undefined
}

function modelProblem(id: string, models: readonly Pick<Model, 'id'>[], missing: string): string | undefined {
  if (id === '') return missing
  if (!models.some((model) => model.id === id)) return 'This model no longer exists. Choose another.'
  return undefined
}

export function checkIceStep(step: IceStep, values: IceFormValues, context: IceContext): IceFieldErrors {
  const errors: IceFieldErrors = {}
  const models = context.models
  const resolved = resolveIce(values, context)
  const put = (field: IceField, message: string | undefined) => {
    if (message !== undefined) errors[field] = message
  }
  switch (step) {
    case 'target':
      put('target', modelProblem(values.targetId, models, 'Choose the target: the model whose identity you test.'))
      if (resolved.fact.trim() === '') put('fact', MISSING_FACT_MESSAGE)
      else if (resolved.fact.trim().length > 2000) put('fact', 'Keep the fact to 2,000 characters.')
      break
    case 'models':
      put('helper', modelProblem(values.helperId, models, 'Choose the helper: the model that rewrites the templates.'))
      put('judge', modelProblem(values.judgeId, models, 'Choose the judge: the model that compares each answer with the fact.'))
      put('suspectedVendors', wordListProblem(resolved.suspectedVendors, { what: 'vendor', max: 20 }))
      put('hardKeywords', wordListProblem(resolved.hardKeywords, { what: 'keyword', max: 50 }))
      break
    case 'inputs':
      if (specSource(values.questions) === undefined) put('questions', 'Choose the identity questions to ask.')
      if (specSource(values.seeds) === undefined) put('seeds', 'Choose the seed templates to start from.')
      break
    case 'method':
      if (values.mutators.length === 0) put('mutators', 'Keep at least one way of rewriting templates.')
      break
    case 'budget': {
      const queries = wholeNumber(values.maxQueries, { min: 1, max: 1_000_000 })
      if (queries === 'empty') put('maxQueries', `Enter how many questions the target may be asked (${formatInteger(DEFAULT_MAX_QUERIES)}, as in the paper)`)
      else if (typeof queries === 'string') put('maxQueries', queries)
      const budget = parseNumberValue(values.budgetUsd)
      if (budget.kind === 'invalid') put('budgetUsd', 'Enter an amount in US dollars, such as 5 or 12.50, or leave it empty')
      else if (budget.kind === 'number' && (budget.value <= 0 || budget.value > 1_000_000))
        put('budgetUsd', 'Enter an amount above $0 and at most $1,000,000, or leave it empty')
      const seed = wholeNumber(values.seed, { min: 0, max: MAX_SEED })
      if (seed === 'empty') put('seed', `Enter a seed (${DEFAULT_ICE_SEED} is the usual choice)`)
      else if (typeof seed === 'string') put('seed', seed)
      const concurrency = wholeNumber(values.concurrency, { min: 1, max: 256 })
      if (concurrency === 'empty') put('concurrency', `Enter how many requests may run at once (${DEFAULT_ICE_CONCURRENCY} is a safe choice)`)
      else if (typeof concurrency === 'string') put('concurrency', concurrency)
      if (values.name.trim().length > 120) put('name', 'Keep the name to 120 characters.')
      break
    }
    case 'estimate':
      break
  }
  return errors
}

export function firstInvalidIceStep(values: IceFormValues, context: IceContext): { step: IceStep; errors: IceFieldErrors } | undefined {
  for (const step of ICE_STEPS) {
    const errors = checkIceStep(step, values, context)
    if (Object.keys(errors).length > 0) return { step, errors }
  }
  return undefined
}

// ---------------------------------------------------------------------------------------------
// Building the spec

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
