import type { Interval, RseItemRow, RseSetResult, RseStudentResult } from '../../../../shared/contract/index'
import { formatInterval } from '../../lib/format'

/*
 * The paper's Table 3 layout for one run: students as rows, prompt sets as columns, Avg last,
 * each mean with its bootstrap 95% interval. No React here, so it is unit-tested in Node.
 */

/** Scores as the paper prints them: three decimals. */
export function formatScore(mean: number | undefined): string {
  return mean === undefined || !Number.isFinite(mean) ? '—' : mean.toFixed(3)
}

/** "3.912 (3.80–4.01)", or "3.912" when there is no interval, or "—" when nothing was scored. */
export function formatMeanWithInterval(mean: number | undefined, ci: Interval | undefined): string {
  const score = formatScore(mean)
  const interval = mean === undefined ? '' : formatInterval(ci)
  return interval === '' ? score : `${score} (${interval})`
}

/** "n = 6" or "n = 5, 1 failed". */
export function formatCounts(set: Pick<RseSetResult, 'n' | 'failed'>): string {
  return set.failed > 0 ? `n = ${set.n}, ${set.failed} failed` : `n = ${set.n}`
}

/** What a screen reader hears for a cell, in words rather than symbols. */
export function cellDescription(set: RseSetResult): string {
  if (set.mean === undefined) return `no score yet, ${set.n} scored, ${set.failed} failed`
  const interval = set.ci ? `, 95% interval ${set.ci.low.toFixed(2)} to ${set.ci.high.toFixed(2)}` : ''
  return `mean ${formatScore(set.mean)}${interval}, ${set.n} scored, ${set.failed} failed`
}

// ---------------------------------------------------------------------------------------------
// Sorting

/** `normalised`: the normalised Avg of a run with a ceiling and a floor (issue 16). */
export type SortColumn =
  { readonly kind: 'student' } | { readonly kind: 'set'; readonly name: string } | { readonly kind: 'avg' } | { readonly kind: 'normalised' }
export type SortDirection = 'ascending' | 'descending'
export interface SortState {
  readonly column: SortColumn
  readonly direction: SortDirection
}

/** As the paper prints it: by Avg, lowest first. */
export const DEFAULT_SORT: SortState = { column: { kind: 'avg' }, direction: 'ascending' }

export function sameColumn(a: SortColumn, b: SortColumn): boolean {
  return a.kind === b.kind && (a.kind !== 'set' || (b.kind === 'set' && a.name === b.name))
}

/** Clicking a column: the same one flips its direction; a new one starts with the best score first, names A to Z. */
export function nextSort(current: SortState, column: SortColumn): SortState {
  if (sameColumn(current.column, column)) return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
  return { column, direction: column.kind === 'student' ? 'ascending' : 'descending' }
}

function valueOf(student: RseStudentResult, column: SortColumn, nameOf: (alias: string) => string): number | string | undefined {
  if (column.kind === 'student') return nameOf(student.alias)
  if (column.kind === 'avg') return student.avg
  if (column.kind === 'normalised') return student.normalised?.avg
  return student.sets.find((set) => set.name === column.name)?.mean
}

/**
 * Students sorted by one column. Rows without a score for it go last in either direction (an
 * empty cell is not a low score); ties keep the run's order of students.
 */
export function sortStudents(
  students: readonly RseStudentResult[],
  sort: SortState,
  nameOf: (alias: string) => string = (alias) => alias,
): readonly RseStudentResult[] {
  const sign = sort.direction === 'ascending' ? 1 : -1
  return students
    .map((student, index) => ({ student, index, value: valueOf(student, sort.column, nameOf) }))
    .sort((a, b) => {
      if (a.value === undefined || b.value === undefined) {
        if (a.value === b.value) return a.index - b.index
        return a.value === undefined ? 1 : -1
      }
      const order =
        typeof a.value === 'string' || typeof b.value === 'string'
          ? String(a.value).localeCompare(String(b.value), undefined, { sensitivity: 'base', numeric: true })
          : a.value - b.value
      return order * sign || a.index - b.index
    })
    .map((entry) => entry.student)
}

/** aria-sort for a header: only the sorted column has one. */
export function ariaSort(sort: SortState, column: SortColumn): SortDirection | undefined {
  return sameColumn(sort.column, column) ? sort.direction : undefined
}

// ---------------------------------------------------------------------------------------------
// Aspects

export const ASPECTS = [
  { key: 'style', label: 'Style', description: 'tone, word choice, punctuation, formality' },
  { key: 'structure', label: 'Structure', description: 'order of ideas, shape of the reasoning' },
  { key: 'content', label: 'Content', description: 'same knowledge points and examples, same depth' },
] as const

/** Aspect means are on 0-2; two decimals. */
export function formatAspect(value: number | undefined): string {
  return value === undefined || !Number.isFinite(value) ? '—' : value.toFixed(2)
}

// ---------------------------------------------------------------------------------------------
// Drill-down items

/** One item's score: a judge's whole number as it is, a panel's mean of several (issue 13) to two decimals. */
export function formatItemScore(value: number | undefined): string {
  if (value === undefined || !Number.isFinite(value)) return '—'
  return Number.isInteger(value) ? String(value) : value.toFixed(2)
}

export type ItemState = 'scored' | 'failed' | 'waiting'

export function itemState(row: RseItemRow): ItemState {
  if (!row.judgment) return 'waiting'
  return row.judgment.failedReason !== undefined || row.judgment.overall === undefined ? 'failed' : 'scored'
}

/** Why an item has no score, in one sentence. */
export function itemFailure(row: RseItemRow): string | undefined {
  if (row.judgment?.failedReason) return row.judgment.failedReason
  if (row.reference?.error) return `The reference model did not answer: ${row.reference.error}`
  if (row.candidate?.error) return `The student did not answer: ${row.candidate.error}`
  if (!row.judgment) return 'Not judged yet: the run has not reached this item.'
  if (row.judgment.overall === undefined) return 'The judge gave no overall score.'
  return undefined
}

export const ITEMS_PER_PAGE = 20

export function pageCount(total: number, perPage = ITEMS_PER_PAGE): number {
  return Math.max(1, Math.ceil(total / perPage))
}
