/**
 * Reads one score as the judge wrote it: a number, or text such as "4", "4/5", "4 out of 5",
 * "4分", "4.0 (similar)" or "80%". The scale it was given on (the denominator) is kept, so that
 * validation can refuse "8/10" instead of silently rescaling it (METHOD.md 1.2: record, don't guess).
 */

export interface ScoreValue {
  readonly value: number
  /** The scale's top as written ("/5" -> 5, "%" -> 100); undefined when none was written. */
  readonly outOf?: number
  /** How the judge wrote it, for failure reasons. */
  readonly written: string
}

/** A number, optionally "/ N", "out of N" or "%", at the start of the text. */
export const SCORE_PATTERN = /^[\s*_"'`]*(-?\d+(?:\.\d+)?)\s*分?\s*(?:(?:\(\s*)?(?:\/|out\s+of|of|满分|滿分)\s*(\d+(?:\.\d+)?)|(%))?/i

/** undefined when the value holds no readable number. */
export function readScoreValue(raw: unknown): ScoreValue | undefined {
  if (typeof raw === 'number') return Number.isFinite(raw) ? { value: raw, written: String(raw) } : undefined
  if (typeof raw === 'string') return readScoreText(raw)
  if (raw !== null && typeof raw === 'object' && !Array.isArray(raw)) {
    // {"style": {"score": 2, "reason": "..."}}: some judges nest a score with its justification.
    const inner = Object.entries(raw).find(([key]) => /^(score|value|rating|评分|得分)$/i.test(key.trim()))
    return inner === undefined ? undefined : readScoreValue(inner[1])
  }
  return undefined
}

export function readScoreText(text: string): ScoreValue | undefined {
  const match = SCORE_PATTERN.exec(text)
  if (match === null) return undefined
  const value = Number(match[1])
  const outOf = match[3] !== undefined ? 100 : match[2] !== undefined ? Number(match[2]) : undefined
  const written = match[0].replace(/^[\s*_"'`]+/, '').trim()
  return outOf === undefined ? { value, written } : { value, outOf, written }
}
