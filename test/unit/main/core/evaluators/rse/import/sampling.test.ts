import { describe, expect, it } from 'vitest'
import { mulberry32, sampleWithSeed } from '../../../../../../../src/main/core/evaluators/rse/import/sampling'

const ids = Array.from({ length: 500 }, (_, i) => `item-${i + 1}`)

describe('mulberry32', () => {
  it('is pinned: these outputs must never change, or old samples could not be reproduced', () => {
    const next = mulberry32(1)
    const first = [next(), next(), next()].map((value) => Math.floor(value * 2 ** 32))
    // Checked against an independent implementation of the reference algorithm (bryc/code, PRNGs.md).
    expect(first).toEqual([2693262067, 11749833, 2265367787])
    expect(Math.floor(mulberry32(0)() * 2 ** 32)).toBe(1144304738)
  })

  it('stays in [0, 1)', () => {
    const next = mulberry32(123)
    for (let i = 0; i < 10_000; i++) {
      const value = next()
      expect(value >= 0 && value < 1).toBe(true)
    }
  })
})

describe('seeded sampling', () => {
  it('gives the same ids in the same order for the same items, n and seed', () => {
    const first = sampleWithSeed(ids, 100, 1)
    expect(sampleWithSeed(ids, 100, 1)).toEqual(first)
    expect(new Set(first).size).toBe(100)
    expect(first.every((id) => ids.includes(id))).toBe(true)
    expect(sampleWithSeed(ids, 100, 2)).not.toEqual(first)
  })

  it('is pinned for a known case (computed independently)', () => {
    expect(sampleWithSeed('abcdefghij'.split(''), 4, 42)).toEqual(['g', 'f', 'i', 'h'])
  })

  it('a smaller sample is the start of a larger one with the same seed', () => {
    expect(sampleWithSeed(ids, 300, 7).slice(0, 50)).toEqual(sampleWithSeed(ids, 50, 7))
  })

  it('draws in random order, not file order', () => {
    const sample = sampleWithSeed(ids, 100, 1)
    expect(sample).not.toEqual([...sample].sort((a, b) => ids.indexOf(a) - ids.indexOf(b)))
  })

  it('n = N is a permutation; n = 0 is empty; the input is not changed', () => {
    const copy = [...ids]
    expect([...sampleWithSeed(ids, ids.length, 3)].sort()).toEqual([...ids].sort())
    expect(sampleWithSeed(ids, 0, 3)).toEqual([])
    expect(ids).toEqual(copy)
  })

  it('refuses n larger than N and seeds outside 32 bits', () => {
    expect(() => sampleWithSeed(ids, 501, 1)).toThrow(RangeError)
    expect(() => sampleWithSeed(ids, 1.5, 1)).toThrow(RangeError)
    expect(() => sampleWithSeed(ids, 5, -1)).toThrow(RangeError)
    expect(() => sampleWithSeed(ids, 5, 2 ** 32)).toThrow(RangeError)
    expect(sampleWithSeed(ids, 5, 2 ** 32 - 1)).toHaveLength(5)
  })

  it('picks every item about equally often across seeds (chi-square)', () => {
    const items = Array.from({ length: 20 }, (_, i) => i)
    const counts = new Array<number>(20).fill(0)
    const draws = 4_000
    for (let seed = 0; seed < draws; seed++) for (const item of sampleWithSeed(items, 5, seed)) counts[item]! += 1
    const expected = (draws * 5) / 20
    const chiSquare = counts.reduce((sum, count) => sum + (count - expected) ** 2 / expected, 0)
    // 19 degrees of freedom: p = 0.001 at 43.8. Deterministic seeds, so this never flickers.
    expect(chiSquare).toBeLessThan(43.8)
  })

  it('puts every item in every position about equally often', () => {
    const items = [0, 1, 2, 3]
    const firstCounts = [0, 0, 0, 0]
    for (let seed = 0; seed < 4_000; seed++) firstCounts[sampleWithSeed(items, 4, seed)[0]!]! += 1
    for (const count of firstCounts) expect(Math.abs(count - 1_000)).toBeLessThan(120)
  })
})
