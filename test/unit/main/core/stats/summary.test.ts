import { describe, expect, it } from 'vitest'
import { meanOrUndefined, sampleStandardDeviation } from '../../../../../src/main/core/stats/summary'

describe('shared summaries', () => {
  it('the mean, and none of no values', () => {
    expect(meanOrUndefined([1, 2, 4])).toBeCloseTo(7 / 3, 15)
    expect(meanOrUndefined([])).toBeUndefined()
  })

  it('the sample standard deviation (n - 1), and 0 below two values', () => {
    expect(sampleStandardDeviation([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(Math.sqrt(32 / 7), 15)
    expect(sampleStandardDeviation(Float64Array.from([3, 5]))).toBeCloseTo(Math.SQRT2, 15)
    expect(sampleStandardDeviation([3])).toBe(0)
  })
})
