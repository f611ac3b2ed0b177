import type { Interval } from '../../../../shared/contract/results'
import { createRng } from '../prng'
import { quantileOfSorted } from '../quantile'
import { workMeter, type Steps } from '../steps'

export const AGREEMENT_DRAWS = 2000

/**
 * A seeded percentile bootstrap 95% interval over units that fall into few patterns (three judges
 * scoring 1-5 make at most 125; two verdicts of three judges, four). Each resample counts how often
 * each pattern was drawn and computes the statistic from the counts, so a 30,000-item run costs the
 * draws alone, with a pause point every fraction of a millisecond (stats/steps). Resamples whose
 * statistic is undefined are left out; fewer than half defined gives no interval.
 */
export function* patternBootstrapSteps<P>(
  patternOfUnit: readonly number[],
  patterns: readonly P[],
  statistic: (patterns: readonly P[], counts: Float64Array) => number | undefined,
  options: { readonly seed: number; readonly label: string; readonly draws?: number },
): Steps<Interval | undefined> {
  const units = patternOfUnit.length
  if (units < 2) return undefined
  const draws = options.draws ?? AGREEMENT_DRAWS
  const rng = createRng(options.seed, options.label)
  const counts = new Float64Array(patterns.length)
  const estimates: number[] = []
  const paused = workMeter()
  for (let draw = 0; draw < draws; draw++) {
    counts.fill(0)
    for (let i = 0; i < units; i++) counts[patternOfUnit[rng.int(units)]!]! += 1
    const value = statistic(patterns, counts)
    if (value !== undefined && Number.isFinite(value)) estimates.push(value)
    if (paused(units + patterns.length * 8)) yield
  }
  if (estimates.length < draws / 2) return undefined
  estimates.sort((a, b) => a - b)
  return { low: quantileOfSorted(estimates, 0.025), high: quantileOfSorted(estimates, 0.975) }
}

/** Units grouped by a key: each unit's pattern number, and one representative unit per pattern. */
export function patternsOf<U>(units: readonly U[], key: (unit: U) => string): { patternOfUnit: number[]; patterns: U[] } {
  const index = new Map<string, number>()
  const patterns: U[] = []
  const patternOfUnit = units.map((unit) => {
    const found = key(unit)
    let pattern = index.get(found)
    if (pattern === undefined) {
      pattern = patterns.length
      index.set(found, pattern)
      patterns.push(unit)
    }
    return pattern
  })
  return { patternOfUnit, patterns }
}
