import { PROMPT_SET_LIMITS } from '../../../shared/contract/prompt-sets'
import { scanJson } from './json-scan'
import type { ProblemLog } from './problem-log'
import { isPlainObject, type SourceRecord } from './records'
import { tooManyRecords } from './read-limits'
import { indexLines } from './text-position'

/** A JSON file: a list of records, or an object whose `data` field is that list. */
export function readJson(text: string, problems: ProblemLog): SourceRecord[] {
  const lines = indexLines(text)
  const scan = scanJson(text)
  if (!scan.ok) {
    const line = lines.lineAt(scan.offset)
    problems.add({ level: 'file', line, message: `The file is not valid JSON: line ${line}, column ${lines.columnAt(scan.offset)}: ${scan.message}.` })
    return []
  }
  const list = recordList(JSON.parse(text))
  if (!list) {
    problems.add({ level: 'file', message: 'The JSON file should hold a list of records ([{...}, {...}]) or an object with a "data" list.' })
    return []
  }
  if (list.length > PROMPT_SET_LIMITS.maxItems) {
    problems.add(tooManyRecords())
    return []
  }
  return list.map((value, index) => {
    const start = scan.elementStarts[index]
    const line = start === undefined ? undefined : lines.lineAt(start)
    const where = line === undefined ? `item ${index + 1}` : `item ${index + 1} (line ${line})`
    return { value, index, ...(line === undefined ? {} : { line }), where, positionalId: `item-${index + 1}` }
  })
}

function recordList(parsed: unknown): readonly unknown[] | undefined {
  if (Array.isArray(parsed)) return parsed
  if (isPlainObject(parsed) && Array.isArray(parsed.data)) return parsed.data
  return undefined
}
