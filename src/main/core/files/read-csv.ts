import Papa from 'papaparse'
import { PROMPT_SET_LIMITS } from '../../../shared/contract/prompt-sets'
import type { ProblemLog } from './problem-log'
import type { SourceRecord } from './records'
import { tooManyRecords } from './read-limits'
import { normalizeRowEnds } from './row-ends'
import { indexLines, type LineIndex } from './text-position'

interface Row {
  readonly cells: readonly string[]
  readonly line: number
}

/**
 * CSV (or TSV) with a header row (`headerExample` is the header a missing one is explained with). Cells may be quoted and hold commas, quotes ("") and line
 * breaks, so a record's line is where its row starts, found from papaparse's cursor.
 */
export function readDelimited(delimiter: ',' | '\t', headerExample = 'id,prompt') {
  return (text: string, problems: ProblemLog): SourceRecord[] => {
    const rows = parseRows(normalizeRowEnds(text, delimiter), delimiter, problems)
    const [header, ...body] = rows
    if (!header) {
      problems.add({ level: 'file', message: `The file has no header row. The first line should name the columns, for example: ${headerExample}` })
      return []
    }
    const names = columnNames(header, problems)
    return body.map((row, index) => toRecord(row, index, names, problems))
  }
}

function parseRows(text: string, delimiter: string, problems: ProblemLog): Row[] {
  const lines: LineIndex = indexLines(text)
  const rows: Row[] = []
  let rowStart = 0
  Papa.parse<string[]>(text, {
    delimiter,
    newline: '\n',
    step: (result, parser) => {
      const start = rowStart
      rowStart = result.meta.cursor
      const line = lines.lineAt(start)
      const quoteError = result.errors.find((error) => error.type === 'Quotes')
      if (quoteError) {
        problems.add({ level: 'file', line, message: `Line ${line}: ${describeQuoteError(quoteError.code)}` })
        return
      }
      if (result.data.length === 1 && result.data[0]?.trim() === '') return
      if (rows.length > PROMPT_SET_LIMITS.maxItems) {
        problems.add(tooManyRecords())
        parser.abort()
        return
      }
      rows.push({ cells: result.data, line })
    },
  })
  return rows
}

function describeQuoteError(code: string): string {
  return code === 'MissingQuotes'
    ? 'a quoted cell is never closed (a " is missing), so the rest of the file cannot be read.'
    : 'a quoted cell is followed by other characters; put the whole cell in quotes and double any " inside it.'
}

/**
 * Blank headers get a name. A repeated name is refused (which of the two is the prompt?), naming
 * both positions; it still gets a suffix so the preview can show every column.
 */
function columnNames(header: Row, problems: ProblemLog): string[] {
  const firstColumn = new Map<string, number>()
  return header.cells.map((cell, index) => {
    const name = cell.trim() || `column ${index + 1}`
    const first = firstColumn.get(name)
    if (first === undefined) {
      firstColumn.set(name, index + 1)
      return name
    }
    const message = `Line ${header.line}: column '${name}' appears twice (columns ${first} and ${index + 1}). Give each column its own name.`
    problems.add({ level: 'file', line: header.line, field: name, message })
    return `${name} (${index + 1})`
  })
}

function toRecord(row: Row, index: number, names: readonly string[], problems: ProblemLog): SourceRecord {
  const base = { index, line: row.line, where: `line ${row.line}`, positionalId: `line-${row.line}` }
  if (row.cells.length !== names.length) {
    const message = `Line ${row.line} has ${row.cells.length} cells but the header has ${names.length} columns. Check for a missing comma or an unquoted comma inside a cell.`
    problems.add({ level: 'record', line: row.line, message })
    return { ...base, value: undefined, unusable: true }
  }
  const value: Record<string, string> = {}
  names.forEach((name, column) => {
    value[name] = row.cells[column] ?? ''
  })
  return { ...base, value }
}
