import type { Column, NumberCell } from '../../../../shared/tables/table'
import { formatInteger } from '../../lib/format'

/*
 * A shared table's cells as the window shows them: the same numbers the CSV, Markdown and LaTeX
 * writers print (the cell's own decimals), with the interval as its two ends, which reads more
 * easily on screen than ± distances. No React here, so it is unit-tested in Node.
 */

export interface NumberCellText {
  /** The value at the cell's decimals; "—" when there is none. */
  readonly value: string
  /** "3.80–4.01", or empty without an interval. */
  readonly interval: string
  /** "n = 48", "n = 0", or empty when the cell has no n (nothing measured there at all). */
  readonly n: string
  /** For a screen reader, in words. */
  readonly words: string
}

export function numberCellText(cell: NumberCell): NumberCellText {
  const fixed = (value: number) => value.toFixed(cell.decimals)
  const value = cell.value === null || !Number.isFinite(cell.value) ? '—' : fixed(cell.value)
  const interval = cell.value !== null && cell.low !== undefined && cell.high !== undefined ? `${fixed(cell.low)}–${fixed(cell.high)}` : ''
  const n = cell.n === undefined ? '' : `n = ${formatInteger(cell.n)}`
  const words =
    cell.value === null
      ? cell.n === undefined
        ? 'no value'
        : `no value, ${cell.n} measured`
      : [value, interval && `95% interval ${fixed(cell.low!)} to ${fixed(cell.high!)}`, n].filter(Boolean).join(', ')
  return { value, interval, n, words }
}

/** Neighbouring columns under the same group, for a header row above the labels (as the LaTeX writer does). */
export function groupSpans(columns: readonly Column[]): readonly { readonly group: string | undefined; readonly span: number }[] {
  const spans: { group: string | undefined; span: number }[] = []
  for (const column of columns) {
    const last = spans.at(-1)
    if (last && column.group !== undefined && last.group === column.group) last.span += 1
    else spans.push({ group: column.group, span: 1 })
  }
  return spans
}
