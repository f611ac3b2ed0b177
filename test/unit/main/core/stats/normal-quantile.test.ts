import { describe, expect, it } from 'vitest'
import { normalQuantile, zForConfidence } from '../../../../../src/main/core/stats/normal-quantile'

describe('normalQuantile (AS241)', () => {
  it('matches reference values in the centre and both tails', () => {
    // Values from R's qnorm, to 1e-12.
    const cases: [number, number][] = [
      [0.5, 0],
      [0.975, 1.959963984540054],
      [0.995, 2.5758293035489004],
      [0.95, 1.6448536269514722],
      [0.9, 1.2815515655446004],
      [0.025, -1.959963984540054],
      [1e-10, -6.361340902404056],
    ]
    for (const [p, z] of cases) expect(normalQuantile(p)).toBeCloseTo(z, 12)
  })

  it('inverts the normal tail far out, where the third approximation takes over', () => {
    // Upper tail by its continued fraction, Q(x) = phi(x) / (x + 1/(x + 2/(x + 3/(x + ...)))),
    // accurate for x > 3: an independent check of the far-tail coefficients.
    const upperTail = (x: number) => {
      let fraction = x
      for (let k = 200; k >= 1; k--) fraction = x + k / fraction
      return Math.exp((-x * x) / 2) / Math.sqrt(2 * Math.PI) / fraction
    }
    for (const p of [1e-5, 1e-10, 1e-20, 1e-100, 1e-300]) {
      const z = normalQuantile(p)
      expect(z).toBeLessThan(0)
      expect(upperTail(-z) / p).toBeCloseTo(1, 9)
    }
    expect(normalQuantile(1 - 1e-5)).toBeCloseTo(-normalQuantile(1e-5), 6)
  })

  it('gives z = 1.959964 for 95% and refuses impossible levels', () => {
    expect(zForConfidence(0.95)).toBeCloseTo(1.959964, 6)
    expect(zForConfidence(0.99)).toBeCloseTo(2.575829, 6)
    for (const bad of [0, 1, -0.1, 1.5, Number.NaN]) expect(() => zForConfidence(bad)).toThrow(RangeError)
    expect(() => normalQuantile(0)).toThrow(RangeError)
  })
})
