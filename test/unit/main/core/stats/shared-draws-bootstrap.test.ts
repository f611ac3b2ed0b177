import { beforeEach, describe, expect, it, vi } from 'vitest'
import { bootstrapMeanCI } from '../../../../../src/main/core/stats/bootstrap'
import { createRng } from '../../../../../src/main/core/stats/prng'
import { drawn } from '../../../../../test/support/counted-draws'
import {
  bootstrapCommonDrawsSteps,
  bootstrapSharedDrawsSteps,
  meanOfResampledMeans,
  type Companion,
  type DrawsSeries,
} from '../../../../../src/main/core/stats/shared-draws-bootstrap'
import { runToEnd } from '../../../../../src/main/core/stats/steps'
import { bootstrapMeanOfMeansCI } from '../../../../../src/main/core/stats/stratified-bootstrap'

// Counts the indices every sampler draws, by wrapping the real one: no hook in the production loop.
vi.mock('../../../../../src/main/core/stats/prng', async (importOriginal) =>
  (await import('../../../../../test/support/counted-draws')).prngCountingDraws(importOriginal),
)
beforeEach(() => {
  drawn.indices = 0
})

const scores = (n: number, seed: number, levels = 5) => {
  const rng = createRng(seed)
  return Array.from({ length: n }, () => 1 + rng.int(levels))
}
const shared = (values: readonly number[], companions: readonly Companion[] = [], seed: number | string = 1, resamples = 3000) =>
  runToEnd(bootstrapSharedDrawsSteps(values, companions, { seed, resamples }))

describe('bootstrap on shared draws (issue 17 item 2)', () => {
  it("gives the main series exactly bootstrapMeanCI's interval, whatever the length", () => {
    for (const n of [2, 3, 7, 100, 333]) {
      const values = scores(n, n)
      expect(shared(values, [], 'set', 3000)?.interval).toEqual(bootstrapMeanCI(values, { seed: 'set', resamples: 3000 }))
    }
  })

  it("resamples a companion on the main series' first draws: the same values give bootstrapMeanCI's interval for that many resamples", () => {
    const values = scores(120, 4)
    const result = shared(
      values,
      [
        { values, resamples: 800 },
        { values: values.map((v) => v / 2), resamples: 3000 },
      ],
      9,
    )
    expect(result?.companions[0]).toEqual(bootstrapMeanCI(values, { seed: 9, resamples: 800 }))
    const halved = bootstrapMeanCI(values, { seed: 9, resamples: 3000 })!
    expect(result?.companions[1]?.low).toBeCloseTo(halved.low / 2, 12)
    expect(result?.companions[1]?.high).toBeCloseTo(halved.high / 2, 12)
  })

  it('keeps the resample means in the order drawn, so a mean of several series can be read off them', () => {
    const a = scores(80, 1)
    const b = scores(30, 2)
    const [ra, rb] = [shared(a, [], 'a'), shared(b, [], 'b')]
    expect(ra?.means).toHaveLength(3000)
    // One series: exactly its own interval.
    expect(meanOfResampledMeans([ra!])).toEqual(ra?.interval)
    // Two: the stratified bootstrap of the mean of means, up to Monte Carlo error against the one that draws its own.
    const read = meanOfResampledMeans([ra!, rb!])!
    const drawn = bootstrapMeanOfMeansCI([a, b], { seed: 'own', resamples: 20_000 })!
    expect(read.mean).toBe(drawn.mean)
    expect(Math.abs(read.low - drawn.low)).toBeLessThan(0.06)
    expect(Math.abs(read.high - drawn.high)).toBeLessThan(0.06)
    expect(read.high - read.low).toBeLessThan(Math.min(ra!.interval.high - ra!.interval.low, rb!.interval.high - rb!.interval.low))
  })

  it('has no interval without values, degenerate ones with a single value, and refuses companions that do not match', () => {
    expect(shared([])).toBeUndefined()
    const one = shared([4], [{ values: [2], resamples: 10 }])
    expect(one?.interval).toEqual({ mean: 4, low: 4, high: 4 })
    expect(one?.companions).toEqual([{ mean: 2, low: 2, high: 2 }])
    expect(meanOfResampledMeans([one!, shared([2])!])).toEqual({ mean: 3, low: 3, high: 3 })
    expect(() => shared([1, 2, 3], [{ values: [1, 2], resamples: 10 }])).toThrow(/2 values, not 3/)
    expect(() => shared([1, 2, 3], [{ values: [1, 2, 3], resamples: 5000 }])).toThrow(/1\.\.3000 resamples/)
    expect(() => shared([1, Number.NaN])).toThrow(/non-finite/)
    expect(() => meanOfResampledMeans([shared([1, 2], [], 1, 100)!, shared([1, 2], [], 1, 200)!])).toThrow(/same number of resamples/)
  })
})

