/**
 * ICE's fixed vocabularies (METHOD.md section 2), shared by the run spec, the engine and the UI.
 * The engine (src/main/core/evaluators/ice) re-exports these; nothing else defines them.
 */

export const ICE_CATEGORIES = ['team', 'cooperation', 'industry', 'technology', 'geography'] as const
export type IceCategory = (typeof ICE_CATEGORIES)[number]

export const ICE_LANGUAGES = ['en', 'zh'] as const
export type IceLanguage = (typeof ICE_LANGUAGES)[number]

export const MUTATOR_NAMES = ['generate-similar', 'crossover', 'expand', 'shorten', 'rephrase'] as const
export type MutatorName = (typeof MUTATOR_NAMES)[number]

/** METHOD.md 2.3's five seed-selection policies. */
export const POLICY_NAMES = ['round-robin', 'random', 'ucb', 'mcts-explore', 'exp3'] as const
export type PolicyName = (typeof POLICY_NAMES)[number]

/** METHOD.md 2.5: GPTFuzz as its authors wrote it, and what the ICE paper's code does. */
export const ICE_PRESET_IDS = ['gptfuzz-original', 'as-published'] as const
export type IcePresetId = (typeof ICE_PRESET_IDS)[number]

/**
 * Which ICE judge a run uses (METHOD.md 2.6, issue 15): the paper's prompts read as the paper's code
 * reads them, or Distillscope's own, which excludes more (see docs/ice-judges.md).
 */
export const ICE_JUDGE_SEMANTICS = ['as-published', 'distillscope'] as const
export type IceJudgeSemantics = (typeof ICE_JUDGE_SEMANTICS)[number]

/**
 * A spec that does not choose its judge gets the one that goes with its preset: the paper's judge
 * under "As published" (a difference from the paper's numbers should be the models', not the
 * tool's), ours otherwise.
 */
export function defaultJudgeSemantics(preset: IcePresetId): IceJudgeSemantics {
  return preset === 'as-published' ? 'as-published' : 'distillscope'
}

/** A run's frozen judge semantics; a run frozen before the choice existed used Distillscope's judge. */
export const judgeSemanticsOf = (inputs: { readonly judge?: IceJudgeSemantics }): IceJudgeSemantics => inputs.judge ?? 'distillscope'

/** The built-in question sets: the team's 25 English questions, their 25 Chinese twins, or both. */
export const BUILTIN_QUESTION_SETS = ['identity-en-zh', 'identity-en', 'identity-zh'] as const
export type BuiltinQuestionSet = (typeof BUILTIN_QUESTION_SETS)[number]

/** The team's own role-play seed templates. */
export const BUILTIN_SEED_SETS = ['distillscope-roleplay-v1'] as const
export type BuiltinSeedSet = (typeof BUILTIN_SEED_SETS)[number]

/** METHOD.md 2.6: the paper suspects OpenAI and Anthropic; hard's keywords follow from them. */
export const DEFAULT_SUSPECTED_VENDORS = ['OpenAI', 'Anthropic'] as const
export const DEFAULT_HARD_KEYWORDS = ['gpt', 'openai', 'claude', 'anthropic'] as const
