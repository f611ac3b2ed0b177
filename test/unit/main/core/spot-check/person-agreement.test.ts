import { describe, expect, it } from 'vitest'
import { panelRating, personAgreement } from '../../../../../src/main/core/spot-check/person-agreement'

describe('the person against a judge', () => {
  it('RSE: alpha 1 and every score alike when the person rates as the judge does', () => {
    const pairs = [1, 2, 3, 4, 5, 3, 2].map((score) => ({ person: score, judge: score }))
    expect(personAgreement('rse', pairs, 1)).toMatchObject({ n: 7, alpha: 1, exact: 1, withinOne: 1 })
  })

  it('RSE: a judge one point lower agrees within one point but not exactly', () => {
    const pairs = [2, 3, 4, 5, 3, 4].map((score) => ({ person: score, judge: score - 1 }))
    const agreement = personAgreement('rse', pairs, 1)
    expect(agreement).toMatchObject({ n: 6, exact: 0, withinOne: 1 })
    expect(agreement.alpha!).toBeLessThan(1)
  })

  it('ICE: kappa -1 for a judge that always says the opposite, with an interval', () => {
    const pairs = [1, 0, 1, 0, 0, 1, 1, 0].map((verdict) => ({ person: verdict, judge: 1 - verdict }))
    const agreement = personAgreement('ice', pairs, 2)
    expect(agreement).toMatchObject({ n: 8, kappa: -1, exact: 0 })
    expect(agreement.ci?.high).toBeLessThanOrEqual(0)
  })

  it('nothing rated: only n', () => {
    expect(personAgreement('ice', [], 1)).toEqual({ n: 0 })
  })
})

describe("the panel's rating of an item", () => {
  it('RSE: the mean of the judges that scored it', () => {
    expect(panelRating('rse', [4, undefined, 3])).toBe(3.5)
    expect(panelRating('rse', [undefined])).toBeUndefined()
  })

  it('ICE: the majority, a tie has none', () => {
    expect(panelRating('ice', [1, 1, 0])).toBe(1)
    expect(panelRating('ice', [0, undefined, 0])).toBe(0)
    expect(panelRating('ice', [1, 0])).toBeUndefined()
  })
})
