import { describe, expect, it } from 'vitest'
import type { RseResults, RseStudentResult } from '../../../../src/shared/contract/results'
import { buildTable, TableError, tablesFor } from '../../../../src/shared/tables/catalogue'
import { formatTable, tableToLatex } from '../../../../src/shared/tables/formats'
import { rseRunsTable } from '../../../../src/shared/tables/rse-runs-table'
import type { NumberCell, TextCell } from '../../../../src/shared/tables/table'

/** A student scored on two sets, with the Avg written out by hand (the unweighted mean of the set means). */
function student(model: string, means: readonly [number, number], avgCi: { low: number; high: number }, alias = model): RseStudentResult {
  return {
    alias,
    model,
    sets: [
      { name: 'general', mean: means[0], n: 5, failed: 0, aspects: {} },
      { name: 'maths', mean: means[1], n: 4, failed: 1, aspects: {} },
    ],
    avg: (means[0] + means[1]) / 2,
    avgCi,
  }
}

function run(runId: string, students: readonly RseStudentResult[], overrides: Partial<RseResults> = {}): RseResults {
  return {
    runId,
    status: 'completed',
    warnings: [],
    unreadable: { judge: { alias: 'judge', model: 'sim-judge' }, count: 0, judged: 0, examples: [] },
    reference: { alias: 'ref', model: 'sim-reference' },
    judge: { alias: 'judge', model: 'sim-judge' },
    sets: ['general', 'maths'],
    students,
    calls: { sent: 0, cached: 0, failed: 0 },
    costUsd: 0,
    ...overrides,
  }
}

// Avg close: (4.2 + 3.8) / 2 = 4.0 in A, (4.4 + 4.0) / 2 = 4.2 in B; far: (2.0 + 3.0) / 2 = 2.5, only in A.
const a = run('run_a', [student('sim-student-close', [4.2, 3.8], { low: 3.7, high: 4.3 }), student('sim-student-far', [2.0, 3.0], { low: 2.1, high: 2.9 })])
const b = run('run_b', [student('sim-student-close', [4.4, 4.0], { low: 3.9, high: 4.45 }), student('sim-student-0.6', [3.0, 3.2], { low: 2.8, high: 3.4 })])
const known = [
  { id: 'run_a', name: 'Monday', finishedAt: '2025-03-10T09:30:00.000Z' },
  { id: 'run_b', name: 'Tuesday', finishedAt: '2025-03-11T16:05:00.000Z' },
]

const cell = (table: ReturnType<typeof rseRunsTable>, row: number, column: number) => table.rows[row]!.cells[column] as NumberCell
const rowNames = (table: ReturnType<typeof rseRunsTable>) => table.rows.map((row) => (row.cells[0] as TextCell).text)

