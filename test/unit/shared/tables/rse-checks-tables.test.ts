import { describe, expect, it } from 'vitest'
import { buildTable, TableError, tablesFor } from '../../../../src/shared/tables/catalogue'
import { formatTable, tableToCsv } from '../../../../src/shared/tables/formats'
import type { NumberCell, TextCell } from '../../../../src/shared/tables/table'
import { rseFixture, withRseChecks } from '../../../support/figure-fixtures'

/** Issue 16: the rse-calibration, rse-normalised and rse-position tables, each only for a run that measured it. */
const plain = rseFixture()
const checked = withRseChecks(plain)
const value = (cell: unknown) => (cell as NumberCell).value
const label = (cell: unknown) => (cell as TextCell).text

describe('which runs offer the check tables', () => {
  it('offers them for a run with calibration and a position check, and not for one without', () => {
    expect(tablesFor({ rse: [checked], ice: [] })).toEqual(expect.arrayContaining(['rse-calibration', 'rse-normalised', 'rse-position']))
    expect(tablesFor({ rse: [plain], ice: [] })).toEqual(['rse', 'rse-aspects'])
    const { positionCheck: _dropped, ...calibratedOnly } = checked
    expect(tablesFor({ rse: [calibratedOnly], ice: [] })).not.toContain('rse-position')
    expect(tablesFor({ rse: [calibratedOnly], ice: [] })).toContain('rse-calibration')
  })

  it('says why not, and never for two runs at once', () => {
    expect(() => buildTable('rse-calibration', { rse: [plain], ice: [] })).toThrow(/needs them measured \(calibration in its spec\)/)
    expect(() => buildTable('rse-position', { rse: [plain], ice: [] })).toThrow(TableError)
    expect(() => buildTable('rse-normalised', { rse: [checked, checked], ice: [] })).toThrow(/exactly one RSE run \(got 2\)/)
  })
})

describe('rse-calibration', () => {
  it('gives the ceiling and the floor per set and Avg, with intervals and n per set', () => {
    const table = buildTable('rse-calibration', { rse: [checked], ice: [] })
    expect(table.columns.map((column) => column.label)).toEqual(['Prompt set', 'Ceiling', 'Floor'])
    expect(table.rows.map((row) => label(row.cells[0]))).toEqual(['arena-hard', 'numina', 'sharegpt', 'Avg'])
    expect(table.rows[0]!.cells[1]).toMatchObject({ value: 4.62, low: expect.closeTo(4.52, 10), high: expect.closeTo(4.7, 10), n: 48 })
    expect(table.rows[1]!.cells[2]).toMatchObject({ value: 1.2, n: 48 })
    const avg = table.rows[3]!
    expect(value(avg.cells[1])).toBeCloseTo((4.62 + 4.8 + 4.55) / 3, 10)
    expect(avg.cells[1]).not.toHaveProperty('n')
    expect(table.notes.join(' ')).toContain("reference model's second answer to each prompt judged against its first")
    expect(table.notes.join(' ')).toContain('The reference answered at temperature 0')
    expect(table.notes.join(' ')).toContain('101 of 144 second samples were identical to the first.')
  })

  it('leaves the greedy-reference note out when the reference sampled', () => {
    const sampled = { ...checked, calibration: { ...checked.calibration!, referenceGreedy: false } }
    expect(buildTable('rse-calibration', { rse: [sampled], ice: [] }).notes.join(' ')).not.toContain('temperature 0')
  })

  it('writes CSV with the intervals and n, and Markdown and LaTeX like the other tables', () => {
    const table = buildTable('rse-calibration', { rse: [checked], ice: [] })
    expect(tableToCsv(table).split('\r\n')[0]).toBe('set,ceiling,ceiling_low,ceiling_high,ceiling_n,floor,floor_low,floor_high,floor_n,published')
    expect(formatTable(table, 'md')).toContain('| Avg |')
    expect(formatTable(table, 'latex')).toContain('Ceiling')
  })
})

describe('rse-normalised', () => {
  it('gives each student’s raw Avg beside the normalised scores per set and Avg, highest normalised Avg first', () => {
    const table = buildTable('rse-normalised', { rse: [checked], ice: [] })
    expect(table.columns.map((column) => `${column.group ?? ''}/${column.label}`)).toEqual([
      '/Model',
      '/Avg (1-5)',
      'Normalised/arena-hard',
      'Normalised/numina',
      'Normalised/sharegpt',
      'Normalised/Avg',
    ])
    const expected = [...checked.students].sort((a, b) => b.normalised!.avg! - a.normalised!.avg!)
    expect(table.rows.map((row) => label(row.cells[0]))).toEqual(expected.map((student) => student.model))
    const top = expected[0]!
    expect(table.rows[0]!.cells[1]).toMatchObject({ value: top.avg, low: top.avgCi!.low })
    expect(value(table.rows[0]!.cells[2])).toBeCloseTo((3.81 - 1.35) / (4.62 - 1.35), 10)
    expect(table.rows[0]!.cells[5]).toMatchObject({ value: top.normalised!.avg, low: top.normalised!.avgCi!.low, high: top.normalised!.avgCi!.high })
    expect(table.notes.join(' ')).toContain('(mean - floor) / (ceiling - floor)')
    expect(table.notes.join(' ')).toContain('resample each set')
  })

  it('leaves a set without a normalised score empty', () => {
    const table = buildTable('rse-normalised', { rse: [checked], ice: [] })
    const row = table.rows.find((candidate) => label(candidate.cells[0]) === 'R&D-model')!
    expect(value(row.cells[3])).toBeNull()
    expect(tableToCsv(table)).toContain('R&D-model')
  })
})

describe('rse-position', () => {
  it('gives each judge’s items, mean shift with its interval, and the flag', () => {
    const table = buildTable('rse-position', { rse: [checked], ice: [] })
    expect(table.columns.map((column) => column.label)).toEqual(['Judge', 'Items', 'Mean shift', 'Position'])
    const cells = table.rows[0]!.cells
    expect(label(cells[0])).toBe('judge_model')
    expect(cells[1]).toMatchObject({ value: 40, decimals: 0 })
    expect(cells[2]).toMatchObject({ value: 0.21, low: 0.08, high: 0.34 })
    expect(label(cells[3])).toBe('favours one position')
    expect(tableToCsv(table).split('\r\n')[0]).toBe('judge,items,shift,shift_low,shift_high,flag,published')
  })

  it('says "no clear shift" for a judge whose interval holds 0, and leaves the shift of a judge that scored none empty', () => {
    const calm = {
      ...checked,
      positionCheck: {
        judges: [
          { judge: 'judge', items: 30, meanShift: 0.02, ci: { low: -0.1, high: 0.12 }, flagged: false },
          { judge: 'other', items: 0, flagged: false },
        ],
      },
    }
    const table = buildTable('rse-position', { rse: [calm], ice: [] })
    expect(label(table.rows[0]!.cells[3])).toBe('no clear shift')
    expect(label(table.rows[1]!.cells[0])).toBe('other')
    expect(value(table.rows[1]!.cells[2])).toBeNull()
    expect(formatTable(table, 'md')).toContain('no clear shift')
  })
})
