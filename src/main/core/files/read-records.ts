import type { PromptFileFormat } from '../../../shared/contract/prompt-sets'
import type { ProblemLog } from './problem-log'
import { readDelimited } from './read-csv'
import { readJson } from './read-json'
import { readJsonLines } from './read-jsonl'
import type { ReadRecords, RecordReader } from './records'

const READERS: Record<PromptFileFormat, RecordReader> = {
  jsonl: readJsonLines,
  json: readJson,
  csv: readDelimited(','),
  tsv: readDelimited('\t'),
}

/**
 * The extension decides when it is unambiguous. Otherwise the content does: datasets are often
 * published as `.json` files that are really JSON Lines, and a downloaded file may have no extension.
 */
export function detectFormat(fileName: string, text: string): PromptFileFormat {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase()
  if (extension === 'jsonl' || extension === 'ndjson') return 'jsonl'
  if (extension === 'csv') return 'csv'
  if (extension === 'tsv') return 'tsv'
  const first = text.trimStart()[0]
  if (first === '[') return 'json'
  if (first === '{') return looksLikeJsonLines(text) ? 'jsonl' : 'json'
  return extension === 'json' ? 'json' : 'csv'
}

/** Two or more non-blank lines, the first of which is a complete JSON object on its own. */
function looksLikeJsonLines(text: string): boolean {
  const lines = text.split('\n', 50).filter((line) => line.trim() !== '')
  if (lines.length < 2) return false
  try {
    const first: unknown = JSON.parse(lines[0] ?? '')
    return typeof first === 'object' && first !== null && !Array.isArray(first)
  } catch {
    return false
  }
}

/** `text` must already be without a byte-order mark (offsets would be off by one). */
export function readRecords(fileName: string, text: string, problems: ProblemLog): ReadRecords {
  const format = detectFormat(fileName, text)
  return { format, records: READERS[format](text, problems) }
}
