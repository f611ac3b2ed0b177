import { describe, expect, it } from 'vitest'
import {
  DEFAULT_SORT,
  ariaSort,
  cellDescription,
  formatAspect,
  formatCounts,
  formatMeanWithInterval,
  formatScore,
  itemFailure,
  itemState,
  nextSort,
  pageCount,
  sortStudents,
} from '../../../../src/renderer/src/features/results/results-table'
import { excerpt, formatInterval } from '../../../../src/renderer/src/lib/format'
import type { RseItemRow, RseStudentResult } from '../../../../src/shared/contract/index'

function student(alias: string, means: (number | undefined)[], avg: number | undefined): RseStudentResult {
  return {
    alias,
    model: alias,
    sets: means.map((mean, index) => ({
      name: `set${index + 1}`,
      n: mean === undefined ? 0 : 10,
      failed: 0,
      aspects: {},
      ...(mean === undefined ? {} : { mean }),
    })),
    ...(avg === undefined ? {} : { avg }),
  }
}

const students = [
  student('b', [3.5, 4.2], 3.85),
  student('a', [4.1, undefined], 4.1),
  student('c', [2.9, 3.0], 2.95),
  student('d', [undefined, undefined], undefined),
]
const aliases = (list: readonly RseStudentResult[]) => list.map((entry) => entry.alias)

describe('formatting scores', () => {
  it('prints means with three decimals and intervals with two', () => {
    expect(formatScore(3.91234)).toBe('3.912')
    expect(formatScore(undefined)).toBe('—')
    expect(formatScore(Number.NaN)).toBe('—')
    expect(formatInterval({ low: 3.8012, high: 4.0149 })).toBe('3.80–4.01')
    expect(formatInterval(undefined)).toBe('')
    expect(formatMeanWithInterval(3.912, { low: 3.8, high: 4.01 })).toBe('3.912 (3.80–4.01)')
    expect(formatMeanWithInterval(3.912, undefined)).toBe('3.912')
    expect(formatMeanWithInterval(undefined, { low: 1, high: 2 })).toBe('—')
  })

  it('says n and failures, and describes a cell in words', () => {
    expect(formatCounts({ n: 6, failed: 0 })).toBe('n = 6')
    expect(formatCounts({ n: 5, failed: 1 })).toBe('n = 5, 1 failed')
    expect(cellDescription({ name: 's', mean: 3.9, ci: { low: 3.8, high: 4 }, n: 6, failed: 1, aspects: {} })).toBe(
      'mean 3.900, 95% interval 3.80 to 4.00, 6 scored, 1 failed',
    )
    expect(cellDescription({ name: 's', n: 0, failed: 2, aspects: {} })).toBe('no score yet, 0 scored, 2 failed')
  })

  it('prints aspects', () => {
    expect(formatAspect(1.5)).toBe('1.50')
    expect(formatAspect(undefined)).toBe('—')
  })
})

