/**
 * Two-sided tail probability of the standard normal, P(|Z| >= |z|) = erfc(|z| / sqrt(2)). erfc by
 * the Chebyshev-fitted formula of Numerical Recipes (2nd ed., section 6.2, "erfcc"), relative error
 * below 1.2e-7 everywhere: far finer than any decision made with it (Holm's thresholds).
 */
export function twoSidedNormalP(z: number): number {
  if (Number.isNaN(z)) throw new RangeError('twoSidedNormalP of NaN')
  const x = Math.abs(z) / Math.SQRT2
  if (x === Infinity) return 0
  const t = 1 / (1 + 0.5 * x)
  const poly =
    -1.26551223 +
    t *
      (1.00002368 +
        t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))))
  return Math.min(1, t * Math.exp(-x * x + poly))
}
