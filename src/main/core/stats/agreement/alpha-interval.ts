import type { Interval } from '../../../../shared/contract/results'
import { createRng } from '../prng'
import { quantileOfSorted } from '../quantile'
import { AGREEMENT_DRAWS } from './agreement-interval'
import { addUnit, alphaFromMatrix, coincidencesOf, type AlphaLevel, type ReliabilityData } from './krippendorff-alpha'

/**
 * The seeded bootstrap 95% interval of Krippendorff's alpha: units resampled with replacement. Units
 * are few patterns in practice (three judges scoring 1-5 make at most 125), so each resample counts
 * how often each pattern was drawn and builds the coincidence matrix from the counts: a 30,000-item
 * run's interval costs the draws, not 2,000 passes over every item's pairs.
 */
export function alphaInterval(data: ReliabilityData, level: AlphaLevel, options: { readonly seed: number; readonly draws?: number }): Interval | undefined {
  const { values, units } = coincidencesOf(data)
  if (units.length < 2) return undefined
  const patternOf = new Map<string, number>()
  const patterns: (readonly number[])[] = []
  const unitPattern = new Uint32Array(units.length)
  units.forEach((unit, index) => {
    // Coincidences ignore which coder gave which value, so a unit's sorted values are its pattern.
    const key = [...unit].sort((a, b) => a - b).join(',')
    let pattern = patternOf.get(key)
    if (pattern === undefined) {
      pattern = patterns.length
      patternOf.set(key, pattern)
      patterns.push(unit)
    }
    unitPattern[index] = pattern
  })
  const size = values.length
  const draws = options.draws ?? AGREEMENT_DRAWS
  const rng = createRng(options.seed, 'alpha-bootstrap')
  const counts = new Float64Array(patterns.length)
  const matrix = new Float64Array(size * size)
  const estimates: number[] = []
  for (let draw = 0; draw < draws; draw++) {
    counts.fill(0)
    for (let i = 0; i < units.length; i++) counts[unitPattern[rng.int(units.length)]!]! += 1
    matrix.fill(0)
    patterns.forEach((pattern, index) => counts[index]! > 0 && addUnit(matrix, size, pattern, counts[index]!))
    const alpha = alphaFromMatrix(matrix, values, level)
    if (alpha !== undefined && Number.isFinite(alpha)) estimates.push(alpha)
  }
  if (estimates.length < draws / 2) return undefined
  estimates.sort((a, b) => a - b)
  return { low: quantileOfSorted(estimates, 0.025), high: quantileOfSorted(estimates, 0.975) }
}
