import { PROMPT_SET_LIMITS, type FieldMapping, type PromptDuplicate, type PromptFileFormat, type PromptItem } from '../../../../../shared/contract/prompt-sets'
import { contentHashOf } from './content-hash'
import { dropRepeatedIds, findDuplicates } from './duplicates'
import { extractItems } from './extract-items'
import { detectExtractor, fromMapping, promptFieldSeen, type Extractor } from './extractor'
import { listFields } from './field-path'
import { nulByteProblem } from '../../../files/nul-bytes'
import { createProblemLog, type ProblemLog } from '../../../files/problem-log'
import { readRecords } from '../../../files/read-records'
import type { SourceRecord } from '../../../files/records'
import { stripBom } from '../../../files/text-position'

/** Added when no record was usable: the records' own problems say why (import-error.ts). */
export const NO_USABLE_PROMPTS = 'The file has no usable prompts.'

export interface PrepareOptions {
  readonly mapping?: FieldMapping
  readonly keepDuplicates?: boolean
}

/** Everything an import would store and everything wrong with the file; nothing is saved yet. */
export interface PreparedImport {
  readonly fileName: string
  readonly format: PromptFileFormat
  readonly extractor?: Extractor
  readonly fields: readonly string[]
  readonly totalRecords: number
  /** Usable items in file order, duplicates left out unless kept. */
  readonly items: readonly PromptItem[]
  readonly duplicates: readonly PromptDuplicate[]
  readonly invalidCount: number
  readonly problems: ProblemLog
  readonly contentHash: string
}

/** One pass over a file's text: read records, find the prompts, check them, find duplicates. */
export function prepareImport(fileName: string, content: string, options: PrepareOptions = {}): PreparedImport {
  const problems = createProblemLog()
  const text = stripBom(content)
  const { format, records } = readRecords(fileName, text, problems)
  const base = { fileName, format, fields: listFields(records.map((record) => record.value)), totalRecords: records.length, problems }
  const empty = { ...base, items: [], duplicates: [], invalidCount: 0, contentHash: contentHashOf([]) }
  checkSize(content, problems)
  const nul = nulByteProblem(text)
  if (nul) problems.add(nul)
  if (text.trim() === '') {
    problems.add({ level: 'file', message: 'The file is empty.' })
    return empty
  }
  const extractor = findExtractor(records, base.fields, options.mapping, problems)
  if (!extractor) return empty
  const { candidates, invalid } = extractItems(records, extractor, problems)
  const { unique, duplicates } = findDuplicates(candidates)
  const { kept, dropped } = dropRepeatedIds(options.keepDuplicates ? candidates : unique, extractor.mapping.idField, problems)
  const items = kept.map((candidate) => candidate.item)
  if (items.length === 0 && problems.count('file') === 0) problems.add({ level: 'file', message: NO_USABLE_PROMPTS })
  return { ...base, extractor, items, duplicates, invalidCount: invalid + dropped, contentHash: contentHashOf(items) }
}

function checkSize(content: string, problems: ProblemLog): void {
  if (Buffer.byteLength(content, 'utf8') <= PROMPT_SET_LIMITS.maxFileBytes) return
  problems.add({ level: 'file', message: 'The file is larger than 64 MB. Split it, or sample the prompts you need into a smaller file.' })
}

/** Undefined when the file has no records to look at; problems say what to choose otherwise. */
function findExtractor(
  records: readonly SourceRecord[],
  fields: readonly string[],
  mapping: FieldMapping | undefined,
  problems: ProblemLog,
): Extractor | undefined {
  if (records.length === 0) return undefined
  const fieldList = fields.length > 0 ? ` Fields found: ${fields.slice(0, 20).join(', ')}.` : ''
  if (!mapping) {
    const detected = detectExtractor(records)
    if (!detected) problems.add({ level: 'file', message: `Could not tell which field holds the prompts. Choose it in the field mapping.${fieldList}` })
    for (const note of detected?.notes ?? []) problems.add({ level: 'warning', message: note })
    return detected
  }
  const extractor = fromMapping(mapping)
  if (promptFieldSeen(extractor, records)) return extractor
  problems.add({ level: 'file', field: mapping.promptField, message: `None of the first records has the field "${mapping.promptField}".${fieldList}` })
  return undefined
}
