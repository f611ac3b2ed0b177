import { describe, expect, it } from 'vitest'
import { hasScores, noScoresMessage, sourcesFrom } from '../../../../../src/renderer/src/lib/exports/export-sources'
import { iceFixture, rseFixture, scoreSet } from '../../../../support/figure-fixtures'

describe('export sources', () => {
  it('sorts results by kind, keeping the order the runs were given', () => {
    const first = iceFixture('m1', 'one')
    const second = iceFixture('m2', 'two')
    const rse = rseFixture()
    expect(
      sourcesFrom([
        { kind: 'ice', results: first },
        { kind: 'rse', results: rse },
        { kind: 'ice', results: second },
      ]),
    ).toEqual({ rse: [rse], ice: [first, second] })
  })

  it('has scores once one set mean or one ICE attack row exists', () => {
    const empty = {
      ...rseFixture(),
      students: rseFixture().students.map((student) => ({
        alias: student.alias,
        model: student.model,
        sets: student.sets.map((set) => ({ name: set.name, n: 0, failed: 0, aspects: {} })),
      })),
    }
    const unqueried = { ...iceFixture(), scores: scoreSet(0, 0, 0, 0) }
    expect(hasScores({ rse: [empty], ice: [unqueried] })).toBe(false)
    expect(hasScores({ rse: [rseFixture()], ice: [] })).toBe(true)
    expect(hasScores({ rse: [empty], ice: [iceFixture()] })).toBe(true)
    expect(noScoresMessage(1)).toMatch(/^This run has no scores yet/)
    expect(noScoresMessage(2)).toMatch(/^These runs have no scores yet/)
  })
})
