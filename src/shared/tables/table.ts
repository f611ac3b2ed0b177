import type { CiMethod } from '../contract/ice-results'

/**
 * A results table independent of its format: the CSV, JSON, Markdown and LaTeX writers all read
 * this, so every format shows the same numbers, intervals and best values.
 */
export interface NumberCell {
  readonly kind: 'number'
  /** Null when there is nothing to show (no scored item, no attack row). */
  readonly value: number | null
  /** 95% interval, when there is one. */
  readonly low?: number
  readonly high?: number
  /** How the interval was computed, where a table mixes or must name methods (ICE rates). */
  readonly ciMethod?: CiMethod
  /** What the value was computed over (items scored, attack rows). */
  readonly n?: number
  readonly decimals: number
}

export interface TextCell {
  readonly kind: 'text'
  readonly text: string
}

export type Cell = NumberCell | TextCell

export interface Column {
  /** A stable machine name (CSV header, JSON key). */
  readonly key: string
  /** The printed header. */
  readonly label: string
  /** A heading shared by neighbouring columns (a prompt set over its three aspects). */
  readonly group?: string
  /** Which value is best and printed in bold; absent for text and unranked columns. */
  readonly best?: 'max' | 'min'
}

export interface TableRow {
  readonly cells: readonly Cell[]
  /** A value published in the paper, not measured: kept apart from ours in every format. */
  readonly published?: boolean
}

export interface Table {
  readonly name: string
  readonly title: string
  readonly columns: readonly Column[]
  readonly rows: readonly TableRow[]
  /** What the numbers are: intervals, sources, caveats. Printed under the table. */
  readonly notes: readonly string[]
  /** Drawn from simulated runs (the Offline demo): every format says so (issue 18 item 2). */
  readonly simulated?: boolean
}

export const text = (value: string): TextCell => ({ kind: 'text', text: value })

export function number(
  value: number | null | undefined,
  decimals: number,
  extra: { low?: number | null; high?: number | null; n?: number; ciMethod?: CiMethod } = {},
): NumberCell {
  const hasInterval = extra.low !== undefined && extra.low !== null && extra.high !== undefined && extra.high !== null
  return {
    kind: 'number',
    value: value ?? null,
    decimals,
    ...(hasInterval ? { low: extra.low as number, high: extra.high as number, ...(extra.ciMethod ? { ciMethod: extra.ciMethod } : {}) } : {}),
    ...(extra.n !== undefined ? { n: extra.n } : {}),
  }
}
