import { describe, expect, it } from 'vitest'
import { buildTable, TableError, tablesFor } from '../../../../src/shared/tables/catalogue'
import type { NumberCell, TextCell } from '../../../../src/shared/tables/table'
import { iceFixture, rseFixture, RSE_SETS } from '../../../support/figure-fixtures'

const rse = rseFixture()
const ice = iceFixture()

describe('RSE tables', () => {
  it('rse: students by sets and Avg, means with intervals and n, best per column ranked high', () => {
    const table = buildTable('rse', { rse: [rse], ice: [] })
    expect(table.columns.map((column) => column.key)).toEqual(['model', ...RSE_SETS, 'avg'])
    expect(table.columns.slice(1).every((column) => column.best === 'max')).toBe(true)
    const first = table.rows[0]!.cells
    expect((first[0] as TextCell).text).toBe('a_b')
    expect(first[1]).toEqual({ kind: 'number', value: 3.81, decimals: 3, low: 3.63, high: 3.97, n: 48 })
    // Highest Avg first (issue 18 item 7): a 3.99, R&D-model 3.75 (over its two scored sets), b 3.69.
    expect(table.rows.map((row) => (row.cells[0] as TextCell).text)).toEqual(['a_b', 'R&D-model', '50%-distilled'])
    expect((table.rows[1]!.cells[2] as NumberCell).value).toBeNull()
  })

  it("rse with the overlay appends the paper's rows, marked published", () => {
    const table = buildTable('rse', { rse: [rse], ice: [] }, { paperOverlay: true })
    expect(table.rows).toHaveLength(3 + 11)
    expect(table.rows[3]).toMatchObject({ published: true })
    expect((table.rows[3]!.cells[0] as TextCell).text).toBe('Llama3.1-70B-Instruct (paper)')
    expect(table.notes.join(' ')).toMatch(/Lee et al\. \(2025\)/)
  })

  it('rse-aspects: three aspects per set on the 0-2 scale', () => {
    const table = buildTable('rse-aspects', { rse: [rse], ice: [] })
    expect(table.columns).toHaveLength(1 + 3 * 3)
    expect(table.columns[1]).toMatchObject({ key: 'arena-hard.style', label: 'style', group: 'arena-hard' })
    expect((table.rows[0]!.cells[2] as NumberCell).value).toBe(1.4)
  })
})

describe('ICE tables', () => {
  it('ice: one row per run with loose, strict, hard and rows', () => {
    const table = buildTable('ice', { rse: [], ice: [ice, iceFixture('R&D-model', 'other', [120, 40, 5])] })
    expect(table.columns.map((column) => column.key)).toEqual(['model', 'loose', 'strict', 'hard', 'rows'])
    expect(table.rows[0]!.cells[2]).toMatchObject({ value: 0.221, n: 1000, low: ice.scores.strict.low, high: ice.scores.strict.high })
    expect(table.rows[1]!.cells[4]).toMatchObject({ value: 1000, decimals: 0 })
  })

  it("breakdowns follow METHOD.md's order, then any other keys", () => {
    expect(buildTable('ice-category', { rse: [], ice: [ice] }).rows.map((row) => (row.cells[0] as TextCell).text)).toEqual([
      'team',
      'cooperation',
      'industry',
      'technology',
      'geography',
    ])
    expect(buildTable('ice-language', { rse: [], ice: [ice] }).rows.map((row) => (row.cells[0] as TextCell).text)).toEqual(['en', 'zh'])
    expect(buildTable('ice-mutator', { rse: [], ice: [ice] }).rows.map((row) => (row.cells[0] as TextCell).text)).toEqual(['crossover', 'expand'])
  })

  it('lists the tables runs have and refuses the others, naming the choices', () => {
    expect(tablesFor({ rse: [rse], ice: [] })).toEqual(['rse', 'rse-aspects'])
    expect(tablesFor({ rse: [], ice: [ice] })).toEqual(['ice', 'ice-category', 'ice-language', 'ice-mutator'])
    expect(() => buildTable('ice', { rse: [rse], ice: [] })).toThrow(TableError)
    expect(() => buildTable('ice', { rse: [rse], ice: [] })).toThrow(/These runs have: rse, rse-aspects\./)
    expect(() => buildTable('ice-category', { rse: [], ice: [ice] }, { paperOverlay: true })).toThrow(/publishes no values/)
  })
})

describe('tables of simulated runs (issue 18 item 2)', () => {
  it('lead their notes with the simulated-data note and are flagged; tables of real runs are not', () => {
    const simulated = buildTable('rse', { rse: [{ ...rseFixture(), simulatedModels: ['sim-judge'] }], ice: [] })
    expect(simulated.simulated).toBe(true)
    expect(simulated.notes[0]).toMatch(/^Simulated data: the Offline demo/)
    const real = buildTable('rse', { rse: [rseFixture()], ice: [] })
    expect(real.simulated).toBeUndefined()
    expect(real.notes.join(' ')).not.toMatch(/Simulated/)
  })
})
