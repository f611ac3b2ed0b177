import { describe, expect, it } from 'vitest'
import { twoSidedNormalP } from '../../../../../src/main/core/stats/normal-tail'

describe('two-sided normal tail', () => {
  it('matches tabulated values', () => {
    expect(twoSidedNormalP(0)).toBeCloseTo(1, 6)
    expect(twoSidedNormalP(1.959963984540054)).toBeCloseTo(0.05, 6)
    expect(twoSidedNormalP(-2.5758293035489)).toBeCloseTo(0.01, 6)
    expect(twoSidedNormalP(3.2905267314919)).toBeCloseTo(0.001, 7)
    expect(twoSidedNormalP(Infinity)).toBe(0)
  })
})
