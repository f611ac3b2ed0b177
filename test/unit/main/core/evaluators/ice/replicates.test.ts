import { describe, expect, it } from 'vitest'
import { replicateCount, replicateOf, replicateSeed, replicateSeeds, withReplicate } from '../../../../../../src/main/core/evaluators/ice/replicates'
import { hashSeed } from '../../../../../../src/main/core/stats/prng'
import { iceSpecSchema } from '../../../../../../src/shared/contract/ice-spec'
import { MINIMAL_ICE_SPEC } from '../../../../../support/ice-fixtures'

const base = MINIMAL_ICE_SPEC

describe('ICE replicates: seeds and tags (issue 16)', () => {
  it("replicate 0 uses exactly the run's seed; the others get distinct seeds derived from it", () => {
    expect(replicateSeed(7, 0)).toBe(7)
    expect(replicateSeed(7, 1)).toBe(hashSeed(7, 'replicate', 1))
    const seeds = replicateSeeds({ seed: 7, replicates: 5 })
    expect(seeds[0]).toBe(7)
    expect(new Set(seeds).size).toBe(5)
    expect(replicateSeeds({ seed: 8, replicates: 5 }).slice(1)).not.toEqual(seeds.slice(1))
    expect(() => replicateSeed(7, -1)).toThrow(RangeError)
    expect(() => replicateSeed(7, 1.5)).toThrow(RangeError)
  })

  it('a spec without replicates is one replicate, the run itself; the field has no default, so a stored spec keeps its shape', () => {
    const parsed = iceSpecSchema.parse(base)
    expect('replicates' in parsed).toBe(false)
    expect(replicateCount(parsed)).toBe(1)
    expect(replicateSeeds(parsed)).toEqual([parsed.seed])
    expect(replicateCount(iceSpecSchema.parse({ ...base, replicates: 3 }))).toBe(3)
    for (const bad of [0, 11, 2.5]) expect(iceSpecSchema.safeParse({ ...base, replicates: bad }).success).toBe(false)
  })

  it('tags replicates beyond the first and leaves replicate 0 untagged', () => {
    const row: { mutantId: number; replicate?: number } = { mutantId: 1 }
    expect(withReplicate(row, 0)).toBe(row)
    expect(withReplicate(row, 2)).toEqual({ mutantId: 1, replicate: 2 })
    expect(withReplicate<{ mutantId: number; replicate?: number }>({ mutantId: 1, replicate: 2 }, 0)).toEqual({ mutantId: 1 })
    expect(replicateOf(row)).toBe(0)
    expect(replicateOf({ replicate: 3 })).toBe(3)
  })
})