describe('sorting the table', () => {
  it('sorts by Avg, lowest first, as the paper prints it', () => {
    expect(aliases(sortStudents(students, DEFAULT_SORT))).toEqual(['c', 'b', 'a', 'd'])
  })

  it('keeps rows without a score last in either direction', () => {
    expect(aliases(sortStudents(students, { column: { kind: 'avg' }, direction: 'descending' }))).toEqual(['a', 'b', 'c', 'd'])
    expect(aliases(sortStudents(students, { column: { kind: 'set', name: 'set2' }, direction: 'ascending' }))).toEqual(['c', 'b', 'a', 'd'])
    expect(aliases(sortStudents(students, { column: { kind: 'set', name: 'set2' }, direction: 'descending' }))).toEqual(['b', 'c', 'a', 'd'])
  })

  it('sorts by name with the display names given', () => {
    const names: Record<string, string> = { a: 'Zed', b: 'alpha', c: 'Beta', d: 'model 10' }
    expect(aliases(sortStudents(students, { column: { kind: 'student' }, direction: 'ascending' }, (alias) => names[alias]!))).toEqual(['b', 'c', 'd', 'a'])
  })

  it('keeps the run’s order for ties and an unknown column', () => {
    const tied = [student('x', [3], 3), student('y', [3], 3), student('z', [3], 3)]
    expect(aliases(sortStudents(tied, { column: { kind: 'avg' }, direction: 'descending' }))).toEqual(['x', 'y', 'z'])
    expect(aliases(sortStudents(tied, { column: { kind: 'set', name: 'nope' }, direction: 'ascending' }))).toEqual(['x', 'y', 'z'])
  })

  it('does not change the list it is given', () => {
    const copy = [...students]
    sortStudents(students, { column: { kind: 'avg' }, direction: 'descending' })
    expect(students).toEqual(copy)
  })

  it('flips the direction on the same column, starts a new one best first (names A to Z)', () => {
    expect(nextSort(DEFAULT_SORT, { kind: 'avg' })).toEqual({ column: { kind: 'avg' }, direction: 'descending' })
    expect(nextSort(DEFAULT_SORT, { kind: 'set', name: 'set1' })).toEqual({ column: { kind: 'set', name: 'set1' }, direction: 'descending' })
    expect(nextSort({ column: { kind: 'set', name: 'set1' }, direction: 'descending' }, { kind: 'set', name: 'set2' }).direction).toBe('descending')
    expect(nextSort(DEFAULT_SORT, { kind: 'student' })).toEqual({ column: { kind: 'student' }, direction: 'ascending' })
  })

  it('puts aria-sort on the sorted column only', () => {
    expect(ariaSort(DEFAULT_SORT, { kind: 'avg' })).toBe('ascending')
    expect(ariaSort(DEFAULT_SORT, { kind: 'student' })).toBeUndefined()
    expect(ariaSort({ column: { kind: 'set', name: 'a' }, direction: 'descending' }, { kind: 'set', name: 'b' })).toBeUndefined()
  })
})

describe('drill-down items', () => {
  const base: RseItemRow = { setName: 'general', itemId: 'g-1', prompt: 'Why?', student: 's', reference: { text: 'A' }, candidate: { text: 'B' } }

  it('tells scored, failed and waiting items apart', () => {
    expect(itemState({ ...base, judgment: { overall: 4, reasked: false } })).toBe('scored')
    expect(itemState({ ...base, judgment: { reasked: true, failedReason: 'The judge’s reply could not be read: no scores' } })).toBe('failed')
    expect(itemState({ ...base, judgment: { reasked: false } })).toBe('failed')
    expect(itemState(base)).toBe('waiting')
  })

  it('says why an item has no score', () => {
    expect(itemFailure({ ...base, judgment: { reasked: false, failedReason: 'The student answer is missing: timeout' } })).toBe(
      'The student answer is missing: timeout',
    )
    expect(itemFailure({ ...base, reference: { error: 'Rate limited' } })).toMatch(/reference model did not answer: Rate limited/)
    expect(itemFailure({ ...base, candidate: { error: 'Timed out' } })).toMatch(/student did not answer: Timed out/)
    expect(itemFailure(base)).toMatch(/Not judged yet/)
    expect(itemFailure({ ...base, judgment: { reasked: false } })).toMatch(/no overall score/)
    expect(itemFailure({ ...base, judgment: { overall: 3, reasked: false } })).toBeUndefined()
  })

  it('cuts prompts to one line and counts pages', () => {
    expect(excerpt('  a\n\n b  ')).toBe('a b')
    expect(excerpt('   ')).toBe('(empty)')
    expect(excerpt('x'.repeat(200), 10)).toBe(`${'x'.repeat(9)}…`)
    expect(pageCount(0)).toBe(1)
    expect(pageCount(20)).toBe(1)
    expect(pageCount(21)).toBe(2)
  })
})
