import { describe, expect, it } from 'vitest'
import { buildTable, tablesFor } from '../../../../src/shared/tables/catalogue'
import { tableToCsv } from '../../../../src/shared/tables/formats/csv'
import type { NumberCell, TextCell } from '../../../../src/shared/tables/table'
import type { RseStudentResult } from '../../../../src/shared/contract/results'
import { rseFixture } from '../../../support/figure-fixtures'

/** Issue 13: the rse-judges table, offered only for a run judged by a panel of two or more. */
const base = rseFixture()
const shifted = (by: number): RseStudentResult[] =>
  base.students.map((student) => ({ ...student, avg: student.avg! + by, avgCi: { low: student.avg! + by - 0.1, high: student.avg! + by + 0.1 } }))
const panel = {
  ...base,
  judges: [
    { alias: 'j1', model: 'gpt-4o' },
    { alias: 'j2', model: 'claude-3-5-sonnet' },
  ],
  perJudge: [
    { judge: 'j1', students: shifted(0.25) },
    { judge: 'j2', students: shifted(-0.25) },
  ],
}

describe('rse-judges table', () => {
  it('is offered for a run judged by a panel, not for a single judge', () => {
    expect(tablesFor({ rse: [panel], ice: [] })).toContain('rse-judges')
    expect(tablesFor({ rse: [base], ice: [] })).not.toContain('rse-judges')
    expect(() => buildTable('rse-judges', { rse: [base], ice: [] })).toThrow(/panel of two or more/)
  })

  it("gives each student's panel Avg and each judge's Avg with their intervals, naming the judges", () => {
    const table = buildTable('rse-judges', { rse: [panel], ice: [] })
    expect(table.columns.map((column) => column.label)).toEqual(['Model', 'Panel Avg', 'gpt-4o Avg', 'claude-3-5-sonnet Avg'])
    const top = [...base.students].sort((a, b) => b.avg! - a.avg!)[0]!
    const cells = table.rows[0]!.cells
    expect((cells[0] as TextCell).text).toBe(top.model)
    expect((cells[1] as NumberCell).value).toBe(top.avg)
    expect(cells[2]).toMatchObject({ value: top.avg! + 0.25, low: expect.closeTo(top.avg! + 0.15, 10), high: expect.closeTo(top.avg! + 0.35, 10) })
    expect((cells[3] as NumberCell).value).toBe(top.avg! - 0.25)
    expect(table.notes.join(' ')).toContain('j1 (gpt-4o), j2 (claude-3-5-sonnet)')
    expect(tableToCsv(table).split('\r\n')[0]).toMatch(/^model,panel,panel_low,panel_high,judge\.j1/)
  })
})

describe('rse table of a judge panel', () => {
  it('names the panel in its title, and the one judge otherwise', () => {
    expect(buildTable('rse', { rse: [panel], ice: [] }).title).toContain('(judges gpt-4o, claude-3-5-sonnet: panel mean)')
    expect(buildTable('rse', { rse: [base], ice: [] }).title).toContain(`(judge ${base.judge.model})`)
  })
})
