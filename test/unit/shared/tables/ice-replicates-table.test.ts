import { describe, expect, it } from 'vitest'
import type { IceResults } from '../../../../src/shared/contract/ice-results'
import { buildTable, TableError, tablesFor } from '../../../../src/shared/tables/catalogue'
import { tableToCsv } from '../../../../src/shared/tables/formats/csv'
import type { NumberCell, TextCell } from '../../../../src/shared/tables/table'
import { iceFixture, wilson } from '../../../support/figure-fixtures'

/** A run of two fuzzing replicates whose headline is their mean with a combined interval. */
function replicated(): IceResults {
  const run = iceFixture()
  return {
    ...run,
    scores: { ...run.scores, loose: { ...wilson(700, 2000), rate: 0.35, low: 0.2, high: 0.5, ciMethod: 'replicates-combined' } },
    replicates: [
      { replicate: 0, seed: 7, n: 1000, loose: wilson(400, 1000), strict: wilson(100, 1000), hard: wilson(50, 1000) },
      { replicate: 1, seed: 99, n: 1000, loose: wilson(300, 1000), strict: wilson(90, 1000), hard: wilson(40, 1000) },
    ],
    spread: { loose: 0.0707, strict: 0.007, hard: null },
  }
}

describe('the ice-replicates table (issue 16)', () => {
  it("gives each replicate's seed and rates with intervals, then the mean with the combined interval, then the spread", () => {
    const table = buildTable('ice-replicates', { rse: [], ice: [replicated()] })
    expect(table.rows.map((row) => (row.cells[0] as TextCell).text)).toEqual(['1', '2', 'Mean (combined interval)', 'Between-replicate SD'])
    expect(table.rows[1]!.cells[1]).toMatchObject({ value: 99 })
    expect(table.rows[0]!.cells[3] as NumberCell).toMatchObject({ value: 0.4, n: 1000 })
    expect(table.rows[2]!.cells[3] as NumberCell).toMatchObject({ value: 0.35, low: 0.2, high: 0.5, ciMethod: 'replicates-combined' })
    expect(table.rows[3]!.cells[3] as NumberCell).toMatchObject({ value: 0.0707 })
    expect(table.notes.join(' ')).toMatch(/sqrt\(h\^2 \+ s\^2\)/)
    expect(tableToCsv(table)).toMatch(/Between-replicate SD/)
  })

  it('is offered only for one run of two or more replicates', () => {
    expect(tablesFor({ rse: [], ice: [replicated()] })).toContain('ice-replicates')
    expect(tablesFor({ rse: [], ice: [iceFixture()] })).not.toContain('ice-replicates')
    expect(() => buildTable('ice-replicates', { rse: [], ice: [iceFixture()] })).toThrow(TableError)
    expect(() => buildTable('ice-replicates', { rse: [], ice: [replicated(), replicated()] })).toThrow(/exactly one ICE run \(got 2\)/)
  })
})
