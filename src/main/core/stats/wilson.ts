import { zForConfidence } from './normal-quantile'

export interface RateInterval {
  /** successes / n */
  readonly rate: number
  readonly low: number
  readonly high: number
}

/**
 * Wilson score interval for a binomial rate (METHOD.md 3: ICE rates get a Wilson 95% interval).
 * Chosen over the normal ("Wald") interval because ICE rates are often 0 or close to it (the paper
 * reports 0.00 and 0.01), where Wald collapses to a zero-width interval and Wilson does not.
 * Returns undefined for n = 0: there is no rate to bound, and callers must show that explicitly.
 */
export function wilsonInterval(successes: number, n: number, confidence = 0.95): RateInterval | undefined {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a non-negative integer, got ${n}`)
  if (!Number.isInteger(successes) || successes < 0 || successes > n) throw new RangeError(`successes must be an integer in 0..${n}, got ${successes}`)
  const z = zForConfidence(confidence)
  if (n === 0) return undefined
  const rate = successes / n
  const z2n = (z * z) / n
  const centre = (rate + z2n / 2) / (1 + z2n)
  const half = (z / (1 + z2n)) * Math.sqrt((rate * (1 - rate)) / n + (z * z) / (4 * n * n))
  // At 0 and n the bound is exactly 0 or 1; pin it so rounding never shows "-0.000" or "1.0000001".
  return {
    rate,
    low: successes === 0 ? 0 : Math.max(0, centre - half),
    high: successes === n ? 1 : Math.min(1, centre + half),
  }
}
