import { describe, expect, it } from 'vitest'
import { bootstrapOverUnits } from '../../../../../../src/main/core/stats/agreement/agreement-interval'
import { agreementRates } from '../../../../../../src/main/core/stats/agreement/agreement-rates'
import { fleissKappa, fleissKappaFromCounts } from '../../../../../../src/main/core/stats/agreement/fleiss-kappa'
import { icePanelAgreement, rsePanelAgreement } from '../../../../../../src/main/core/stats/agreement/panel-agreement'

/** Wikipedia, "Fleiss' kappa", worked example: 10 subjects, 14 raters, 5 categories; kappa 0.210. */
const WIKIPEDIA_COUNTS = [
  [0, 0, 0, 0, 14],
  [0, 2, 6, 4, 2],
  [0, 0, 3, 5, 6],
  [0, 3, 9, 2, 0],
  [2, 2, 8, 1, 1],
  [7, 7, 0, 0, 0],
  [3, 2, 6, 3, 0],
  [2, 5, 3, 2, 2],
  [6, 5, 2, 1, 0],
  [0, 2, 2, 3, 7],
]
const asRatings = (counts: readonly number[]) => counts.flatMap((count, category) => new Array<number>(count).fill(category + 1))

describe("Fleiss' kappa", () => {
  it('reproduces the Wikipedia example (0.210), from counts and from the raters’ ratings', () => {
    expect(fleissKappaFromCounts(WIKIPEDIA_COUNTS)!.toFixed(3)).toBe('0.210')
    expect(fleissKappa(WIKIPEDIA_COUNTS.map(asRatings))!.toFixed(3)).toBe('0.210')
  })

  it('is 1 for unanimous subjects of different categories, undefined when one category is all there is', () => {
    expect(
      fleissKappa([
        [1, 1, 1],
        [0, 0, 0],
        [1, 1, 1],
      ]),
    ).toBe(1)
    expect(
      fleissKappa([
        [1, 1],
        [1, 1],
      ]),
    ).toBeUndefined()
    expect(fleissKappa([])).toBeUndefined()
    expect(fleissKappa([[1], [0]])).toBeUndefined()
  })

  it('uses only subjects with the usual number of raters', () => {
    expect(fleissKappa([...WIKIPEDIA_COUNTS.map(asRatings), [1, 2]])!.toFixed(3)).toBe('0.210')
    expect(() =>
      fleissKappaFromCounts([
        [1, 1],
        [2, 0, 1],
      ]),
    ).toThrow(RangeError)
  })
})

describe('agreement rates', () => {
  it('counts every pair of coders within a unit that both gave a value', () => {
    // Pairs: (1,1) exact; (2,3) within one; (5,2) neither; (4,4),(4,_),(4,5) -> (4,5) within one.
    expect(
      agreementRates([
        [1, 1],
        [2, 3],
        [5, 2],
        [4, undefined, 5],
      ]),
    ).toEqual({ exact: 0.25, withinOne: 0.75, pairs: 4 })
    expect(agreementRates([[1], [undefined, 2]])).toBeUndefined()
  })
})

describe('panel agreement', () => {
  it('RSE: ordinal alpha with its interval and the rates; a panel of one has only counts', () => {
    const units = Array.from({ length: 60 }, (_unused, item) => [1 + (item % 5), 1 + (item % 5), Math.max(1, (item % 5) + (item % 2))])
    const agreement = rsePanelAgreement(units, 3)
    expect(agreement).toMatchObject({ units: 60, coders: 3 })
    expect(agreement.alpha!).toBeGreaterThan(0.5)
    expect(agreement.ci!.low).toBeLessThanOrEqual(agreement.alpha!)
    expect(agreement.exact!).toBeGreaterThan(0)
    expect(rsePanelAgreement([[3], [4]], 3)).toEqual({ units: 2, coders: 1 })
  })

  it('ICE: Fleiss over the answers every judge judged; a judge reversing every verdict gives a negative kappa', () => {
    const truth = Array.from({ length: 80 }, (_unused, row) => (row % 3 === 0 ? 1 : 0) as 0 | 1)
    const agreeing = icePanelAgreement(
      truth.map((verdict) => [verdict, verdict, verdict]),
      1,
    )
    expect(agreeing).toMatchObject({ kappa: 1, units: 80, coders: 3, exact: 1 })
    const contrary = icePanelAgreement(
      truth.map((verdict) => [verdict, (1 - verdict) as 0 | 1]),
      1,
    )
    expect(contrary.kappa!).toBeLessThan(0)
    expect(
      icePanelAgreement(
        [
          [1, undefined],
          [0, 0],
          [1, 1],
        ],
        1,
      ).units,
    ).toBe(2)
  })

  it('the generic bootstrap repeats for a seed and gives nothing for one unit', () => {
    const units = [1, 2, 3, 4, 5, 6].map((value) => value)
    const mean = (sample: readonly number[]) => sample.reduce((sum, value) => sum + value, 0) / sample.length
    expect(bootstrapOverUnits(units, mean, { seed: 4 })).toEqual(bootstrapOverUnits(units, mean, { seed: 4 }))
    expect(bootstrapOverUnits([1], mean, { seed: 4 })).toBeUndefined()
  })
})

describe("Fleiss' kappa with weights", () => {
  it('a row weighted w is the same as w identical rows', () => {
    const weighted = fleissKappaFromCounts(
      [
        [3, 1],
        [0, 4],
        [2, 2],
      ],
      [2, 1, 3],
    )
    const spelled = fleissKappaFromCounts([
      [3, 1],
      [3, 1],
      [0, 4],
      [2, 2],
      [2, 2],
      [2, 2],
    ])
    expect(weighted).toBeCloseTo(spelled!, 12)
    expect(fleissKappaFromCounts([[3, 1]], [0])).toBeUndefined()
  })
})