describe('rse-runs: RSE Avg per student across runs', () => {
  it('one column per run labelled by its name, one row per student model, Avg with its interval and the items scored', () => {
    const table = rseRunsTable([a, b], known)
    expect(table.columns.map((column) => [column.key, column.label, column.best])).toEqual([
      ['model', 'Model', undefined],
      ['run_a', 'Monday', 'max'],
      ['run_b', 'Tuesday', 'max'],
    ])
    expect(rowNames(table)).toEqual(['sim-student-close', 'sim-student-far', 'sim-student-0.6'])
    expect(cell(table, 0, 1)).toEqual({ kind: 'number', value: 4.0, decimals: 3, low: 3.7, high: 4.3, n: 9 })
    expect(cell(table, 0, 2)).toMatchObject({ value: expect.closeTo(4.2, 10) as number, low: 3.9, high: 4.45, n: 9 })
    expect(cell(table, 1, 1).value).toBe(2.5)
    expect(table.title).toBe('RSE Avg across 2 runs against sim-reference (judge sim-judge)')
  })

  it('a student missing from a run has an empty cell (no value, no n), and the notes say what it means', () => {
    const table = rseRunsTable([a, b], known)
    expect(cell(table, 1, 2)).toEqual({ kind: 'number', value: null, decimals: 3 })
    expect(cell(table, 2, 1)).toEqual({ kind: 'number', value: null, decimals: 3 })
    expect(table.notes).toContain('An empty cell: the student was not in that run.')
    expect(formatTable(table, 'csv').split('\r\n')[2]).toBe('sim-student-far,2.5,2.1,2.9,9,,,,,false')
  })

  it('a student scored on nothing keeps n = 0, unlike one absent from the run', () => {
    const unscored: RseStudentResult = { alias: 'far', model: 'sim-student-far', sets: [{ name: 'general', n: 0, failed: 5, aspects: {} }] }
    const table = rseRunsTable([a, run('run_c', [unscored])])
    expect(cell(table, 1, 2)).toEqual({ kind: 'number', value: null, decimals: 3, n: 0 })
    expect(cell(table, 0, 2)).toEqual({ kind: 'number', value: null, decimals: 3 })
  })

  it("best is per column: each run's highest Avg, as printed", () => {
    const latex = tableToLatex(rseRunsTable([a, b], known))
    expect(latex).toContain('sim-student-close & \\textbf{4.000} $\\pm$ 0.300 & \\textbf{4.200}$^{+0.250}_{-0.300}$ \\\\')
    expect(latex).toContain('sim-student-far & 2.500 $\\pm$ 0.400 & -- \\\\')
    // One notation per column (issue 18 item 7): Tuesday has an asymmetric interval, so its symmetric one is written +a/-b too.
    expect(latex).toContain('sim-student-0.6 & -- & 3.100$^{+0.300}_{-0.300}$ \\\\')
  })

  it('escapes run names and models in LaTeX through the shared writer', () => {
    const odd = run('run_odd', [student('R&D_model', [3, 4], { low: 3.2, high: 3.8 })])
    const latex = tableToLatex(rseRunsTable([a, odd], [known[0]!, { id: 'run_odd', name: '50% judge #2 {v1}', finishedAt: '2025-03-12T00:00:00Z' }]))
    expect(latex).toContain('50\\% judge \\#2 \\{v1\\}')
    expect(latex).toContain('R\\&D\\_model & -- & 3.500')
    expect(latex).not.toMatch(/[^\\]%\s*judge/)
  })

  it('two runs with the same name are told apart by their dates, and by position when those match too', () => {
    const same = [
      { id: 'run_a', name: 'Nightly', finishedAt: '2025-03-10T09:30:00.000Z' },
      { id: 'run_b', name: 'Nightly', finishedAt: '2025-03-11T16:05:00.000Z' },
    ]
    expect(rseRunsTable([a, b], same).columns.map((column) => column.label)).toEqual(['Model', 'Nightly (2025-03-10 09:30)', 'Nightly (2025-03-11 16:05)'])
    const sameMinute = same.map((entry) => ({ ...entry, finishedAt: '2025-03-10T09:30:10.000Z' }))
    expect(
      rseRunsTable([a, b], sameMinute)
        .columns.map((column) => column.label)
        .slice(1),
    ).toEqual(['Nightly (2025-03-10 09:30) (run 1)', 'Nightly (2025-03-10 09:30) (run 2)'])
  })

  it('without names (the command line today) the run ids label the columns', () => {
    expect(rseRunsTable([a, b]).columns.map((column) => column.label)).toEqual(['Model', 'run_a', 'run_b'])
  })

  it('says what differs: judges (also as column groups), references, prompt sets', () => {
    const other = run('run_b', b.students, { judge: { alias: 'judge', model: 'gpt-4o-mini' }, reference: { alias: 'ref', model: 'gpt-4o' }, sets: ['general'] })
    const table = rseRunsTable([a, other], known)
    expect(table.title).toBe('RSE Avg across 2 runs')
    expect(table.columns.map((column) => column.group)).toEqual([undefined, 'judge sim-judge', 'judge gpt-4o-mini'])
    expect(table.notes.join(' ')).toContain('The judges differ (Monday: sim-judge; Tuesday: gpt-4o-mini)')
    expect(table.notes.join(' ')).toContain('The references differ (Monday: sim-reference; Tuesday: gpt-4o)')
    expect(table.notes.join(' ')).toContain('The prompt sets differ (Monday: general, maths; Tuesday: general)')
    const same = rseRunsTable([a, b], known)
    expect(same.columns.every((column) => column.group === undefined)).toBe(true)
    expect(same.notes.join(' ')).toContain('Every run has the same reference, judge and prompt set names')
    expect(rseRunsTable([a, run('run_b', b.students, { sets: ['maths', 'general'] })]).notes.join(' ')).not.toContain('prompt sets differ')
  })

  it('a model that is a student twice in one run is keyed by its alias too', () => {
    const twice = run('run_t', [student('m', [3, 3], { low: 2.8, high: 3.2 }, 'cold'), student('m', [4, 4], { low: 3.8, high: 4.2 }, 'warm')])
    const table = rseRunsTable([twice, { ...twice, runId: 'run_u' }])
    expect(rowNames(table)).toEqual(['m (cold)', 'm (warm)'])
    expect(cell(table, 1, 2).value).toBe(4)
  })
})

describe('rse-runs in the catalogue', () => {
  it('is available from two RSE runs, with the run names the caller passes', () => {
    expect(tablesFor({ rse: [a, b], ice: [] })).toContain('rse-runs')
    expect(buildTable('rse-runs', { rse: [a, b], ice: [], runs: known }).columns[2]!.label).toBe('Tuesday')
  })

  it('is refused with one RSE run, or the same run twice, saying why, and never joins a one-run package', () => {
    expect(tablesFor({ rse: [a], ice: [] })).not.toContain('rse-runs')
    expect(() => buildTable('rse-runs', { rse: [a], ice: [] })).toThrow(TableError)
    expect(() => buildTable('rse-runs', { rse: [a], ice: [] })).toThrow(
      'rse-runs compares RSE runs: it needs two or more (got 1). These runs have: rse, rse-aspects.',
    )
    expect(() => buildTable('rse-runs', { rse: [a, a], ice: [] })).toThrow(/got 1/)
    expect(() => buildTable('rse-runs', { rse: [a, b], ice: [] }, { paperOverlay: true })).toThrow(/publishes no values/)
  })
})

describe('rse-runs: column labels that fit a page (issue 18 item 4)', () => {
  it('long run names become Run 1, Run 2 with the full names in a note; short ones stay as they are', () => {
    const long = [
      { id: 'run_a', name: 'RSE: Close student, Far student vs Demo reference', finishedAt: '2025-03-10T09:30:00.000Z' },
      { id: 'run_b', name: 'RSE: Close student vs Another reference model', finishedAt: '2025-03-11T16:05:00.000Z' },
    ]
    const table = rseRunsTable([a, b], long)
    expect(table.columns.map((column) => column.label)).toEqual(['Model', 'Run 1', 'Run 2'])
    expect(table.notes).toContain('Runs: Run 1 = RSE: Close student, Far student vs Demo reference; Run 2 = RSE: Close student vs Another reference model.')
    expect(rseRunsTable([a, b], known).columns.map((column) => column.label)).toEqual(['Model', 'Monday', 'Tuesday'])
  })
})
