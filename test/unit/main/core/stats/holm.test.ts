import { describe, expect, it } from 'vitest'
import { holmAdjust } from '../../../../../src/main/core/stats/holm'

describe('Holm adjustment', () => {
  it('matches the textbook example (m = 4: p = 0.01, 0.04, 0.03, 0.005)', () => {
    // Sorted: 0.005 x 4 = 0.02; 0.01 x 3 = 0.03; 0.03 x 2 = 0.06; 0.04 x 1 = 0.04 -> running max 0.06.
    const adjusted = holmAdjust([0.01, 0.04, 0.03, 0.005])
    ;[0.03, 0.06, 0.06, 0.02].forEach((want, i) => expect(adjusted[i]).toBeCloseTo(want, 12))
    // At alpha 0.05 Holm rejects the two smallest; Bonferroni (x 4) would reject only 0.005.
    expect(adjusted.map((p) => p < 0.05)).toEqual([true, false, false, true])
  })

  it('agrees with R p.adjust(c(0.02, 0.5, 0.001), "holm") and caps at 1', () => {
    // R: 0.040 0.500 0.003
    const adjusted = holmAdjust([0.02, 0.5, 0.001])
    ;[0.04, 0.5, 0.003].forEach((want, i) => expect(adjusted[i]).toBeCloseTo(want, 12))
    expect(holmAdjust([0.6, 0.7])).toEqual([1, 1])
    expect(holmAdjust([])).toEqual([])
    expect(() => holmAdjust([Number.NaN])).toThrow(RangeError)
  })
})
