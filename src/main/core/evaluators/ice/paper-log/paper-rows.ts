import { IceImportError } from '../import/ice-import-error'
import { readTable, type TableRecord } from '../import/records'
import { parsePythonStringList } from './python-literal'

/**
 * The paper's published ICE logs (METHOD.md 2.7). An attack log row: `jailbreak_prompt` (the
 * template, placeholder `{query}` or none), `query`, `target_responses` (a list with one string),
 * `eval_results` (the loose verdict). A strict CSV row: the same columns plus `re_judge`
 * (`strict_score` in the paper's script), True or 1 for strict positives.
 */
export interface PaperAttackRow {
  readonly line: number
  readonly template: string
  readonly query: string
  readonly response: string
  readonly loose: boolean
}

export interface PaperStrictRow {
  readonly line: number
  readonly template: string
  readonly query: string
  readonly response?: string
  readonly strict: boolean
}

export function readAttackLog(text: string): PaperAttackRow[] {
  const records = readTable(text, 'jsonl')
  if (records.length === 0) throw new IceImportError('The attack log has no rows.')
  return records.map((record) => ({
    line: record.line,
    template: requiredText(record, 'jailbreak_prompt'),
    query: requiredText(record, 'query'),
    response: responseOf(record) ?? fail(record, 'target_responses should be a list holding the answer, such as ["..."]'),
    loose: booleanOf(record, 'eval_results') ?? fail(record, 'eval_results should be true or false'),
  }))
}

export function readStrictCsv(text: string): PaperStrictRow[] {
  const records = readTable(text, 'csv', 'jailbreak_prompt,query,target_responses,re_judge')
  const first = records[0]
  if (first === undefined) return []
  const column = ['re_judge', 'strict_score'].find((name) => name in first.fields)
  if (column === undefined) throw new IceImportError('The strict CSV has no re_judge column (True or 1 marks a strict positive).', 1)
  return records.map((record) => {
    const response = responseOf(record)
    return {
      line: record.line,
      template: requiredText(record, 'jailbreak_prompt'),
      query: requiredText(record, 'query'),
      ...(response !== undefined ? { response } : {}),
      strict: booleanOf(record, column) ?? fail(record, `${column} should be True, False, 1 or 0`),
    }
  })
}

function fail(record: TableRecord, message: string): never {
  throw new IceImportError(`Line ${record.line}: ${message}.`, record.line)
}

function requiredText(record: TableRecord, name: string): string {
  const value = record.fields[name]
  if (typeof value !== 'string') fail(record, `the "${name}" field is missing or not text`)
  return value
}

/** A JSON list, a Python list literal, or (tolerated) plain text; the first string of a list. */
function responseOf(record: TableRecord): string | undefined {
  const value = record.fields.target_responses
  if (Array.isArray(value)) return value.length === 0 ? '' : typeof value[0] === 'string' ? value[0] : undefined
  if (typeof value !== 'string') return undefined
  const list = parsePythonStringList(value)
  return list ? (list[0] ?? '') : value
}

const TRUE_TEXT = new Set(['true', '1', '1.0', 'yes'])
const FALSE_TEXT = new Set(['false', '0', '0.0', 'no', ''])

function booleanOf(record: TableRecord, name: string): boolean | undefined {
  const value = record.fields[name]
  if (typeof value === 'boolean') return value
  if (typeof value === 'number') return value === 1 ? true : value === 0 ? false : undefined
  if (typeof value !== 'string') return undefined
  const lower = value.trim().toLowerCase()
  return TRUE_TEXT.has(lower) ? true : FALSE_TEXT.has(lower) ? false : undefined
}
