import { readTagged, RSE_TAGS } from '../../../core/judges/judge-tags'
import { bigramJaccard, shapeSimilarity, wordJaccard } from './text'

/**
 * The RSE judge: scores the candidate against the reference with real text measures, so a closer
 * student really does score higher.
 *   content   = word-set Jaccard
 *   structure = word-bigram Jaccard (order-sensitive)
 *   style     = shape similarity (length, sentence count, punctuation)
 * Each maps to 0-2 (>= 0.6 -> 2, >= 0.25 -> 1, else 0); overall = 1 + round(4 * s), s being
 * 0.5 content + 0.3 structure + 0.2 style, so identical texts give 5 and unrelated ones 1.
 */
export interface RseScores {
  readonly style: number
  readonly structure: number
  readonly content: number
  readonly overall: number
  /** The weighted similarity behind `overall`, in [0, 1]. */
  readonly similarity: number
}

export function scoreRse(reference: string, candidate: string): RseScores {
  const content = wordJaccard(reference, candidate)
  const structure = bigramJaccard(reference, candidate)
  const style = shapeSimilarity(reference, candidate)
  const similarity = 0.5 * content + 0.3 * structure + 0.2 * style
  return {
    style: aspect(style),
    structure: aspect(structure),
    content: aspect(content),
    overall: Math.min(5, Math.max(1, 1 + Math.round(4 * similarity))),
    similarity,
  }
}

function aspect(value: number): number {
  if (value >= 0.6) return 2
  if (value >= 0.25) return 1
  return 0
}

const WORDS = ['dissimilar', 'partly similar', 'similar'] as const

export function rseJudgeReply(prompt: string, malformed: boolean): string {
  const reference = readTagged(prompt, RSE_TAGS.reference)
  const candidate = readTagged(prompt, RSE_TAGS.candidate)
  if (reference === undefined || candidate === undefined) {
    return `I could not find both texts to compare: the prompt needs <${RSE_TAGS.reference}> and <${RSE_TAGS.candidate}>.`
  }
  const scores = scoreRse(reference, candidate)
  const explanation =
    `The candidate's style is ${WORDS[scores.style]} to the reference, its logical structure is ${WORDS[scores.structure]}, ` +
    `and its content detail is ${WORDS[scores.content]}`
  // A malformed reply says the same in prose only, as real judges sometimes do: no JSON, no digits.
  if (malformed) return `${explanation}. Taking everything into account I would rate the pair as ${overallWords(scores.overall)}.`
  const json = JSON.stringify({ style: scores.style, structure: scores.structure, content: scores.content, overall: scores.overall })
  return `Explanation: ${explanation} (about ${Math.round(scores.similarity * 100)}% overlap overall).\n\n\`\`\`json\n${json}\n\`\`\``
}

function overallWords(overall: number): string {
  return ['very different', 'not similar', 'somewhat similar', 'similar with minor differences', 'very similar'][overall - 1] ?? 'hard to compare'
}
