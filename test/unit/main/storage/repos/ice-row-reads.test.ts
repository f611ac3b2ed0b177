import { describe, expect, it } from 'vitest'
import type { IceAttackRow } from '../../../../../src/main/core/evaluators/ice'
import { createIceRowReads } from '../../../../../src/main/storage/repos/ice-row-reads'
import { createIceRunsRepo } from '../../../../../src/main/storage/repos/ice-runs'
import { createRunsRepo } from '../../../../../src/main/storage/repos/runs'
import { attackRow, minimalIceSpec } from '../../../../support/ice-fixtures'
import { openFixtureDb } from '../../../../support/results-fixture'
import { useTempDirs } from '../../../../support/temp-dir'

const newDir = useTempDirs()

const spec = minimalIceSpec({ replicates: 3 })

const row = (replicate: number, mutantId: number, questionIndex: number, verdict: 0 | 1): IceAttackRow =>
  attackRow({ replicate, mutantId, questionIndex, verdict, answer: `${replicate}/${mutantId}/${questionIndex}` })

/** Three replicates that each made a template 1 and a template 2: the same ids, other templates. */
function seeded() {
  const db = openFixtureDb(newDir())
  const runId = createRunsRepo(db).insert(spec, 'h', 'Replicates').id
  const repo = createIceRunsRepo(db)
  for (const replicate of [0, 1, 2]) {
    for (const mutant of [1, 2]) for (let q = 0; q < 2 + replicate; q++) repo.saveRow(runId, row(replicate, mutant, q, q % 2 === 0 ? 1 : 0))
  }
  return { reads: createIceRowReads(db), runId }
}

const query = (extra: { replicate?: number; mutantId?: number; only?: 'all' | 'loose' } = {}) => ({ only: 'all' as const, keywords: [], ...extra })

describe('ICE row reads of one replicate (issue 16)', () => {
  it('count and page only that replicate’s rows, tagged with it, in display order', () => {
    const { reads, runId } = seeded()
    expect(reads.rowCount(runId, query())).toBe(4 + 6 + 8)
    expect([0, 1, 2].map((replicate) => reads.rowCount(runId, query({ replicate })))).toEqual([4, 6, 8])
    const page = reads.rowPage(runId, { ...query({ replicate: 2 }), offset: 1, limit: 3 })
    expect(page.map((stored) => stored.answer)).toEqual(['2/1/1', '2/1/2', '2/1/3'])
    expect(page.every((stored) => stored.replicate === 2)).toBe(true)
    // Replicate 0 stays untagged, as stored before replicates.
    expect(reads.rowPage(runId, { ...query({ replicate: 0 }), offset: 0, limit: 1 })[0]?.replicate).toBeUndefined()
    expect(reads.rowCount(runId, query({ replicate: 1, only: 'loose' }))).toBe(4)
    expect(reads.rowCount(runId, query({ replicate: 7 }))).toBe(0)
  })

  it('read a template id as replicate 0’s unless a replicate is named', () => {
    const { reads, runId } = seeded()
    expect(reads.rowCount(runId, query({ mutantId: 2 }))).toBe(2)
    expect(reads.rowCount(runId, query({ mutantId: 2, replicate: 2 }))).toBe(4)
    expect(reads.rowPage(runId, { ...query({ mutantId: 2, replicate: 1 }), offset: 0, limit: 10 }).map((stored) => stored.answer)).toEqual([
      '1/2/0',
      '1/2/1',
      '1/2/2',
    ])
  })
})
