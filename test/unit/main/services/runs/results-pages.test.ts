import { describe, expect, it } from 'vitest'
import { buildRseItemRows } from '../../../../../src/main/core/evaluators/rse/rse-item-rows'
import type { RseSpec } from '../../../../../src/shared/contract/run-spec'
import { fixtureResults, openFixtureDb, rseSpec, seedRseRun } from '../../../../support/results-fixture'
import { useTempDirs } from '../../../../support/temp-dir'

const newDir = useTempDirs()

type Filter = { student?: string; set?: string; onlyFailed: boolean }

describe('RSE item pages read from SQL (issue 17 item 3)', () => {
  it('are the same rows, in the same order and with the same total, as filtering and slicing every row of the run', () => {
    const db = openFixtureDb(newDir())
    const runId = seedRseRun(db, 40)
    const { service, repos } = fixtureResults(db)
    const spec = rseSpec as RseSpec
    const everyRow = (filter: Filter) => {
      const students = filter.student ? spec.students.filter((alias) => alias === filter.student) : spec.students
      let rows = buildRseItemRows(repos.rse.items(runId), repos.rse.answers(runId), repos.rse.judgments(runId), spec.reference, students, ['judge'])
      if (filter.set) rows = rows.filter((row) => row.setName === filter.set)
      if (filter.onlyFailed) rows = rows.filter((row) => row.judgment?.failedReason !== undefined || row.judgment === undefined)
      return rows
    }
    const filters: Filter[] = [
      { onlyFailed: false },
      { onlyFailed: true },
      { student: 'far', onlyFailed: false },
      { set: 'code', onlyFailed: false },
      { student: 'flaky', set: 'math', onlyFailed: true },
      { set: 'code', onlyFailed: true },
      { student: 'nobody', onlyFailed: false },
      { set: 'no such set', onlyFailed: false },
    ]
    for (const filter of filters) {
      const expected = everyRow(filter)
      for (const [offset, limit] of [
        [0, 50],
        [37, 25],
        [expected.length - 3, 50],
        [expected.length + 10, 50],
      ] as const) {
        const page = service.rseItems(runId, { ...filter, offset: Math.max(0, offset), limit })
        expect(page.total, JSON.stringify(filter)).toBe(expected.length)
        expect(page.rows, `${JSON.stringify(filter)} from ${offset}`).toEqual(expected.slice(Math.max(0, offset), Math.max(0, offset) + limit))
      }
    }
    // The fixture has what the filters are about: unreadable and missing judgements, failed answers.
    const failed = everyRow({ onlyFailed: true })
    expect(failed.some((row) => row.judgment === undefined)).toBe(true)
    expect(failed.some((row) => row.judgment?.failedReason !== undefined)).toBe(true)
    expect(everyRow({ onlyFailed: false }).some((row) => row.candidate && 'error' in row.candidate)).toBe(true)
    expect(everyRow({ student: 'nobody', onlyFailed: false })).toEqual([])
  })

  it('refuses a run of the other kind', () => {
    const db = openFixtureDb(newDir())
    const runId = seedRseRun(db, 3)
    const { service } = fixtureResults(db)
    expect(() => service.iceRows(runId, { only: 'all', offset: 0, limit: 10 })).toThrow('not an ICE run')
  })
})
