import { describe, expect, it } from 'vitest'
import { bootstrapMeanCI } from '../../../../../src/main/core/stats/bootstrap'
import { createRng } from '../../../../../src/main/core/stats/prng'
import { bootstrapMeanOfMeansCI } from '../../../../../src/main/core/stats/stratified-bootstrap'

const sample = (n: number, seed: number, top = 5) => {
  const rng = createRng(seed)
  return Array.from({ length: n }, () => 1 + rng.int(top))
}

describe('bootstrapMeanOfMeansCI', () => {
  it('estimates the unweighted mean of the group means, not the pooled mean', () => {
    const small = [5, 5, 5, 5]
    const large = Array.from({ length: 400 }, () => 1)
    const ci = bootstrapMeanOfMeansCI([small, large], { seed: 1 })
    expect(ci?.mean).toBe(3)
    expect(ci).toEqual({ mean: 3, low: 3, high: 3 })
  })

  it('is deterministic for a seed and brackets the estimate', () => {
    const groups = [sample(100, 1), sample(300, 2), sample(50, 3)]
    const a = bootstrapMeanOfMeansCI(groups, { seed: 'x' })
    expect(a).toEqual(bootstrapMeanOfMeansCI(groups, { seed: 'x' }))
    expect(a?.low).toBeLessThan(a?.mean ?? 0)
    expect(a?.high).toBeGreaterThan(a?.mean ?? 0)
  })

  it('is narrower than any single group’s interval when groups are alike (averaging reduces noise)', () => {
    const groups = [sample(200, 4), sample(200, 5), sample(200, 6)]
    const avg = bootstrapMeanOfMeansCI(groups, { seed: 1 })
    const single = bootstrapMeanCI(groups[0] ?? [], { seed: 1 })
    expect((avg?.high ?? 0) - (avg?.low ?? 0)).toBeLessThan((single?.high ?? 0) - (single?.low ?? 0))
  })

  it('with one group, agrees with the plain bootstrap in distribution', () => {
    const group = sample(300, 7)
    const a = bootstrapMeanOfMeansCI([group], { seed: 2 })
    const b = bootstrapMeanCI(group, { seed: 2 })
    expect(a?.mean).toBe(b?.mean)
    expect(a?.low).toBeCloseTo(b?.low ?? 0, 1)
    expect(a?.high).toBeCloseTo(b?.high ?? 0, 1)
  })

  it('undefined without groups; an empty group is a caller bug', () => {
    expect(bootstrapMeanOfMeansCI([])).toBeUndefined()
    expect(() => bootstrapMeanOfMeansCI([[1, 2], []])).toThrow(RangeError)
    expect(bootstrapMeanOfMeansCI([[2], [4]])).toEqual({ mean: 3, low: 3, high: 3 })
  })

  // Its cost is measured in the bench (results per request), never against a wall clock here.
  it('three sets of 500/1,000/1,000 items with 10,000 resamples: reproducible, around the mean, narrow', () => {
    const groups = [sample(500, 1), sample(1000, 2), sample(1000, 3)]
    const ci = bootstrapMeanOfMeansCI(groups, { seed: 3 })!
    expect(bootstrapMeanOfMeansCI(groups, { seed: 3 })).toEqual(ci)
    expect(ci.low).toBeLessThan(ci.mean)
    expect(ci.high).toBeGreaterThan(ci.mean)
    expect(ci.high - ci.low).toBeLessThan(0.5)
  })
})
