import type { FieldMapping, PromptShape } from '../../../../../shared/contract/prompt-sets'
import { getPath } from './field-path'
import { isPlainObject, type SourceRecord } from '../../../files/records'
import { SHAPE_RULES, type FieldValue, type ShapeRule } from './shapes'

/** How prompts, ids and categories are read from every record of one file. */
export interface Extractor {
  readonly shape: PromptShape
  readonly label: string
  readonly mapping: FieldMapping
  readonly prompt: (record: Record<string, unknown>) => FieldValue
  /** Fields never copied into metadata. */
  readonly consumed: ReadonlySet<string>
  /** Choices detection made that the person should know about (shown as warnings). */
  readonly notes?: readonly string[]
}

/** Records looked at to recognise a layout: enough to outvote a few odd ones, cheap on big files. */
const SAMPLE_SIZE = 50

function sampleOf(records: readonly SourceRecord[]): Record<string, unknown>[] {
  return records
    .map((record) => record.value)
    .filter(isPlainObject)
    .slice(0, SAMPLE_SIZE)
}

const isIdLike = (value: unknown) => (typeof value === 'string' && value.trim() !== '') || Number.isInteger(value)
const isPresent = (value: unknown) => value !== undefined && value !== null && value !== ''

/** The first known layout most of the first records fit, or undefined (a mapping is needed). */
export function detectExtractor(records: readonly SourceRecord[]): Extractor | undefined {
  const sample = sampleOf(records)
  if (sample.length === 0) return undefined
  const rule = SHAPE_RULES.find((candidate) => sample.filter(candidate.matches).length * 2 >= sample.length)
  return rule && fromRule(rule, sample)
}

function fromRule(rule: ShapeRule, sample: readonly Record<string, unknown>[]): Extractor {
  // An id field is only used when every record looked at has one: ids must be complete and unique.
  const idField = rule.idCandidates.find((field) => sample.every((record) => isIdLike(getPath(record, field))))
  const categoryField = rule.categoryCandidates.find((field) => sample.some((record) => isPresent(getPath(record, field))))
  const mapping: FieldMapping = { promptField: rule.promptField, ...(idField ? { idField } : {}), ...(categoryField ? { categoryField } : {}) }
  const prompt = rule.prompt ?? ((record: Record<string, unknown>) => ({ field: rule.promptField, value: getPath(record, rule.promptField) }))
  const partial = idField ? undefined : rule.idCandidates.find((field) => sample.some((record) => isIdLike(getPath(record, field))))
  const notes = partial
    ? [`Some records have no usable "${partial}", so prompts are numbered by their position instead. Choose "${partial}" as the id field to see which.`]
    : []
  return { shape: rule.shape, label: rule.label, mapping, prompt, consumed: new Set(rule.consumed), notes }
}

/** The person's own choice of fields: it overrides detection entirely. */
export function fromMapping(mapping: FieldMapping): Extractor {
  return {
    shape: 'custom',
    label: 'Your field mapping',
    mapping,
    prompt: (record) => ({ field: mapping.promptField, value: getPath(record, mapping.promptField) }),
    consumed: new Set(),
  }
}

/** True when at least one of the first records has the mapped prompt field. */
export function promptFieldSeen(extractor: Extractor, records: readonly SourceRecord[]): boolean {
  return sampleOf(records).some((record) => extractor.prompt(record).value !== undefined)
}
