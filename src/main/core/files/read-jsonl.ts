import { PROMPT_SET_LIMITS } from '../../../shared/contract/prompt-sets'
import { scanJson } from './json-scan'
import type { ProblemLog } from './problem-log'
import type { SourceRecord } from './records'
import { tooManyRecords } from './read-limits'

/** JSON Lines: one JSON value per line; blank lines are allowed and skipped. */
export function readJsonLines(text: string, problems: ProblemLog): SourceRecord[] {
  const records: SourceRecord[] = []
  const lines = text.split('\n')
  for (let index = 0; index < lines.length; index++) {
    const line = (lines[index] ?? '').replace(/\r$/, '')
    if (line.trim() === '') continue
    if (records.length === PROMPT_SET_LIMITS.maxItems) {
      problems.add(tooManyRecords())
      break
    }
    const lineNumber = index + 1
    const value = parseLine(line, lineNumber, problems)
    if (value === undefined) continue
    records.push({ value: value.parsed, index: records.length, line: lineNumber, where: `line ${lineNumber}`, positionalId: `line-${lineNumber}` })
  }
  return records
}

function parseLine(line: string, lineNumber: number, problems: ProblemLog): { parsed: unknown } | undefined {
  try {
    return { parsed: JSON.parse(line) }
  } catch {
    const scan = scanJson(line)
    const detail = scan.ok ? 'it is not valid JSON' : `column ${scan.offset + 1}: ${scan.message}`
    problems.add({ level: 'file', line: lineNumber, message: `Line ${lineNumber} is not valid JSON: ${detail}.` })
    return undefined
  }
}
