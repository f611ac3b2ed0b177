/*
 * The method's terms in one plain sentence each (METHOD.md 2.2 to 2.6), for people who have not read
 * GPTFuzz or the paper. The ICE wizard and the ICE results page show these same sentences wherever
 * the term appears, so a term is explained once and the same way everywhere.
 */

export const METHOD_TERM_IDS = ['gptfuzz', 'mcts-explore', 'ucb', 'exp3', 'as-published', 'hard-positive'] as const
export type MethodTermId = (typeof METHOD_TERM_IDS)[number]

export interface MethodTerm {
  /** The term as it appears on screen. */
  readonly term: string
  /** One sentence, plain language. */
  readonly explanation: string
}

export const METHOD_TERMS: Readonly<Record<MethodTermId, MethodTerm>> = {
  gptfuzz: {
    term: 'GPTFuzz',
    explanation:
      'GPTFuzz is a jailbreak fuzzer: a helper model keeps rewriting jailbreak templates, and the templates that get past the target are kept and rewritten again; ICE uses its loop.',
  },
  'mcts-explore': {
    term: 'MCTS-Explore',
    explanation:
      'MCTS-Explore picks the next template by a tree search from the seed templates that mostly follows branches that worked but keeps trying new ones.',
  },
  ucb: {
    term: 'UCB',
    explanation: 'UCB (upper confidence bound) picks the template with the best record so far, plus a bonus for the ones tried least, so none is forgotten.',
  },
  exp3: {
    term: 'EXP3',
    explanation: 'EXP3 picks templates at random, with odds that grow for the ones that worked, always leaving every template some chance.',
  },
  'as-published': {
    term: 'As published',
    explanation:
      '“As published” means the settings of the paper’s own code, differences from GPTFuzz included, so that the numbers can be compared with the paper’s.',
  },
  'hard-positive': {
    term: 'Hard positive',
    explanation:
      'A hard positive is an answer claiming to be a model of the suspected source although its template named none of that source’s keywords (such as “GPT” or “Claude”), so the prompt did not put the name in its mouth.',
  },
}

export function methodTerm(id: MethodTermId): MethodTerm {
  return METHOD_TERMS[id]
}

/** The terms a piece of text on screen uses, in the order of METHOD_TERM_IDS (case-insensitive, whole words). */
export function termsIn(text: string): readonly MethodTermId[] {
  return METHOD_TERM_IDS.filter((id) => {
    // Hyphens need no escape outside a character class (and may not have one under the u flag).
    const escaped = METHOD_TERMS[id].term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    return new RegExp(`(^|[^\\p{L}])${escaped}s?([^\\p{L}]|$)`, 'iu').test(text)
  })
}
