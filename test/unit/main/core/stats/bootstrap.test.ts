import { describe, expect, it } from 'vitest'
import { bootstrapMeanCI, DEFAULT_RESAMPLES } from '../../../../../src/main/core/stats/bootstrap'
import { createRng } from '../../../../../src/main/core/stats/prng'
import { quantileOfSorted } from '../../../../../src/main/core/stats/quantile'

const scores = (n: number, seed: number) => {
  const rng = createRng(seed)
  return Array.from({ length: n }, () => 1 + rng.int(5))
}

describe('bootstrapMeanCI', () => {
  it('brackets the mean, and is deterministic for a seed', () => {
    const values = scores(500, 1)
    const a = bootstrapMeanCI(values, { seed: 9 })
    expect(a).toEqual(bootstrapMeanCI(values, { seed: 9 }))
    expect(a).not.toEqual(bootstrapMeanCI(values, { seed: 10 }))
    const mean = values.reduce((s, v) => s + v, 0) / values.length
    expect(a?.mean).toBeCloseTo(mean, 12)
    expect(a?.low).toBeLessThan(mean)
    expect(a?.high).toBeGreaterThan(mean)
  })

  it('has about the normal-theory width for a large sample', () => {
    const values = scores(1000, 2)
    const mean = values.reduce((s, v) => s + v, 0) / values.length
    const sd = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length)
    const ci = bootstrapMeanCI(values, { seed: 1 })
    const expectedHalf = (1.959964 * sd) / Math.sqrt(values.length)
    expect(((ci?.high ?? 0) - (ci?.low ?? 0)) / 2).toBeCloseTo(expectedHalf, 2)
  })

  it('covers the true mean about 95% of the time', () => {
    // Population: uniform on 1..5, true mean 3. 200 samples of 60, 1,000 resamples each.
    let covered = 0
    for (let trial = 0; trial < 200; trial++) {
      const ci = bootstrapMeanCI(scores(60, 100 + trial), { seed: trial, resamples: 1000 })
      if ((ci?.low ?? 9) <= 3 && 3 <= (ci?.high ?? -9)) covered++
    }
    expect(covered / 200).toBeGreaterThan(0.88)
    expect(covered / 200).toBeLessThan(0.99)
  })

  it('handles n = 0, n = 1 and constant values explicitly', () => {
    expect(bootstrapMeanCI([])).toBeUndefined()
    expect(bootstrapMeanCI([4])).toEqual({ mean: 4, low: 4, high: 4 })
    expect(bootstrapMeanCI([3, 3, 3])).toEqual({ mean: 3, low: 3, high: 3 })
  })

  it('refuses bad input rather than returning a wrong interval', () => {
    expect(() => bootstrapMeanCI([1, Number.NaN])).toThrow(RangeError)
    expect(() => bootstrapMeanCI([1, 2], { resamples: 0 })).toThrow(RangeError)
    expect(() => bootstrapMeanCI([1, 2], { confidence: 95 })).toThrow(RangeError)
  })

  it('accepts typed arrays and seed parts', () => {
    const values = Float64Array.from(scores(50, 3))
    expect(bootstrapMeanCI(values, { seed: ['run-1', 'student', 'Numina'] })).toEqual(bootstrapMeanCI([...values], { seed: ['run-1', 'student', 'Numina'] }))
  })

  it('draws 10,000 resamples by default (speed is measured in the bench, not here)', () => {
    // Timed assertions are noisy on shared two-core machines; the bench reports the ratio instead.
    const values = scores(200, 4)
    expect(DEFAULT_RESAMPLES).toBe(10_000)
    expect(bootstrapMeanCI(values, { seed: 5 })).toEqual(bootstrapMeanCI(values, { seed: 5, resamples: 10_000 }))
    expect(bootstrapMeanCI(values, { seed: 5 })).not.toEqual(bootstrapMeanCI(values, { seed: 5, resamples: 100 }))
  })
})

describe('quantileOfSorted', () => {
  it('interpolates linearly between order statistics (type 7)', () => {
    const sorted = [1, 2, 3, 4]
    expect(quantileOfSorted(sorted, 0)).toBe(1)
    expect(quantileOfSorted(sorted, 1)).toBe(4)
    expect(quantileOfSorted(sorted, 0.5)).toBe(2.5)
    expect(quantileOfSorted(sorted, 0.25)).toBeCloseTo(1.75, 12)
    expect(quantileOfSorted([], 0.5)).toBeNaN()
  })
})
