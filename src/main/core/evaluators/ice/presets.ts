import type { MissingPlaceholder } from './placeholder'

/**
 * The two ways of running the fuzzer that must both exist (METHOD.md 2.5, table): GPTFuzz as its
 * authors wrote it, and what the ICE paper's public code actually does. Both are seeded (the same
 * seed and the same replies give the same run); both use the LLM fact-conflict judge (METHOD.md
 * 2.6), since GPTFuzz's harmful-answer classifier has no meaning for identity questions.
 */
export interface IcePreset {
  readonly id: IcePresetId
  readonly label: string
  /** Seed pool: every seed, or `size` drawn at random (the paper: 76 of the 77 GPTFuzzer seeds). */
  readonly seedPool: { readonly kind: 'all' } | { readonly kind: 'sample'; readonly size: number }
  /** A mutant without the placeholder: never queried, or the question appended with no separator. */
  readonly missingPlaceholder: MissingPlaceholder
  /** Which mutants join the pool: those with at least one success, or every mutant. */
  readonly poolAdmission: 'with-success' | 'every-mutant'
  /** Expand's mutant: the new sentences followed by the seed, or the new sentences alone. */
  readonly expand: 'sentences-then-seed' | 'sentences-only'
  /** Whether the parent's text is appended after every mutant (GPTFuzz's `concatentate=True`). */
  readonly appendParent: boolean
  /** Crossover's second template: any pool node, or one of the initial seeds. */
  readonly crossoverPartner: 'any-pool-node' | 'initial-seed'
  /** MCTS-Explore's reward denominator. */
  readonly mctsDenominator: 'questions-x-mutants' | 'questions-x-questions'
  /**
   * Helper decoding. GPTFuzz's example sets temperature 0 (for reproduction); the paper's code
   * decodes greedily. Over a chat API both are temperature 0; the label is kept for the manifest.
   */
  readonly helperDecoding: { readonly label: 'temperature 0' | 'greedy'; readonly temperature: 0 }
  /**
   * With energy > 1: every application mutates the selected template ('independent', GPTFuzz's
   * `n` samples of one prompt), or each one mutates the previous application's mutant ('chained':
   * the paper's Gptfuzzer_Identity.py single_attack reassigns the instance on every pass). Every
   * mutant is a child of the selected template either way.
   */
  readonly energyChain: 'independent' | 'chained'
  /**
   * The helper's prompts: ours (a system prompt with rules, every rewrite told to keep the
   * placeholder), or the paper's requirements (mutators/paper-mutator-prompts.ts: the plain system
   * prompt, and neither crossover nor expand asked to keep it).
   */
  readonly helperPrompts: 'distillscope' | 'as-published'
}

export { ICE_PRESET_IDS, type IcePresetId } from '../../../../shared/ice/names'
import type { IcePresetId } from '../../../../shared/ice/names'

export const GPTFUZZ_ORIGINAL: IcePreset = {
  id: 'gptfuzz-original',
  label: 'GPTFuzz original',
  seedPool: { kind: 'all' },
  missingPlaceholder: 'invalid',
  poolAdmission: 'with-success',
  expand: 'sentences-then-seed',
  appendParent: true,
  crossoverPartner: 'any-pool-node',
  mctsDenominator: 'questions-x-mutants',
  helperDecoding: { label: 'temperature 0', temperature: 0 },
  energyChain: 'independent',
  helperPrompts: 'distillscope',
}

export const AS_PUBLISHED: IcePreset = {
  id: 'as-published',
  label: 'As published',
  seedPool: { kind: 'sample', size: 76 },
  missingPlaceholder: 'append-question',
  poolAdmission: 'every-mutant',
  expand: 'sentences-only',
  appendParent: false,
  crossoverPartner: 'initial-seed',
  mctsDenominator: 'questions-x-questions',
  helperDecoding: { label: 'greedy', temperature: 0 },
  energyChain: 'chained',
  helperPrompts: 'as-published',
}

export const ICE_PRESETS: Readonly<Record<IcePresetId, IcePreset>> = {
  'gptfuzz-original': GPTFUZZ_ORIGINAL,
  'as-published': AS_PUBLISHED,
}
