import type { Table } from '../table'

/**
 * RFC 4180 CSV for spreadsheets and scripts: one header row, then one row per table row. A
 * number column becomes up to four: the value, the interval's ends and n, unrounded, so nothing
 * is lost to the printed precision; a column whose intervals name their method (ICE) gets a
 * `_ci_method` column too. Published rows carry `published=true`; a table of simulated runs has a `simulated` column, true throughout.
 */
export function tableToCsv(table: Table): string {
  const withInterval = table.columns.map((_, index) =>
    table.rows.some((row) => {
      const cell = row.cells[index]
      return cell?.kind === 'number' && cell.low !== undefined
    }),
  )
  const withN = table.columns.map((_, index) =>
    table.rows.some((row) => {
      const cell = row.cells[index]
      return cell?.kind === 'number' && cell.n !== undefined
    }),
  )
  const withMethod = table.columns.map((_, index) =>
    table.rows.some((row) => {
      const cell = row.cells[index]
      return cell?.kind === 'number' && cell.ciMethod !== undefined
    }),
  )
  const header = table.columns.flatMap((column, index) => [
    column.key,
    ...(withInterval[index] ? [`${column.key}_low`, `${column.key}_high`] : []),
    ...(withMethod[index] ? [`${column.key}_ci_method`] : []),
    ...(withN[index] ? [`${column.key}_n`] : []),
  ])
  // A simulated table says so on every row, where a script reading it cannot miss it (issue 18 item 2).
  const simulated = table.simulated ? ['simulated'] : []
  const lines = [[...header, 'published', ...simulated]]
  for (const row of table.rows) {
    const fields = row.cells.flatMap((cell, index) => {
      if (cell.kind === 'text') return [guardFormula(cell.text)]
      const plain = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value))
      return [
        plain(cell.value),
        ...(withInterval[index] ? [plain(cell.low), plain(cell.high)] : []),
        ...(withMethod[index] ? [cell.ciMethod ?? ''] : []),
        ...(withN[index] ? [plain(cell.n)] : []),
      ]
    })
    lines.push([...fields, row.published ? 'true' : 'false', ...(table.simulated ? ['true'] : [])])
  }
  return lines.map((fields) => fields.map(quote).join(',')).join('\r\n') + '\r\n'
}

function quote(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field
}

/**
 * A spreadsheet runs a cell starting with =, +, -, @ (or a tab or carriage return) as a formula,
 * so a model name could do so on opening. Such text gets a leading apostrophe, which spreadsheets
 * show as plain text (OWASP's advice for CSV injection).
 */
function guardFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
}
