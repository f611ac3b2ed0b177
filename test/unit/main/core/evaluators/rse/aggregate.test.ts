import { beforeEach, describe, expect, it, vi } from 'vitest'
import { aggregateRse, referenceSelfRow, type JudgedItem } from '../../../../../../src/main/core/evaluators/rse/aggregate'
import { bootstrapMeanCI } from '../../../../../../src/main/core/stats/bootstrap'
import { createRng, shuffled } from '../../../../../../src/main/core/stats/prng'
import { drawn } from '../../../../../../test/support/counted-draws'

// Counts the indices every sampler draws, by wrapping the real one: no hook in the production loop.
vi.mock('../../../../../../src/main/core/stats/prng', async (importOriginal) =>
  (await import('../../../../../../test/support/counted-draws')).prngCountingDraws(importOriginal),
)
beforeEach(() => {
  drawn.indices = 0
})

const item = (studentId: string, setName: string, itemId: string, overall?: number, extra: Partial<JudgedItem> = {}): JudgedItem => ({
  studentId,
  setName,
  itemId,
  overall,
  ...extra,
})

describe('aggregateRse', () => {
  it('means per set with n, failures and aspect means; Avg is the unweighted mean of set means', () => {
    const items = [
      item('s', 'A', '1', 5, { aspects: { style: 2, structure: 2, content: 2 } }),
      item('s', 'A', '2', 3, { aspects: { style: 1, structure: 0 } }),
      item('s', 'A', '3', undefined, { failed: 'no overall score found' }),
      item('s', 'B', '1', 1),
      item('s', 'B', '2', 1),
      item('s', 'B', '3', 1),
      item('s', 'B', '4', 1),
    ]
    const [row] = aggregateRse(items, { resamples: 500 })
    const [a, b] = row?.sets ?? []
    expect(a).toMatchObject({ name: 'A', mean: 4, n: 2, failed: 1, failures: [{ reason: 'no overall score found', count: 1 }], inAvg: true })
    expect(a?.aspects).toEqual({ style: 1.5, structure: 1, content: 2 })
    expect(b).toMatchObject({ name: 'B', mean: 1, n: 4, failed: 0, ci: [1, 1] })
    expect(b?.aspects).toEqual({ style: undefined, structure: undefined, content: undefined })
    // Unweighted: (4 + 1) / 2 = 2.5, not the pooled (5 + 3 + 1 + 1 + 1 + 1) / 6 = 2.
    expect(row?.avg).toBe(2.5)
    expect(row?.kind).toBe('measured')
    expect(row?.excludedSets).toEqual([])
  })

  it('excludes and flags sets with no scored item, including listed sets with no items at all', () => {
    const items = [item('s', 'A', '1', 4), item('s', 'A', '2', 2), item('s', 'B', '1', undefined, { failed: 'empty reply' })]
    const [row] = aggregateRse(items, { sets: ['C', 'A', 'B'], resamples: 200 })
    expect(row?.sets.map((set) => set.name)).toEqual(['C', 'A', 'B'])
    expect(row?.sets[0]).toMatchObject({ name: 'C', mean: undefined, n: 0, failed: 0, ci: undefined, inAvg: false })
    expect(row?.sets[2]).toMatchObject({ name: 'B', mean: undefined, n: 0, failed: 1, ci: undefined, inAvg: false })
    expect(row?.excludedSets).toEqual(['C', 'B'])
    expect(row?.avg).toBe(3)
  })

  it('has no Avg when nothing was scored', () => {
    const [row] = aggregateRse([item('s', 'A', '1', undefined, { failed: 'empty reply' })])
    expect(row).toMatchObject({ avg: undefined, avgCi: undefined, excludedSets: ['A'] })
  })

  it('counts an item without a score, or with an impossible one, as failed rather than averaging it', () => {
    const [row] = aggregateRse([item('s', 'A', '1', 4), item('s', 'A', '2'), item('s', 'A', '3', 9), item('s', 'A', '4', 4, { aspects: { style: 7 } })])
    expect(row?.sets[0]).toMatchObject({ mean: 4, n: 2, failed: 2 })
    expect(row?.sets[0]?.failures.map((f) => f.reason).sort()).toEqual(['no score recorded', 'overall 9 is outside 1-5'])
    expect(row?.sets[0]?.aspects.style).toBeUndefined()
  })

  it('gives intervals that bracket the means, the same for the same seed whatever the item order', () => {
    const rng = createRng(1)
    const items = ['A', 'B', 'C'].flatMap((set) => Array.from({ length: 80 }, (_, i) => item('s', set, `q${i}`, 1 + rng.int(5))))
    const [row] = aggregateRse(items, { seed: 3, resamples: 2000 })
    for (const set of row?.sets ?? []) {
      expect(set.ci?.[0]).toBeLessThan(set.mean ?? 0)
      expect(set.ci?.[1]).toBeGreaterThan(set.mean ?? 0)
    }
    expect(row?.avgCi?.[0]).toBeLessThan(row?.avg ?? 0)
    expect(row?.avgCi?.[1]).toBeGreaterThan(row?.avg ?? 0)
    // Reversed, the sets appear in the other order, but every number is the same.
    const [reversed] = aggregateRse([...items].reverse(), { seed: 3, resamples: 2000 })
    expect(reversed?.sets.map((set) => set.name)).toEqual(['C', 'B', 'A'])
    expect([...(reversed?.sets ?? [])].reverse()).toEqual(row?.sets)
    expect([reversed?.avg, reversed?.avgCi]).toEqual([row?.avg, row?.avgCi])
    expect(aggregateRse(items, { seed: 4, resamples: 2000 })[0]?.avgCi).not.toEqual(row?.avgCi)
  })

  it('gives Avg the interval of its only scored set, and its own resampled interval over several sets', () => {
    const rng = createRng(2)
    const scores = (set: string) => Array.from({ length: 60 }, (_, i) => item('s', set, `q${i}`, 1 + rng.int(5)))
    const one = [...scores('A'), item('s', 'B', '1', undefined, { failed: 'empty reply' })]
    const [single] = aggregateRse(one, { seed: 5, resamples: 1000 })
    expect(single?.excludedSets).toEqual(['B'])
    expect([single?.avg, single?.avgCi]).toEqual([single?.sets[0]?.mean, single?.sets[0]?.ci])
    const [two] = aggregateRse([...one.slice(0, 60), ...scores('C')], { seed: 5, resamples: 1000 })
    const [a, c] = two?.sets ?? []
    expect(two?.avg).toBeCloseTo(((a?.mean ?? 0) + (c?.mean ?? 0)) / 2, 12)
    // Resampled for Avg itself: narrower than either set's own interval (two sets' noise averages out).
    const width = (ci: readonly [number, number] | undefined) => (ci ? ci[1] - ci[0] : Number.NaN)
    expect(width(two?.avgCi)).toBeLessThan(Math.min(width(a?.ci), width(c?.ci)))
  })

  it("resamples an aspect every item gave on the overall score's draws, and one some items lack on its own", () => {
    const rng = createRng(3)
    // 400 items: aspect means step by 1/400, fine enough that another seed moves an interval's ends.
    const items = Array.from({ length: 400 }, (_, i) =>
      item('s', 'A', `q${String(i).padStart(3, '0')}`, 1 + rng.int(5), {
        aspects: { style: rng.int(3), structure: rng.int(3), ...(i % 5 === 0 ? {} : { content: rng.int(3) }) },
      }),
    )
    const [row] = aggregateRse(items, { seed: 8, resamples: 4000 })
    const set = row?.sets[0]
    const style = items.map((one) => one.aspects?.style as number)
    const content = items.flatMap((one) => (one.aspects?.content === undefined ? [] : [one.aspects.content]))
    const own = (values: number[], seed: (string | number)[]) => {
      const ci = bootstrapMeanCI(values, { seed, resamples: 2000 })
      return { low: ci?.low, high: ci?.high }
    }
    // The set's common stream: seeded by (seed, set, n), with no student in it.
    expect(set?.aspectCis.style).toEqual(own(style, [8, 'rse-set', 'A', 400]))
    expect(set?.aspectCis.style).not.toEqual(own(style, [8, 'rse-set', 's', 'A']))
    expect(set?.aspectCis.content).toEqual(own(content, [8, 'rse-aspect', 's', 'A', 'content']))
    expect(set?.aspectCis.content).not.toEqual(own(content, [8, 'rse-aspect', 't', 'A', 'content']))
  })

  it("does not change a student's intervals when other students are added", () => {
    const alone = aggregateRse([item('a', 'A', '1', 3), item('a', 'A', '2', 5), item('a', 'A', '3', 4)], { resamples: 300 })
    const withOther = aggregateRse([item('b', 'A', '1', 1), item('a', 'A', '1', 3), item('b', 'A', '2', 2), item('a', 'A', '2', 5), item('a', 'A', '3', 4)], {
      resamples: 300,
    })
    expect(withOther.map((row) => row.studentId)).toEqual(['b', 'a'])
    expect(withOther[1]).toEqual(alone[0])
  })

  describe('common draws for students with the same number of scored items in a set (issue 17)', () => {
    const student = (studentId: string, set: string, n: number, seed: number) => {
      const rng = createRng(seed)
      return Array.from({ length: n }, (_, i) =>
        item(studentId, set, `q${String(i).padStart(3, '0')}`, 1 + rng.int(5), { aspects: { style: rng.int(3), structure: rng.int(3), content: rng.int(3) } }),
      )
    }
    const scoresOf = (items: readonly JudgedItem[]) => items.map((one) => one.overall as number)
    const ciOf = (values: number[], seed: (string | number)[], resamples = 2000) => {
      const ci = bootstrapMeanCI(values, { seed, resamples })
      return ci && ([ci.low, ci.high] as const)
    }
    const [a, b, c] = [student('a', 'A', 300, 1), student('b', 'A', 300, 2), student('c', 'A', 240, 3)]

    it('gives students with equal n the interval of their own values on the stream of (seed, set, n)', () => {
      const rows = aggregateRse([...a, ...b], { seed: 6, resamples: 2000 })
      expect(rows.map((row) => row.sets[0]?.ci)).toEqual([ciOf(scoresOf(a), [6, 'rse-set', 'A', 300]), ciOf(scoresOf(b), [6, 'rse-set', 'A', 300])])
      // Not the per-student stream of before, so the equality above says which draws were read.
      expect(rows[0]?.sets[0]?.ci).not.toEqual(ciOf(scoresOf(a), [6, 'rse-set', 'a', 'A']))
    })

    it("keeps a student's numbers when others are added or removed, or the judgements arrive in another order", () => {
      const alone = aggregateRse(a, { seed: 6, resamples: 2000 })[0]
      const together = aggregateRse([...b, ...c, ...a], { seed: 6, resamples: 2000 })
      expect(together.map((row) => row.studentId)).toEqual(['b', 'c', 'a'])
      expect(together[2]).toEqual(alone)
      const shuffledRows = aggregateRse(shuffled([...a, ...b, ...c], createRng('order')), { seed: 6, resamples: 2000 })
      expect(shuffledRows.find((row) => row.studentId === 'a')).toEqual(alone)
      expect(shuffledRows.find((row) => row.studentId === 'b')).toEqual(together[0])
    })

    it('gives a student with another n its own stream and a valid interval', () => {
      const rows = aggregateRse([...a, ...c], { seed: 6, resamples: 2000 })
      const set = rows[1]?.sets[0]
      expect(set?.ci).toEqual(ciOf(scoresOf(c), [6, 'rse-set', 'A', 240]))
      expect(set?.ci).not.toEqual(ciOf(scoresOf(c), [6, 'rse-set', 'A', 300]))
      expect(set?.ci?.[0]).toBeLessThan(set?.mean ?? 0)
      expect(set?.ci?.[1]).toBeGreaterThan(set?.mean ?? 0)
    })

    it('draws for four students with equal n what it draws for one', () => {
      const four = [a, b, student('d', 'A', 300, 4), student('e', 'A', 300, 5)]
      aggregateRse(four[0]!, { seed: 6, resamples: 1000 })
      expect(drawn.indices).toBe(300 * 1000)
      drawn.indices = 0
      const rows = aggregateRse(four.flat(), { seed: 6, resamples: 1000 })
      expect(drawn.indices).toBe(300 * 1000)
      expect(rows.map((row) => row.avgCi)).toEqual(rows.map((row) => row.sets[0]?.ci))
    })
  })

  it('refuses the same item twice: it would weigh double', () => {
    expect(() => aggregateRse([item('s', 'A', '1', 3), item('s', 'A', '1', 4)])).toThrow(/Item "1" of set "A" for student "s" appears twice/)
  })
})

describe('referenceSelfRow', () => {
  it('is 5 in every set and in Avg, definitional, with no items and no interval', () => {
    const row = referenceSelfRow('gpt-4o-2024-08-06', ['ArenaHard', 'Numina', 'ShareGPT'])
    expect(row).toMatchObject({ studentId: 'gpt-4o-2024-08-06', kind: 'definitional', avg: 5, avgCi: undefined, excludedSets: [] })
    expect(row.sets.map((set) => [set.name, set.mean, set.n, set.ci])).toEqual([
      ['ArenaHard', 5, 0, undefined],
      ['Numina', 5, 0, undefined],
      ['ShareGPT', 5, 0, undefined],
    ])
  })
})
