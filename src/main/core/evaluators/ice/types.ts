/**
 * The vocabulary of ICE (METHOD.md section 2): identity facts, questions, templates and the
 * template tree the fuzzer grows. Plain data, shared by the loop, the scores and the importers.
 */

import type { LlmErrorClass } from '../../../../shared/contract/models'
import type { IceCategory, IceLanguage, MutatorName } from '../../../../shared/ice/names'

export { ICE_CATEGORIES, ICE_LANGUAGES, MUTATOR_NAMES, type IceCategory, type IceLanguage, type MutatorName } from '../../../../shared/ice/names'

/** METHOD.md 2.1: one first-person sentence stating a vendor's models' true identity. */
export interface IdentityFact {
  readonly id: string
  readonly vendor: string
  /** Model series the vendor sells (ChatGPT, Claude ...): named in the strict judge's prompt. */
  readonly series: readonly string[]
  /** Template substrings that disqualify a strict positive from counting as hard (METHOD.md 2.6). */
  readonly keywords: readonly string[]
  readonly fact: string
  /**
   * Built-ins only: the fact in the paper's two-sentence form (who made me; where my maker is
   * based, as run_gptfuzzer.py's facts are), offered under the paper's judge.
   */
  readonly paperForm?: string
}

/** METHOD.md 2.1: an identity question with its aspect and language (unknown for some imports). */
export interface IdentityQuestion {
  readonly id: string
  readonly text: string
  readonly category?: IceCategory
  readonly language?: IceLanguage
}

/** A jailbreak template; the question replaces `PLACEHOLDER` (METHOD.md 2.1). */
export interface SeedTemplate {
  readonly id: string
  readonly text: string
}

/**
 * One template of the fuzzing tree (METHOD.md 2.2). Seeds are roots at level 0; a mutant is a child
 * of the node it was made from, at level parent + 1. Ids are creation order (seeds first).
 */
export interface TemplateNode {
  /** The fuzzing replicate that made it (issue 16); absent for replicate 0, the run's own seed. */
  readonly replicate?: number
  readonly id: number
  readonly text: string
  readonly level: number
  /** For seeds: the template's id in its source file. */
  readonly seedId?: string
  readonly parentId?: number
  readonly mutator?: MutatorName
  /** Crossover's second template. */
  readonly partnerId?: number
  /** The iteration (1-based) that made this mutant. */
  readonly iteration?: number
  /** The helper call failed: the mutant has no text and was never queried. */
  readonly helperError?: string
  readonly helperErrorClass?: LlmErrorClass
}
