import { bestCells } from '../best'
import { columnIntervalTexts } from '../interval'
import type { Table } from '../table'
import { SIMULATED_NOTE } from '../../figures/simulated'

/** Characters that would end a cell or start emphasis, code or a link in GitHub Markdown. */
const escapeMarkdown = (value: string) => value.replace(/[\\|*_`<>[\]]/g, (character) => `\\${character}`).replace(/\r?\n/g, ' ')

/** A GitHub-flavoured Markdown table: intervals as ±, the best value per column in bold, notes below. */
export function tableToMarkdown(table: Table): string {
  const best = bestCells(table)
  const intervals = columnIntervalTexts(table)
  const header = `| ${table.columns.map((column) => escapeMarkdown(column.group ? `${column.group} ${column.label}` : column.label)).join(' | ')} |`
  // Numbers right-aligned, so decimal points line up; text left.
  const rule = `|${table.columns.map((_, index) => (table.rows.some((row) => row.cells[index]?.kind === 'number') ? ' --: ' : ' :-- ')).join('|')}|`
  const body = table.rows.map((row, rowIndex) => {
    const cells = row.cells.map((cell, columnIndex) => {
      if (cell.kind === 'text') return escapeMarkdown(cell.text)
      const parts = intervals[rowIndex]![columnIndex]
      if (!parts) return '–'
      const value = best[columnIndex]!.has(rowIndex) ? `**${parts.value}**` : parts.value
      if (parts.plusMinus !== undefined) return `${value} ± ${parts.plusMinus}`
      if (parts.plus !== undefined) return `${value} (+${parts.plus}/−${parts.minus})`
      return value
    })
    return `| ${cells.join(' | ')} |`
  })
  const notes = table.notes.map((note) => `\n${escapeMarkdown(note)}`)
  // A comment line as well as the note: it survives a copy of the table without its notes.
  const comment = table.simulated ? [`<!-- ${SIMULATED_NOTE} -->`] : []
  return [...comment, `**${escapeMarkdown(table.title)}**`, '', header, rule, ...body, ...notes].join('\n') + '\n'
}
