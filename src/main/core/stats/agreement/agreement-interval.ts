import type { Interval } from '../../../../shared/contract/results'
import { createRng } from '../prng'
import { quantileOfSorted } from '../quantile'

import { AGREEMENT_DRAWS } from './pattern-bootstrap'

/**
 * A seeded percentile bootstrap 95% interval of an agreement coefficient: units (items) resampled
 * with replacement, the coefficient recomputed on each resample; resamples where it is undefined
 * (no disagreement possible) are left out. Undefined when fewer than half the resamples give a value.
 */
export function bootstrapOverUnits<T>(
  units: readonly T[],
  statistic: (sample: readonly T[]) => number | undefined,
  options: { readonly seed: number; readonly draws?: number },
): Interval | undefined {
  if (units.length < 2) return undefined
  const draws = options.draws ?? AGREEMENT_DRAWS
  const rng = createRng(options.seed, 'agreement-bootstrap')
  const estimates: number[] = []
  const sample = new Array<T>(units.length)
  for (let draw = 0; draw < draws; draw++) {
    for (let i = 0; i < units.length; i++) sample[i] = units[rng.int(units.length)]!
    const value = statistic(sample)
    if (value !== undefined && Number.isFinite(value)) estimates.push(value)
  }
  if (estimates.length < draws / 2) return undefined
  estimates.sort((a, b) => a - b)
  return { low: quantileOfSorted(estimates, 0.025), high: quantileOfSorted(estimates, 0.975) }
}
