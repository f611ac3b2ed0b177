import type { PromptFileFormat } from '../../../shared/contract/prompt-sets'
import type { ProblemLog } from './problem-log'

/** One record read from a file, before a prompt is looked for in it. */
export interface SourceRecord {
  readonly value: unknown
  /** 0-based position among the file's records. */
  readonly index: number
  /** Line where the record starts, as an editor shows it; unknown only for odd JSON. */
  readonly line?: number
  /** How messages point at it: "line 12", "item 3 (line 40)". */
  readonly where: string
  /** The id used when the source has none (`line-N` for lines and rows, `item-N` for JSON). */
  readonly positionalId: string
  /** The reader already reported why this record is unusable; it is counted, not reported again. */
  readonly unusable?: true
}

export interface ReadRecords {
  readonly format: PromptFileFormat
  readonly records: readonly SourceRecord[]
}

/** Each reader reads text into records, adding what it cannot read to `problems`. */
export type RecordReader = (text: string, problems: ProblemLog) => SourceRecord[]

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
