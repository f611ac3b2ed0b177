import { nulByteProblem } from '../../../files/nul-bytes'
import { createProblemLog } from '../../../files/problem-log'
import { readDelimited } from '../../../files/read-csv'
import { readJsonLines } from '../../../files/read-jsonl'
import { isPlainObject } from '../../../files/records'
import { stripBom } from '../../../files/text-position'
import { IceImportError } from './ice-import-error'

/** One row of a CSV file or one object of a JSON Lines file, with the line it starts on. */
export interface TableRecord {
  readonly line: number
  readonly fields: Readonly<Record<string, unknown>>
}

export type TableFormat = 'csv' | 'jsonl'

/** `.csv` or `.jsonl`/`.ndjson` by name, otherwise by the first character (`{` is JSON Lines). */
export function tableFormatOf(fileName: string | undefined, text: string): TableFormat {
  const lower = fileName?.toLowerCase() ?? ''
  if (lower.endsWith('.csv')) return 'csv'
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) return 'jsonl'
  return stripBom(text).trimStart().startsWith('{') ? 'jsonl' : 'csv'
}

/**
 * Reads records with the prompt-set readers (quoted cells with commas, quotes and line breaks;
 * CRLF; a byte-order mark); a CSV without a header is explained with `headerExample`. The first problem that makes a record unreadable is thrown, naming its line.
 */
export function readTable(text: string, format: TableFormat, headerExample?: string): TableRecord[] {
  const nul = nulByteProblem(stripBom(text))
  if (nul) throw new IceImportError(nul.message, nul.line)
  const problems = createProblemLog()
  const read = format === 'csv' ? readDelimited(',', headerExample)(stripBom(text), problems) : readJsonLines(stripBom(text), problems)
  const blocking = [...problems.listOf('file'), ...problems.listOf('record')]
  const first = blocking[0]
  if (first) throw new IceImportError(first.message, first.line)
  return read.map((record) => {
    const line = record.line ?? record.index + 1
    if (!isPlainObject(record.value)) throw new IceImportError(`Line ${line} is not a JSON object with named fields.`, line)
    // JSON can spell a NUL as \u0000, which the check on the raw text cannot see.
    if (Object.values(record.value).some((value) => typeof value === 'string' && value.includes('\u0000'))) {
      throw new IceImportError(`Line ${line} contains a NUL character (\\u0000), which is not text. Remove it and try again.`, line)
    }
    return { line, fields: record.value }
  })
}

/** A text field (strings only; numbers are accepted for ids). */
export function stringField(record: TableRecord, names: readonly string[]): string | undefined {
  for (const name of names) {
    const value = record.fields[name]
    if (typeof value === 'string') return value
    if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  }
  return undefined
}
