import { describe, expect, it } from 'vitest'
import type { IceResults } from '../../../../src/shared/contract/ice-results'
import { buildTable, TableError, tablesFor } from '../../../../src/shared/tables/catalogue'
import type { NumberCell, TextCell } from '../../../../src/shared/tables/table'
import { iceFixture, wilson } from '../../../support/figure-fixtures'

/** A run judged by a panel of two: 700 answers decided, 300 splits. */
function panelRun(): IceResults {
  const run = iceFixture()
  return {
    ...run,
    judges: [
      { alias: 'j1', model: 'gpt-4o-mini' },
      { alias: 'j2', model: 'claude-haiku' },
    ],
    scores: { ...run.scores, loose: wilson(200, 700), strict: wilson(80, 190), looseSplits: 300, strictSplits: 10 },
    perJudge: [
      { judge: 'j1', loose: wilson(400, 1000), strict: wilson(120, 900), looseUnjudged: 0, strictUnjudged: 10 },
      { judge: 'j2', loose: wilson(300, 1000), strict: wilson(90, 950), looseUnjudged: 0, strictUnjudged: 5 },
    ],
  }
}

describe('the ice-judges table (issue 13)', () => {
  it("gives each judge's loose and strict with intervals, then the panel's with its splits", () => {
    const table = buildTable('ice-judges', { rse: [], ice: [panelRun()] })
    expect(table.columns.map((column) => column.key)).toEqual(['judge', 'loose', 'strict', 'looseSplits', 'strictSplits'])
    expect(table.rows.map((row) => (row.cells[0] as TextCell).text)).toEqual(['j1 (gpt-4o-mini)', 'j2 (claude-haiku)', 'Panel (majority)'])
    const j1Loose = table.rows[0]!.cells[1] as NumberCell
    expect(j1Loose).toMatchObject({ value: 0.4, n: 1000 })
    expect(j1Loose.low).toBeLessThan(0.4)
    expect((table.rows[0]!.cells[3] as NumberCell).value).toBeNull()
    const panel = table.rows[2]!.cells as NumberCell[]
    expect(panel[1]).toMatchObject({ value: 200 / 700, n: 700 })
    expect(panel[3]!.value).toBe(300)
    expect(panel[4]!.value).toBe(10)
    expect(table.notes.join(' ')).toMatch(/majority of its 2 judges/)
  })

  it('is offered only for one ICE run judged by a panel, and says why not otherwise', () => {
    expect(tablesFor({ rse: [], ice: [panelRun()] })).toContain('ice-judges')
    expect(tablesFor({ rse: [], ice: [iceFixture()] })).not.toContain('ice-judges')
    expect(() => buildTable('ice-judges', { rse: [], ice: [iceFixture()] })).toThrow(TableError)
    expect(() => buildTable('ice-judges', { rse: [], ice: [iceFixture()] })).toThrow(/two or more/)
    expect(() => buildTable('ice-judges', { rse: [], ice: [panelRun(), panelRun()] })).toThrow(/exactly one ICE run \(got 2\)/)
  })
})
