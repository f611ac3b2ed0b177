import type { Interval } from '../../../../shared/contract/results'
import { runToEnd, type Steps } from '../steps'
import { addUnit, alphaFromMatrix, coincidencesOf, type AlphaLevel, type ReliabilityData } from './krippendorff-alpha'
import { patternBootstrapSteps, patternsOf } from './pattern-bootstrap'

/**
 * The seeded bootstrap 95% interval of Krippendorff's alpha, units resampled with replacement.
 * Coincidences ignore which coder gave which value, so a unit's sorted values are its pattern.
 */
export function* alphaIntervalSteps(
  data: ReliabilityData,
  level: AlphaLevel,
  options: { readonly seed: number; readonly draws?: number },
): Steps<Interval | undefined> {
  const { values, units } = coincidencesOf(data)
  const { patternOfUnit, patterns } = patternsOf(units, (unit) => [...unit].sort((a, b) => a - b).join(','))
  const size = values.length
  const matrix = new Float64Array(size * size)
  const alphaOf = (found: readonly (readonly number[])[], counts: Float64Array) => {
    matrix.fill(0)
    found.forEach((pattern, index) => counts[index]! > 0 && addUnit(matrix, size, pattern, counts[index]!))
    return alphaFromMatrix(matrix, values, level)
  }
  return yield* patternBootstrapSteps(patternOfUnit, patterns, alphaOf, { ...options, label: 'alpha-bootstrap' })
}

export const alphaInterval = (data: ReliabilityData, level: AlphaLevel, options: { readonly seed: number; readonly draws?: number }) =>
  runToEnd(alphaIntervalSteps(data, level, options))
