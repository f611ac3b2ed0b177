import type { NumberCell, Table } from './table'

export interface IntervalText {
  readonly value: string
  /** Symmetric at the printed precision: one half-width. */
  readonly plusMinus?: string
  /** Asymmetric (Wilson intervals near 0, bootstrap intervals): both distances. */
  readonly plus?: string
  readonly minus?: string
}

/**
 * A value and its 95% interval as distances from it, at the cell's decimals: "± h" when both
 * sides print the same, else "+a / -b", never a symmetric figure the interval does not have.
 */
export function intervalText(cell: NumberCell): IntervalText | undefined {
  if (cell.value === null) return undefined
  const value = cell.value.toFixed(cell.decimals)
  if (cell.low === undefined || cell.high === undefined) return { value }
  const plus = Math.max(0, cell.high - cell.value).toFixed(cell.decimals)
  const minus = Math.max(0, cell.value - cell.low).toFixed(cell.decimals)
  return plus === minus ? { value, plusMinus: plus } : { value, plus, minus }
}

/**
 * A table's intervals with one notation per column (issue 18 item 7): a column where any interval
 * is asymmetric writes every interval as +a/-b, so "4.000 ± 0.133" never sits above "4.033 +0.133/-0.100".
 */
export function columnIntervalTexts(table: Table): (IntervalText | undefined)[][] {
  const texts = table.rows.map((row) => row.cells.map((cell) => (cell.kind === 'number' ? intervalText(cell) : undefined)))
  const asymmetric = table.columns.map((_, index) => texts.some((row) => row[index]?.plus !== undefined))
  return texts.map((row) =>
    row.map((text, index) => (text?.plusMinus !== undefined && asymmetric[index] ? { value: text.value, plus: text.plusMinus, minus: text.plusMinus } : text)),
  )
}
