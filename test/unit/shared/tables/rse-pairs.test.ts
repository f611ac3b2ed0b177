import { describe, expect, it } from 'vitest'
import { buildTable, tablesFor } from '../../../../src/shared/tables/catalogue'
import { tableToCsv } from '../../../../src/shared/tables/formats/csv'
import type { NumberCell, TextCell } from '../../../../src/shared/tables/table'
import { rseFixture } from '../../../support/figure-fixtures'

/** Issue 14 item 2: the rse-pairs table, offered only when the run has pairs to compare. */
const base = rseFixture()
const [s1, s2] = base.students
const rse = {
  ...base,
  pairs: [{ a: s1!.alias, b: s2!.alias, diff: 0.12, ci: { low: -0.03, high: 0.27 }, p: 0.1, adjustedP: 0.3, adjustedExcludesZero: false }],
  rankStability: [
    { alias: s1!.alias, rank: 1, keepsRank: 0.81 },
    { alias: s2!.alias, rank: 2, keepsRank: 0.64 },
  ],
}

describe('rse-pairs table', () => {
  it('is offered for a run with pairs, not for one without', () => {
    expect(tablesFor({ rse: [rse], ice: [] })).toContain('rse-pairs')
    expect(tablesFor({ rse: [base], ice: [] })).not.toContain('rse-pairs')
  })

  it('lists each pair with the paired interval, Holm p, separable and rank stability', () => {
    const table = buildTable('rse-pairs', { rse: [rse], ice: [] })
    const cells = table.rows[0]!.cells
    expect((cells[0] as TextCell).text).toBe(s1!.model)
    expect(cells[2]).toEqual({ kind: 'number', value: 0.12, decimals: 3, low: -0.03, high: 0.27 })
    expect((cells[3] as NumberCell).value).toBe(0.3)
    expect((cells[4] as TextCell).text).toBe('no')
    expect([(cells[5] as NumberCell).value, (cells[6] as NumberCell).value]).toEqual([0.81, 0.64])
    expect(tableToCsv(table).split('\r\n')[0]).toBe('a,b,diff,diff_low,diff_high,adjustedP,separable,aKeepsRank,bKeepsRank,published')
  })
})

describe('ICE interval methods in tables', () => {
  it('CSV gets a _ci_method column and JSON a ciMethod per interval', async () => {
    const { iceFixture } = await import('../../../support/figure-fixtures')
    const { tableToJson } = await import('../../../../src/shared/tables/formats/json')
    const table = buildTable('ice', { rse: [], ice: [iceFixture()] })
    expect(tableToCsv(table).split('\r\n')[0]).toContain('loose_low,loose_high,loose_ci_method,loose_n')
    expect(tableToJson(table).rows[0]!.loose).toMatchObject({ ciMethod: 'wilson' })
    expect(table.notes.join(' ')).toMatch(/Wilson \(rows independent\)/)
  })
})
