import { describe, expect, it } from 'vitest'
import { majorityOf, tallyAgreement, type ComparedRow } from '../../../../../../../src/main/core/evaluators/ice/paper-judge-check/tally-agreement'

const rows = (judge: ComparedRow['judge'], paper: boolean, times: number): ComparedRow[] => Array.from({ length: times }, () => ({ judge, paper }))

describe('tallyAgreement', () => {
  it("compares readable rows only, with Wikipedia's kappa example as the matrix", () => {
    const compared = [
      ...rows(true, true, 20),
      ...rows(true, false, 5),
      ...rows(false, true, 10),
      ...rows(false, false, 15),
      ...rows(null, true, 3),
      ...rows('split', false, 2),
    ]
    const tally = tallyAgreement(compared, [1])
    expect(tally).toMatchObject({
      n: 50,
      unreadable: 3,
      splits: 2,
      matrix: { bothPositive: 20, judgeOnlyPositive: 5, referenceOnlyPositive: 10, bothNegative: 15 },
    })
    expect(tally.accuracy).toBeCloseTo(0.7, 12)
    expect(tally.kappa).toBeCloseTo(0.4, 12)
    expect(tally.kappaCi![0]).toBeLessThan(0.4)
    expect(tally.kappaCi![1]).toBeGreaterThan(0.4)
  })

  it('gives nulls, not numbers, when nothing could be compared', () => {
    expect(tallyAgreement(rows(null, true, 4), [1])).toMatchObject({ n: 0, unreadable: 4, accuracy: null, kappa: null, kappaCi: null })
  })
})

describe('majorityOf', () => {
  it('takes the majority of readable verdicts; an even tie is a split; none readable is unreadable', () => {
    expect(majorityOf([true, true, false])).toBe(true)
    expect(majorityOf([false, null, false, true])).toBe(false)
    expect(majorityOf([true, false])).toBe('split')
    expect(majorityOf([null, null])).toBeNull()
  })
})
