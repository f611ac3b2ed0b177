import type { IdentityFactView, Model, Provider } from '../../../../../shared/contract/index'
import { DEFAULT_MAX_QUERIES as SPEC_MAX_QUERIES, TARGET_FACT_MISSING } from '../../../../../shared/contract/ice-spec'
import { DEFAULT_RUN_CONCURRENCY, DEFAULT_RUN_SEED } from '../../../../../shared/contract/run-spec-fields'
import {
  defaultJudgeSemantics,
  MUTATOR_NAMES,
  type IceJudgeSemantics,
  type IcePresetId,
  type MutatorName,
  type PolicyName,
} from '../../../../../shared/ice/names'
import type { NumberValue } from '../../../lib/forms'
import { keywordsFor, suggestFact, type FactSuggestion, type SourceDefaults } from '../../../lib/runs/ice-sources'

/*
 * The ICE wizard's form, without React: its values and how choices change them. The run spec they
 * make (src/shared/contract/ice-spec.ts) is in ice-spec-input.ts, the checks of each step (that
 * schema, plus what only the form knows) in ice-form-checks.ts, what is sent and answered in
 * ice-form-spec.ts. Saved models are referenced as `{modelId}`.
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
export const DEFAULT_MAX_QUERIES = SPEC_MAX_QUERIES
export const DEFAULT_ICE_SEED = DEFAULT_RUN_SEED
export const DEFAULT_ICE_CONCURRENCY = DEFAULT_RUN_CONCURRENCY
export const DEFAULT_QUESTIONS = 'builtin:identity-en-zh'
export const DEFAULT_SEEDS = 'builtin:distillscope-roleplay-v1'

/**
 * An empty fact, in the wizard: the contract's message (TARGET_FACT_MISSING) plus the choice only
 * the wizard offers, a fact from the library.
 */
export const MISSING_FACT_MESSAGE = `${TARGET_FACT_MISSING} Or choose its vendor’s fact.`

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
  /** The panel (1 to MAX_JUDGES), in the order chosen: the first is the lead judge. */
  readonly judgeIds: readonly string[]
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
  /** Fuzzing replicates (issue 16): 1, the run as always, leaves the spec without the field. */
  readonly replicates: NumberValue
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
  | 'replicates'
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
    judgeIds: [],
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
    replicates: 1,
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

/** The Offline demo's models fill the roles still empty: the often off-script target, the helper, one judge. */
export function withDemoModels(values: IceFormValues, demo: { readonly target: Model; readonly helper: Model; readonly judge: Model }): IceFormValues {
  const filled = { ...values, helperId: values.helperId || demo.helper.id, judgeIds: values.judgeIds.length > 0 ? values.judgeIds : [demo.judge.id] }
  return values.targetId === '' ? withTarget(filled, demo.target.id) : filled
}
