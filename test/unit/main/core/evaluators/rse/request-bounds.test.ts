import { describe, expect, it } from 'vitest'
import { rseRequestBounds } from '../../../../../../src/main/core/evaluators/rse/request-bounds'

describe('RSE request bounds with issue 16 checks', () => {
  it('is what it was without checks', () => {
    expect(rseRequestBounds(10, 2, 3)).toEqual({ reference: 10, student: 20, judge: 2 * 10 * 2 * 3 })
  })

  it('counts further samples, the second reference answer, the ceiling, the floor and the swaps, for every judge', () => {
    expect(rseRequestBounds(10, 2, 1, { studentSamples: 3 })).toEqual({ reference: 10, student: 60, judge: 2 * 60 })
    expect(rseRequestBounds(10, 2, 2, { calibration: true })).toEqual({ reference: 20, student: 20, judge: 2 * 2 * (20 + 10 + 20) })
    expect(rseRequestBounds(10, 2, 1, { positionCheck: 5 })).toEqual({ reference: 10, student: 20, judge: 2 * 25 })
    // A check cannot swap more pairs than there are.
    expect(rseRequestBounds(10, 2, 1, { positionCheck: 500 }).judge).toBe(2 * 40)
  })
})
