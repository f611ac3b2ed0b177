import { describe, expect, it } from 'vitest'
import type { JudgedItem } from '../../../../../../src/main/core/evaluators/rse/aggregate'
import { aggregateRse } from '../../../../../../src/main/core/evaluators/rse/aggregate'
import { compareStudents } from '../../../../../../src/main/core/evaluators/rse/paired-comparisons'
import { createRng } from '../../../../../../src/main/core/stats/prng'

/** Issue 14 item 2: paired bootstrap of the difference of two students' Avg. */
const SETS = ['ArenaHard', 'Numina']

/** Scores per set and prompt for a student: `score(set, prompt)`. */
function student(studentId: string, score: (set: number, prompt: number) => number | undefined, prompts = 60): JudgedItem[] {
  return SETS.flatMap((setName, set) =>
    Array.from({ length: prompts }, (_, prompt): JudgedItem => {
      const overall = score(set, prompt)
      return { studentId, setName, itemId: `p${String(prompt).padStart(3, '0')}`, ...(overall === undefined ? { failed: 'unreadable' } : { overall }) }
    }),
  )
}

// Prompts differ a lot in difficulty (shared by every student): what pairing cancels out.
const rng = createRng(14, 'rse-pairs-fixture')
const difficulty = SETS.map(() => Array.from({ length: 60 }, () => 1 + rng.int(4)))
const base = (set: number, prompt: number) => difficulty[set]![prompt]!

describe('RSE paired comparisons', () => {
  it('identical students: difference 0, interval around 0, not separable, both keep their (shared) rank', () => {
    const result = compareStudents([...student('s1', base), ...student('s2', base)], ['s1', 's2'], { resamples: 2000, seed: 1 })
    expect(result.pairs).toHaveLength(1)
    const [pair] = result.pairs
    expect(pair).toMatchObject({ a: 's1', b: 's2', diff: 0, adjustedExcludesZero: false, p: 1, adjustedP: 1 })
    expect(pair!.ci[0]).toBeLessThanOrEqual(0)
    expect(pair!.ci[1]).toBeGreaterThanOrEqual(0)
    expect(result.ranks).toEqual([
      { studentId: 's1', rank: 1, keepsRank: 1 },
      { studentId: 's2', rank: 1, keepsRank: 1 },
    ])
  })

  it('a constant shift of 0.5: difference 0.5 with a zero-width interval, separable after Holm', () => {
    const result = compareStudents([...student('s1', (set, prompt) => base(set, prompt) + 0.5), ...student('s2', base)], ['s1', 's2'], {
      resamples: 2000,
      seed: 2,
    })
    const [pair] = result.pairs
    expect(pair!.diff).toBeCloseTo(0.5, 12)
    expect(pair!.ci[0]).toBeCloseTo(0.5, 12)
    expect(pair!.ci[1]).toBeCloseTo(0.5, 12)
    expect(pair!.adjustedExcludesZero).toBe(true)
    expect(result.ranks.map((rank) => rank.keepsRank)).toEqual([1, 1])
  })

  it('pairing matters: an unpaired view of the same shift would be far wider than the paired interval', () => {
    const items = [...student('s1', (set, prompt) => base(set, prompt) + 0.5), ...student('s2', base)]
    const perStudent = aggregateRse(items, { seed: 3, resamples: 2000 })
    const width = (ci: readonly [number, number] | undefined) => ci![1] - ci![0]
    expect(width(perStudent[0]!.avgCi)).toBeGreaterThan(0.3)
    const [pair] = compareStudents(items, ['s1', 's2'], { resamples: 2000, seed: 3 }).pairs
    expect(width(pair!.ci)).toBeLessThan(1e-9)
  })

  it('matches aggregateRse on Avg, leaves failed items out, and Holm-adjusts across every pair', () => {
    const noisy = createRng(5, 'noise')
    const items = [
      ...student('s1', (set, prompt) => (prompt % 7 === 0 ? undefined : base(set, prompt))),
      ...student('s2', (set, prompt) => Math.min(5, base(set, prompt) + noisy.int(2))),
      ...student('s3', (set, prompt) => Math.max(1, base(set, prompt) - 1)),
    ]
    const result = compareStudents(items, ['s1', 's2', 's3'], { resamples: 3000, seed: 4 })
    const avg = Object.fromEntries(aggregateRse(items, { resamples: 10 }).map((s) => [s.studentId, s.avg!]))
    expect(result.pairs.map((pair) => [pair.a, pair.b])).toEqual([
      ['s1', 's2'],
      ['s1', 's3'],
      ['s2', 's3'],
    ])
    for (const pair of result.pairs) {
      expect(pair.diff).toBeCloseTo(avg[pair.a]! - avg[pair.b]!, 12)
      expect(pair.adjustedP).toBeGreaterThanOrEqual(pair.p)
      expect(pair.ci[0]).toBeLessThanOrEqual(pair.diff)
      expect(pair.ci[1]).toBeGreaterThanOrEqual(pair.diff)
    }
    expect(result.ranks.map((rank) => rank.rank)).toEqual([2, 1, 3])
    expect(compareStudents(items, ['s1', 's2', 's3'], { resamples: 3000, seed: 4 })).toEqual(result)
  })

  it('leaves out a student with no scored item', () => {
    const result = compareStudents([...student('s1', base), ...student('s2', () => undefined)], ['s1', 's2'], { resamples: 100 })
    expect(result.pairs).toEqual([])
    expect(result.ranks.map((rank) => rank.studentId)).toEqual(['s1'])
  })
})

describe('RSE paired comparisons early in a run', () => {
  it('ignores a listed set with no judged prompt yet', () => {
    const items = [...student('s1', base), ...student('s2', base)]
    expect(compareStudents(items, ['s1', 's2'], { resamples: 50, sets: ['ShareGPT', ...SETS] }).pairs).toHaveLength(1)
    expect(compareStudents([], ['s1', 's2'], { resamples: 50, sets: SETS }).pairs).toEqual([])
  })
})
