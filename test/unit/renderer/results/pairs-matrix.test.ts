import { describe, expect, it } from 'vitest'
import { pairsMatrix } from '../../../../src/renderer/src/features/results/pairs-matrix'
import { rseFixture } from '../../../support/figure-fixtures'

describe('RSE pairs matrix', () => {
  const base = rseFixture()
  const [a, b] = base.students.map((student) => student.alias)
  const results = {
    ...base,
    pairs: [{ a: a!, b: b!, diff: 0.12, ci: { low: 0.03, high: 0.27 }, p: 0.01, adjustedP: 0.02, adjustedExcludesZero: true }],
    rankStability: [
      { alias: a!, rank: 1, keepsRank: 0.814 },
      { alias: b!, rank: 2, keepsRank: 0.6 },
    ],
  }

  it('shows row minus column, the lower triangle negated with its interval flipped', () => {
    const matrix = pairsMatrix(results, (alias) => `model ${alias}`)
    expect(matrix.students).toEqual([a, b])
    expect(matrix.cells[0]![0]).toBeNull()
    expect(matrix.cells[0]![1]).toMatchObject({ diff: '+0.120', interval: '+0.030 to +0.270', separable: true })
    expect(matrix.cells[1]![0]).toMatchObject({ diff: '−0.120', interval: '−0.270 to −0.030', separable: true })
    expect(matrix.cells[1]![0]!.words).toBe(`model ${b} minus model ${a}: −0.120, 95% interval −0.270 to −0.030, separable after Holm adjustment`)
    expect(matrix.keepsRank).toEqual(['81%', '60%'])
  })

  it('is empty without pairs', () => {
    expect(pairsMatrix(base, String).students).toEqual([])
  })
})
