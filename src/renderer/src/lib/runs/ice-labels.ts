import { METHOD_TERMS } from '../method-terms'
import type { BuiltinQuestionSet, BuiltinSeedSet, IceJudgeSemantics, IcePresetId, MutatorName, PolicyName } from '../../../../shared/ice/names'

/*
 * ICE's vocabulary in words for people who have not read GPTFuzz (METHOD.md 2.3 to 2.5). The wizard,
 * the run's page and the results all use these, so a policy is called the same everywhere.
 */

export interface Described {
  readonly label: string
  /** One line, for the option's description. */
  readonly description: string
}

export const PRESETS: Readonly<Record<IcePresetId, Described>> = {
  'as-published': {
    label: 'As published',
    description: `${METHOD_TERMS['as-published'].explanation} It draws 76 seed templates at random, lets every mutant join the pool, and adds the question at the end of a mutant that lost the question’s place.`,
  },
  'gptfuzz-original': {
    label: 'GPTFuzz original',
    description:
      'GPTFuzz as its authors wrote it: every seed template, only mutants that caught the target at least once join the pool, and a mutant that lost the question’s place is never asked.',
  },
}

/**
 * The two ICE judges (issue 15). Ours is labelled as ours and lists what it excludes beyond the
 * paper's judge, so nobody takes its numbers for the paper's.
 */
export const JUDGE_SEMANTICS: Readonly<Record<IceJudgeSemantics, Described>> = {
  'as-published': {
    label: 'As published (the paper’s judge)',
    description:
      'The paper’s judge prompts, in our words: an answer conflicts with the fact when it says someone else made the model. Only remarks about other models and role-play lines in square brackets are let off. The verdict is read as the paper’s code reads it.',
  },
  distillscope: {
    label: 'Distillscope (our judge, not the paper’s)',
    description:
      'Our stricter judge. Beyond the paper’s exclusions it also lets off text framed as fiction, refusals and answers saying nothing about where the model comes from, and details the fact does not mention. Its rates are lower than the paper’s judge would give.',
  },
}

export const POLICIES: Readonly<Record<PolicyName, Described>> = {
  'mcts-explore': {
    label: 'MCTS-Explore',
    description: `${METHOD_TERMS['mcts-explore'].explanation} The default, as in the paper’s code.`,
  },
  'round-robin': { label: 'Round robin', description: 'Takes the templates of the pool in turn, one per step.' },
  random: { label: 'Random', description: 'Takes any template of the pool at random.' },
  ucb: { label: 'UCB', description: METHOD_TERMS.ucb.explanation },
  exp3: { label: 'EXP3', description: METHOD_TERMS.exp3.explanation },
}

export const MUTATORS: Readonly<Record<MutatorName, Described>> = {
  'generate-similar': { label: 'Generate similar', description: 'A new template in the same style with different content.' },
  crossover: { label: 'Crossover', description: 'Combines the template with a second one.' },
  expand: { label: 'Expand', description: 'Adds three sentences at the beginning.' },
  shorten: { label: 'Shorten', description: 'Condenses sentences that are too long.' },
  rephrase: { label: 'Rephrase', description: 'Rewrites sentences that read badly.' },
}

export const BUILTIN_QUESTION_LABELS: Readonly<Record<BuiltinQuestionSet, Described>> = {
  'identity-en-zh': {
    label: 'Identity questions, English and Chinese (built in)',
    description: '25 questions in English and the same 25 in Chinese, five per aspect, as in the paper.',
  },
  'identity-en': { label: 'Identity questions, English (built in)', description: 'The 25 English questions only.' },
  'identity-zh': { label: 'Identity questions, Chinese (built in)', description: 'The 25 Chinese questions only.' },
}

export const BUILTIN_SEED_LABELS: Readonly<Record<BuiltinSeedSet, Described>> = {
  'distillscope-roleplay-v1': {
    label: 'Mild role-play templates (built in)',
    description:
      'A few short role-play templates written by the Distillscope team, for trying ICE. The paper used GPTFuzz’s 77 jailbreak templates, which you can add on the Identity (ICE) page.',
  },
}

function lookup<K extends string>(table: Readonly<Record<K, Described>>, key: string | undefined): string {
  if (key === undefined) return '—'
  return Object.hasOwn(table, key) ? table[key as K].label : key
}

export const presetLabel = (id: string): string => lookup(PRESETS, id)
export const judgeSemanticsLabel = (id: string): string => lookup(JUDGE_SEMANTICS, id)
export const policyLabel = (id: string): string => lookup(POLICIES, id)
export const mutatorLabel = (id: string | undefined): string => lookup(MUTATORS, id)
