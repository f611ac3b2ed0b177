import { SCALES, type Field } from './fields'
import type { ScoreValue } from './score-value'

/**
 * Whether a score is one the judge was asked for (METHOD.md 1.2). Nothing is clamped or rescaled:
 * a value outside the scale is the judge misreading the task, and METHOD.md says to record what we
 * cannot use rather than guess. Returns the failure reason, or undefined when the score is usable.
 *
 * Half points (3.5 overall, 1.5 for an aspect) are accepted and recorded as given: a judge that
 * hesitates between two anchors and says so has still given a score, rounding it either way would
 * be our guess, and the mean is defined for it. Finer decimals (3.7, 4.25) are refused: they are not
 * points on the scale the judge was given.
 */
export function scoreProblem(field: Field, score: ScoreValue): string | undefined {
  const { min, max } = SCALES[field]
  if (score.outOf !== undefined && score.outOf !== max) return `${field} ${score.written} is not on the ${min}-${max} scale`
  if (score.value < min || score.value > max) return `${field} ${formatNumber(score.value)} is outside ${min}-${max}`
  if (!Number.isInteger(score.value * 2)) return `${field} ${formatNumber(score.value)} is not a whole or half point`
  return undefined
}

export function formatNumber(value: number): string {
  return String(Number(value.toFixed(6)))
}
