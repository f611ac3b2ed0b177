import type { NumberCell } from './table'

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
