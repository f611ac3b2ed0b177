import { describe, expect, it } from 'vitest'
import { combinedRate, combineReplicates, replicateScoresSteps } from '../../../../../../../src/main/core/evaluators/ice/scores/replicate-scores'
import { scoreRows } from '../../../../../../../src/main/core/evaluators/ice/scores/ice-scores'
import { runToEnd } from '../../../../../../../src/main/core/stats/steps'
import type { IceRate } from '../../../../../../../src/shared/contract/ice-results'
import type { IceAttackRow } from '../../../../../../../src/main/core/evaluators/ice'

const rate = (value: number | null, low: number | null, high: number | null): IceRate => ({
  count: 0,
  n: 10,
  rate: value,
  low,
  high,
  ciMethod: 'two-way-cluster-bootstrap',
  rowsIndependent: { low: null, high: null, ciMethod: 'wilson' },
  paper: { n: 10, rate: value },
})
const pooled = rate(0.5, 0.4, 0.6)
const width = (r: IceRate) => r.high! - r.low!

describe('the combined interval of ICE replicates (issue 16)', () => {
  it("with one replicate it is that replicate's own rate and interval", () => {
    const own = rate(0.3, 0.2, 0.45)
    const { rate: combined, sd } = combinedRate(pooled, [own])
    expect(combined).toMatchObject({ rate: 0.3, low: 0.2, high: 0.45, ciMethod: 'two-way-cluster-bootstrap' })
    expect(sd).toBe(0)
  })

  it('with no spread between replicates it is their own interval (the widest half-widths), around the mean', () => {
    const { rate: combined, sd } = combinedRate(pooled, [rate(0.3, 0.2, 0.45), rate(0.3, 0.2, 0.45), rate(0.3, 0.2, 0.45)])
    expect(sd).toBe(0)
    expect(combined.rate).toBeCloseTo(0.3, 12)
    expect(combined.low).toBeCloseTo(0.2, 12)
    expect(combined.high).toBeCloseTo(0.45, 12)
    expect(combined.ciMethod).toBe('replicates-combined')
  })

  it('adds the between-replicate spread to the widest half-width: sqrt(h^2 + s^2) each side of the mean', () => {
    // The widest half-widths are the middle replicate's: 0.2 below, 0.25 above.
    const own = [rate(0.2, 0.18, 0.22), rate(0.4, 0.38, 0.42), rate(0.3, 0.1, 0.55)]
    const { rate: combined, sd } = combinedRate(pooled, own)
    expect(sd).toBeCloseTo(0.1, 12)
    expect(combined.rate).toBeCloseTo(0.3, 12)
    expect(combined.low).toBeCloseTo(0.3 - Math.sqrt(0.2 ** 2 + 0.1 ** 2), 12)
    expect(combined.high).toBeCloseTo(0.3 + Math.sqrt(0.25 ** 2 + 0.1 ** 2), 12)
    for (const replicate of own) expect(width(combined)).toBeGreaterThanOrEqual(width(replicate))
  })

  it("is never narrower than, and always contains, each replicate's own, even where clipping at 0 cuts the side around the mean", () => {
    // The mean sits below the second replicate's rate, and its low side is clipped at 0.
    const own = [rate(0.15, 0, 0.4), rate(0.2, 0, 0.45), rate(0.175, 0, 0.42)]
    const { rate: combined } = combinedRate(pooled, own)
    expect(combined.low).toBe(0)
    for (const replicate of own) {
      expect(width(combined)).toBeGreaterThanOrEqual(width(replicate))
      expect(combined.high!).toBeGreaterThanOrEqual(replicate.high!)
    }
    const outlying = [rate(0.05, 0.01, 0.1), rate(0.06, 0.02, 0.1), rate(0.9, 0.85, 0.99)]
    const wide = combinedRate(pooled, outlying).rate
    for (const replicate of outlying) {
      expect(wide.low!).toBeLessThanOrEqual(replicate.low!)
      expect(wide.high!).toBeGreaterThanOrEqual(replicate.high!)
    }
    expect(wide.high).toBeLessThanOrEqual(1)
  })

  it('leaves out replicates without a rate, and has none when no replicate has one', () => {
    expect(combinedRate(pooled, [rate(null, null, null), rate(null, null, null)]).rate).toMatchObject({ rate: null, low: null, high: null })
    const { rate: one, sd } = combinedRate(pooled, [rate(null, null, null), rate(0.3, 0.2, 0.4)])
    expect(one.rate).toBe(0.3)
    expect(sd).toBeNull()
  })

  it("reports each rate's spread, keeps the pooled counts, and refuses nothing to combine", () => {
    const set = scoreRows([{ template: 'a', loose: true, strict: true }])
    const replicates = [0.2, 0.4].map((value, replicate) => ({
      replicate,
      seed: replicate,
      n: 10,
      loose: rate(value, value - 0.1, value + 0.1),
      strict: rate(value, value - 0.1, value + 0.1),
      hard: rate(null, null, null),
    }))
    const { scores, spread } = combineReplicates(set, replicates)
    expect(spread.loose).toBeCloseTo(Math.sqrt(0.02), 12)
    expect(spread.hard).toBeNull()
    expect(scores.loose.count).toBe(set.loose.count)
    expect(scores.loose.rate).toBeCloseTo(0.3, 12)
    expect(() => combineReplicates(set, [])).toThrow(RangeError)
  })

  it("scores each replicate's rows on their own, seeded by the replicate's seed as a run's headline is", () => {
    const row = (replicate: number, mutantId: number, verdict: 0 | 1) =>
      ({
        ...(replicate > 0 ? { replicate } : {}),
        mutantId,
        questionId: `q${mutantId}`,
        template: 'T',
        loose: { verdict, via: 'tag' },
        ...(verdict === 1 ? { strict: { verdict: 1, via: 'tag' } } : {}),
      }) as unknown as IceAttackRow
    const rows = [row(0, 1, 1), row(0, 2, 0), row(1, 1, 0), row(1, 2, 0), row(1, 3, 0)]
    const scored = runToEnd(replicateScoresSteps(rows, [], [7, 99]))
    expect(scored.map((replicate) => [replicate.replicate, replicate.seed, replicate.n, replicate.loose.count])).toEqual([
      [0, 7, 2, 1],
      [1, 99, 3, 0],
    ])
  })
})
