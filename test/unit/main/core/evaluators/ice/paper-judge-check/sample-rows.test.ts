import { describe, expect, it } from 'vitest'
import type { PaperLogRow } from '../../../../../../../src/main/core/evaluators/ice/paper-log/import-paper-log'
import { allocate, MIN_PER_STRATUM, samplePaperRows, stratumOf } from '../../../../../../../src/main/core/evaluators/ice/paper-judge-check/sample-rows'

/** 1,000 rows: 900 loose-negative, 100 loose-positive of which 10 strict-positive. */
function log(withStrict: boolean): PaperLogRow[] {
  return Array.from({ length: 1000 }, (_, index) => {
    const loose = index % 10 === 0
    const strict = withStrict ? loose && index % 100 === 0 : null
    return { line: index + 1, template: `t${index % 20}`, query: `q${index}`, response: `r${index}`, loose, strict, hard: null }
  })
}
const count = (rows: readonly PaperLogRow[], name: string) => rows.filter((row) => stratumOf(row) === name).length

describe('samplePaperRows', () => {
  it('keeps the strata in proportion, never repeats a row, and returns them in log order', () => {
    const sample = samplePaperRows(log(false), 200, [1])
    expect(sample).toHaveLength(200)
    expect(new Set(sample.map((row) => row.line)).size).toBe(200)
    expect(sample.map((row) => row.line)).toEqual([...sample.map((row) => row.line)].sort((a, b) => a - b))
    expect(count(sample, 'loose-negative')).toBe(180)
    expect(count(sample, 'loose-positive')).toBe(20)
  })

  it('splits loose positives by the strict label, giving a rare stratum at least a few rows', () => {
    const sample = samplePaperRows(log(true), 50, [1])
    expect(sample).toHaveLength(50)
    // Proportional would give 0.5 strict-positive rows; the floor raises it.
    expect(count(sample, 'strict-positive')).toBe(MIN_PER_STRATUM)
    expect(count(sample, 'strict-negative')).toBeGreaterThanOrEqual(MIN_PER_STRATUM)
    expect(count(sample, 'loose-negative')).toBe(50 - count(sample, 'strict-positive') - count(sample, 'strict-negative'))
  })

  it('is seeded: the same seed draws the same rows, another seed others', () => {
    const lines = (seed: number) => samplePaperRows(log(true), 100, [seed]).map((row) => row.line)
    expect(lines(4)).toEqual(lines(4))
    expect(lines(4)).not.toEqual(lines(5))
  })

  it('takes every row when the sample is the log or larger, and refuses a size below 1', () => {
    expect(samplePaperRows(log(false).slice(0, 30), 200, [1])).toHaveLength(30)
    expect(() => samplePaperRows(log(false), 0, [1])).toThrow(/at least 1/)
    expect(() => samplePaperRows(log(false), 2.5, [1])).toThrow(/whole number/)
  })
})

describe('allocate', () => {
  it('sums to the sample, by largest remainders', () => {
    expect(allocate([1, 1, 1], 2).reduce((a, b) => a + b, 0)).toBe(2)
    expect(allocate([500, 300, 200], 10)).toEqual([5, 3, 2])
    expect(allocate([995, 5], 20)).toEqual([15, 5])
  })
})