describe('bootstrap on common draws for several series of the same length (issue 17)', () => {
  const common = (series: readonly DrawsSeries[], seed: number | string = 'set', resamples = 3000) =>
    runToEnd(bootstrapCommonDrawsSteps(series, { seed, resamples }))
  const withAspect = (values: number[], resamples = 800): DrawsSeries => ({ values, companions: [{ values: values.map((v) => v % 3), resamples }] })

  it('gives every series exactly what it gets alone with the same seed: the same draws, read by each', () => {
    const [a, b, c] = [scores(150, 1), scores(150, 2), scores(150, 3)]
    const together = common([withAspect(a), withAspect(b), withAspect(c)])
    const alone = [a, b, c].map((values) => shared(values, withAspect(values).companions, 'set'))
    expect(together).toEqual(alone)
    expect(together[0]?.interval).toEqual(bootstrapMeanCI(a, { seed: 'set', resamples: 3000 }))
    // The seed decides the draws: another seed gives another interval (so the equality above is not trivial).
    expect(shared(a, [], 'other')?.interval).not.toEqual(together[0]?.interval)
  })

  it("does not change a series' result when others are added, removed or reordered", () => {
    const [a, b, c] = [scores(90, 4), scores(90, 5), scores(90, 6)]
    const all = common([withAspect(a), withAspect(b), withAspect(c)])
    expect(common([withAspect(c), withAspect(a)])).toEqual([all[2], all[0]])
    expect(common([withAspect(b)])).toEqual([all[1]])
  })

  it('draws n indices per resample however many series read them', () => {
    const series = [scores(200, 7), scores(200, 8), scores(200, 9), scores(200, 10)].map((values) => withAspect(values))
    common(series.slice(0, 1), 'set', 1000)
    expect(drawn.indices).toBe(200 * 1000)
    drawn.indices = 0
    common(series, 'set', 1000)
    expect(drawn.indices).toBe(200 * 1000)
  })

  it('pauses inside the resample loop, counting every series it reads', () => {
    // 4 series of 500 over 2,000 resamples: 4 million values read, a pause every quarter million.
    const steps = bootstrapCommonDrawsSteps(
      [1, 2, 3, 4].map((seed) => withAspect(scores(500, seed))),
      { seed: 'set', resamples: 2000 },
    )
    let pauses = 0
    while (!steps.next().done) pauses++
    expect(pauses).toBeGreaterThanOrEqual(16)
  })

  it('has nothing for empty series, degenerate intervals for single values, and refuses series of different lengths', () => {
    expect(common([withAspect([]), withAspect([])])).toEqual([undefined, undefined])
    expect(common([])).toEqual([])
    const ones = common([withAspect([4], 10), withAspect([2], 10)], 'set', 10)
    expect(ones.map((one) => one?.interval)).toEqual([
      { mean: 4, low: 4, high: 4 },
      { mean: 2, low: 2, high: 2 },
    ])
    expect(ones[1]?.means).toEqual(new Float64Array(10).fill(2))
    expect(drawn.indices).toBe(0)
    expect(() => common([withAspect([1, 2, 3]), withAspect([1, 2])])).toThrow(/same length: one has 2 values, not 3/)
    expect(() => common([withAspect([1, 2]), { values: [1, 2], companions: [{ values: [1], resamples: 5 }] }])).toThrow(/1 values, not 2/)
  })
})
