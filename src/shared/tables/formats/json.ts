import type { Table } from '../table'

export interface TableJson {
  readonly table: string
  readonly title: string
  readonly columns: readonly { readonly key: string; readonly label: string }[]
  readonly rows: readonly Record<string, unknown>[]
  readonly notes: readonly string[]
  /** Present, and true, when the table was drawn from simulated runs (the Offline demo). */
  readonly simulated?: true
}

/**
 * JSON for scripts: one object per row keyed by column, numbers unrounded with their interval and
 * n, text as strings, and `published: true` on the paper's rows.
 */
export function tableToJson(table: Table): TableJson {
  return {
    table: table.name,
    title: table.title,
    columns: table.columns.map((column) => ({ key: column.key, label: column.label })),
    rows: table.rows.map((row) => {
      const entry: Record<string, unknown> = {}
      row.cells.forEach((cell, index) => {
        const key = table.columns[index]!.key
        entry[key] =
          cell.kind === 'text'
            ? cell.text
            : {
                value: cell.value,
                ...(cell.low !== undefined ? { low: cell.low, high: cell.high } : {}),
                ...(cell.ciMethod !== undefined ? { ciMethod: cell.ciMethod } : {}),
                ...(cell.n !== undefined ? { n: cell.n } : {}),
              }
      })
      if (row.published) entry.published = true
      return entry
    }),
    notes: table.notes,
    ...(table.simulated ? { simulated: true as const } : {}),
  }
}

export const tableToJsonText = (table: Table): string => `${JSON.stringify(tableToJson(table), null, 2)}\n`
