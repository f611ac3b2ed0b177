import { describe, expect, it } from 'vitest'
import { accuracy, cohenKappa, cohenKappaInterval, confusionMatrix, type LabelPair } from '../../../../../../src/main/core/stats/agreement/cohen-kappa'

const repeat = (pair: LabelPair, times: number): LabelPair[] => Array.from({ length: times }, () => pair)

/** Wikipedia's worked example ("Cohen's kappa", simple example): 50 proposals, kappa 0.4. */
const wikipedia: LabelPair[] = [...repeat(['yes', 'yes'], 20), ...repeat(['yes', 'no'], 5), ...repeat(['no', 'yes'], 10), ...repeat(['no', 'no'], 15)]

describe('cohenKappa', () => {
  it("gives Wikipedia's worked example: po 0.7, pe 0.5, kappa 0.4", () => {
    expect(accuracy(wikipedia)).toBeCloseTo(0.7, 12)
    expect(cohenKappa(wikipedia)).toBeCloseTo(0.4, 12)
  })

  it('handles three categories (worked by hand: po 15/20, pe 139/400, kappa 161/261)', () => {
    // Rows rater A, columns rater B: a [5 1 0], b [2 6 1], c [0 1 4].
    const table: [string, string, number][] = [
      ['a', 'a', 5],
      ['a', 'b', 1],
      ['b', 'a', 2],
      ['b', 'b', 6],
      ['b', 'c', 1],
      ['c', 'b', 1],
      ['c', 'c', 4],
    ]
    const pairs = table.flatMap(([a, b, n]) => repeat([a, b], n))
    expect(cohenKappa(pairs)).toBeCloseTo(161 / 261, 12)
  })

  it('is 1 on perfect agreement, -1 on perfect disagreement of two balanced labels, and accepts numbers', () => {
    expect(
      cohenKappa([
        [1, 1],
        [0, 0],
        [1, 1],
        [0, 0],
      ]),
    ).toBe(1)
    expect(
      cohenKappa([
        [1, 0],
        [0, 1],
        [1, 0],
        [0, 1],
      ]),
    ).toBe(-1)
  })

  it('is undefined with no pairs or when both raters used one label only', () => {
    expect(cohenKappa([])).toBeUndefined()
    expect(
      cohenKappa([
        [1, 1],
        [1, 1],
      ]),
    ).toBeUndefined()
    expect(accuracy([])).toBeUndefined()
  })
})

describe('confusionMatrix', () => {
  it('counts each cell with the judge first and the reference second', () => {
    const pairs: [boolean, boolean][] = [
      [true, true],
      [true, true],
      [true, false],
      [false, true],
      [false, true],
      [false, true],
      [false, false],
    ]
    expect(confusionMatrix(pairs)).toEqual({ bothPositive: 2, judgeOnlyPositive: 1, referenceOnlyPositive: 3, bothNegative: 1 })
    expect(confusionMatrix([])).toEqual({ bothPositive: 0, judgeOnlyPositive: 0, referenceOnlyPositive: 0, bothNegative: 0 })
  })
})

describe('cohenKappaInterval', () => {
  it('is seeded: the same seed gives the same interval, which holds the estimate', () => {
    const first = cohenKappaInterval(wikipedia, [7])
    expect(first).toEqual(cohenKappaInterval(wikipedia, [7]))
    expect(first).not.toEqual(cohenKappaInterval(wikipedia, [8]))
    expect(first!.low).toBeLessThan(0.4)
    expect(first!.high).toBeGreaterThan(0.4)
    expect(first!.low).toBeGreaterThanOrEqual(-1)
    expect(first!.high).toBeLessThanOrEqual(1)
  })

  it('is undefined when there is too little to resample', () => {
    expect(cohenKappaInterval([[1, 1]], [1])).toBeUndefined()
    expect(cohenKappaInterval(repeat([1, 1], 30), [1])).toBeUndefined()
  })
})
