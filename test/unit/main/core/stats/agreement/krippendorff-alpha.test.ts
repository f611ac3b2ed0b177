import { describe, expect, it } from 'vitest'
import { alphaInterval } from '../../../../../../src/main/core/stats/agreement/alpha-interval'
import { krippendorffAlpha, type ReliabilityData } from '../../../../../../src/main/core/stats/agreement/krippendorff-alpha'

/**
 * Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: four observers, twelve
 * units, values 1-5, missing data ("."), published nominal 0.743, ordinal 0.815, interval 0.849.
 */
const _ = undefined
const OBSERVERS = {
  A: [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
  B: [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
  C: [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
  D: [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
}
const UNITS: ReliabilityData = OBSERVERS.A.map((_value, unit) => [OBSERVERS.A[unit], OBSERVERS.B[unit], OBSERVERS.C[unit], OBSERVERS.D[unit]])

describe("Krippendorff's alpha", () => {
  it("reproduces Krippendorff's worked example to the published digits", () => {
    expect(krippendorffAlpha(UNITS, 'nominal')!.toFixed(3)).toBe('0.743')
    expect(krippendorffAlpha(UNITS, 'ordinal')!.toFixed(3)).toBe('0.815')
    expect(krippendorffAlpha(UNITS, 'interval')!.toFixed(3)).toBe('0.849')
  })

  it('is 1 for perfect agreement, near 0 for unrelated coders, below 0 for systematic disagreement', () => {
    expect(
      krippendorffAlpha(
        [
          [1, 1],
          [3, 3],
          [5, 5],
        ],
        'ordinal',
      ),
    ).toBe(1)
    const mirrored = [1, 2, 3, 4, 5].map((score) => [score, 6 - score])
    expect(krippendorffAlpha(mirrored, 'interval')!).toBeLessThan(0)
  })

  it('is undefined, never NaN, when nothing can be paired or no disagreement is possible', () => {
    expect(krippendorffAlpha([], 'nominal')).toBeUndefined()
    expect(krippendorffAlpha([[3], [4, undefined]], 'ordinal')).toBeUndefined()
    expect(
      krippendorffAlpha(
        [
          [2, 2],
          [2, 2, 2],
        ],
        'interval',
      ),
    ).toBeUndefined()
  })

  it('leaves out units with a single value, as the procedure does', () => {
    const withLonely = [...UNITS, [4, undefined, undefined, undefined]]
    expect(krippendorffAlpha(withLonely, 'interval')).toBeCloseTo(krippendorffAlpha(UNITS, 'interval')!, 12)
  })

  it('gives a seeded interval that contains the estimate, repeats for a seed and moves with another', () => {
    // Three judges over 300 items: the third often one point lower.
    const data: number[][] = []
    for (let item = 0; item < 300; item++) {
      const score = 1 + (item % 5)
      data.push([score, score, Math.max(1, score - (item % 3 === 0 ? 1 : 0))])
    }
    const alpha = krippendorffAlpha(data, 'ordinal')!
    const ci = alphaInterval(data, 'ordinal', { seed: 1 })!
    expect(ci.low).toBeLessThan(alpha)
    expect(ci.high).toBeGreaterThan(alpha)
    expect(alphaInterval(data, 'ordinal', { seed: 1 })).toEqual(ci)
    expect(alphaInterval(data, 'ordinal', { seed: 2 })).not.toEqual(ci)
    expect(alphaInterval([[1, 1]], 'ordinal', { seed: 1 })).toBeUndefined()
  })
})
