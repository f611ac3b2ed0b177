import { describe, expect, it } from 'vitest'
import { bootstrapMeanCI } from '../../../../../src/main/core/stats/bootstrap'
import { createRng } from '../../../../../src/main/core/stats/prng'
import { bootstrapSharedDrawsSteps, meanOfResampledMeans, type Companion } from '../../../../../src/main/core/stats/shared-draws-bootstrap'
import { runToEnd } from '../../../../../src/main/core/stats/steps'
import { bootstrapMeanOfMeansCI } from '../../../../../src/main/core/stats/stratified-bootstrap'

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
