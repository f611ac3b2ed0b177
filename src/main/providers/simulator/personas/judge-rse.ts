import { readTagged, RSE_TAGS } from '../../../core/judges/judge-tags'
import { rngFor } from '../random'
import { bigramJaccard, shapeSimilarity, wordJaccard } from './text'
import { restyleRseScores, rseLean, type JudgeStyle } from './judge-styles'

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

/** What makes a judged score vary as a real judge's would: the simulator's seed and the request's own `seed`. */
export interface JudgeNoise {
  readonly seed: number
  readonly requestSeed?: number | undefined
}

/**
 * A real judge's overall score is not a fixed function of the texts: some prompts are judged more
 * harshly than others, and each judgement wobbles. So the weighted similarity (on the 0-4 scale)
 * gets a per-prompt offset (uniform in +-0.5, from the seed and the question) plus a per-judgement
 * one (triangular in +-0.9, from the seed, the request's seed and all three texts), before rounding.
 * Both shrink to nothing as the texts become identical, so an exact copy still scores 5. Everything
 * is a hash of what the judge was sent, so the same run reproduces its scores exactly, while other
 * prompts (another set) give other means and another seed gives other scores. `lean` is a judge's
 * own bias added before rounding (the position-biased `first` style's half point), not scaled down.
 */
export function noisyOverall(scores: RseScores, texts: { question: string; reference: string; candidate: string }, noise: JudgeNoise, lean = 0): number {
  const harshness = rngFor('rse-judge-prompt', noise.seed, texts.question || texts.reference).next() - 0.5
  const wobble = rngFor('rse-judge', noise.seed, noise.requestSeed, texts.question, texts.reference, texts.candidate)
  const jitter = (wobble.next() + wobble.next() - 1) * 0.9
  const scale = Math.min(1, 5 * (1 - scores.similarity))
  return Math.min(5, Math.max(1, 1 + Math.round(4 * scores.similarity + scale * (harshness + jitter) + lean)))
}

const WORDS = ['dissimilar', 'partly similar', 'similar'] as const

export function rseJudgeReply(prompt: string, malformed: boolean, noise?: JudgeNoise, style: JudgeStyle = 'standard'): string {
  const reference = readTagged(prompt, RSE_TAGS.reference)
  const candidate = readTagged(prompt, RSE_TAGS.candidate)
  if (reference === undefined || candidate === undefined) {
    return `I could not find both texts to compare: the prompt needs <${RSE_TAGS.reference}> and <${RSE_TAGS.candidate}>.`
  }
  const exact = scoreRse(reference, candidate)
  const question = readTagged(prompt, RSE_TAGS.question) ?? ''
  // The lean needs the simulator's seed to rebuild the reference persona's answer; it comes with the noise.
  const lean = noise ? rseLean(style, { question, reference }, noise.seed) : 0
  const scores = restyleRseScores(noise ? { ...exact, overall: noisyOverall(exact, { question, reference, candidate }, noise, lean) } : exact, style)
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
