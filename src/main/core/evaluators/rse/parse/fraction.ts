import { readScoreText } from './score-value'
import type { Candidate } from './types'

/**
 * The last resort for the overall: a score written against the five-point scale anywhere in the
 * prose, "I would rate this 4/5", "4 out of 5", "4分（满分5分）". Only /5 counts: the aspects are on
 * 0-2, and "8/10" is a different scale, which we do not rescale (METHOD.md 1.2: record, don't guess).
 * Dates and other numbers ("4/5/2024", "4/55") are not scores; a full stop after one is fine.
 */
const OUT_OF_FIVE = /(?<!\d|\d\.|\/)(\d+(?:\.\d+)?)[ \t]*(?:\/|out of|分?[ \t]*\(?[ \t]*(?:满分|滿分))[ \t]*5(?:\.0+)?(?!\d|\.\d|\/)/giu

export function findFractionScores(text: string): Candidate[] {
  return [...text.matchAll(OUT_OF_FIVE)].map((match) => ({
    field: 'overall' as const,
    via: 'fraction' as const,
    score: readScoreText(`${match[1] ?? ''}/5`),
    raw: match[0],
  }))
}
