import type { PromptItem } from '../../../../../shared/contract/prompt-sets'
import { checkId, checkPrompt, shortScalar } from './check-fields'
import type { Extractor } from './extractor'
import { getPath } from './field-path'
import type { ProblemLog } from '../../../files/problem-log'
import { isPlainObject, type SourceRecord } from '../../../files/records'

/** An item read from a record, not yet checked for duplicates. */
export interface Candidate {
  readonly item: PromptItem
  readonly record: SourceRecord
}

const MAX_METADATA_FIELDS = 8
const REPLACEMENT_CHARACTER = '\uFFFD'

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

/** Reads one item per record; unusable records are reported and counted, never guessed at. */
export function extractItems(records: readonly SourceRecord[], extractor: Extractor, problems: ProblemLog): { candidates: Candidate[]; invalid: number } {
  const candidates: Candidate[] = []
  let invalid = 0
  for (const record of records) {
    const outcome = extractOne(record, extractor)
    if ('problem' in outcome) {
      invalid++
      if (outcome.problem) problems.add({ level: 'record', ...located(record, outcome.problem, outcome.field) })
      continue
    }
    // A raw NUL is refused with the whole file (nul-bytes.ts); JSON can still spell one as \u0000.
    if (outcome.item.prompt.includes('\u0000')) {
      invalid++
      problems.add({ level: 'record', ...located(record, 'the prompt contains a NUL character (\\u0000), which is not text; remove it', outcome.field) })
      continue
    }
    if (outcome.item.prompt.includes(REPLACEMENT_CHARACTER)) {
      const message = `contains the character \uFFFD, which usually means the file was not saved as UTF-8; check this prompt's text`
      problems.add({ level: 'warning', ...located(record, message, outcome.field) })
    }
    candidates.push({ item: outcome.item, record })
  }
  return { candidates, invalid }
}

function located(record: SourceRecord, problem: string, field: string | undefined) {
  return { message: `${capitalise(record.where)}: ${problem}.`, ...(record.line === undefined ? {} : { line: record.line }), ...(field ? { field } : {}) }
}

type Outcome = { item: PromptItem; field: string } | { problem: string | undefined; field?: string }

function extractOne(record: SourceRecord, extractor: Extractor): Outcome {
  if (record.unusable) return { problem: undefined }
  const value = record.value
  if (!isPlainObject(value)) return { problem: 'expected a record with fields, like {"prompt": "..."}' }
  const found = extractor.prompt(value)
  const prompt = checkPrompt(found)
  if (!prompt.ok) return { problem: prompt.problem, field: found.field }
  const { idField, categoryField } = extractor.mapping
  const id = idField ? checkId(idField, getPath(value, idField)) : ({ ok: true, value: record.positionalId } as const)
  if (!id.ok) return { problem: id.problem, field: idField }
  const category = categoryField === undefined ? undefined : shortScalar(getPath(value, categoryField))
  const metadata = metadataOf(value, extractor, found.field)
  const item: PromptItem = {
    id: id.value,
    prompt: prompt.value,
    ...(category === undefined ? {} : { category: String(category) }),
    ...(metadata ? { metadata } : {}),
  }
  return { item, field: found.field }
}

/** Short top-level fields not used otherwise (Arena-Hard's `cluster`, MATH's `level`). */
function metadataOf(record: Record<string, unknown>, extractor: Extractor, promptField: string): Record<string, string | number | boolean> | undefined {
  const { idField, categoryField } = extractor.mapping
  const used = new Set([promptField, extractor.mapping.promptField, idField, categoryField])
  const entries: [string, string | number | boolean][] = []
  for (const [key, raw] of Object.entries(record)) {
    if (entries.length === MAX_METADATA_FIELDS) break
    if (used.has(key) || extractor.consumed.has(key)) continue
    const value = shortScalar(raw)
    if (value !== undefined) entries.push([key, value])
  }
  return entries.length > 0 ? Object.fromEntries(entries) : undefined
}
