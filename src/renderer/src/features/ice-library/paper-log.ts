import type { IceRate } from '../../../../shared/contract/ice-results'
import type { PaperLogSummary } from '../../../../shared/contract/ice-library'
import { PAPER_ICE_TABLE, type PaperIceRow, type PaperIceTable } from '../../../../shared/paper/ice-table'
import { formatFraction, rateText } from '../../lib/ice-library/format'
import { formatInteger } from '../../lib/format'

/*
 * The paper's published logs scored on this computer, beside the paper's own table. The paper's
 * logs are named after their model (e.g. "DeepSeek-V3.jsonl"), so the file name suggests which
 * published row to compare with; the person can pick another. No React here.
 */

export type IceMeasure = 'loose' | 'strict' | 'hard'
export const ICE_MEASURES: readonly IceMeasure[] = ['loose', 'strict', 'hard']

export const MEASURE_LABELS: Readonly<Record<IceMeasure, string>> = { loose: 'Loose', strict: 'Strict', hard: 'Hard' }

/** What each measure counts, in one line (METHOD.md 2.6). */
export const MEASURE_DESCRIPTIONS: Readonly<Record<IceMeasure, string>> = {
  loose: 'Answers that contradict the model’s own identity fact',
  strict: 'Of those, answers claiming to be made by a suspected source (OpenAI or Anthropic by default)',
  hard: 'Of those, answers whose template did not itself mention the suspected source',
}

const compact = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '')

/** Distinctive parts of each published name, longest first, so "qwenmax" beats "qwen". */
function nameKeys(model: string): string[] {
  const full = compact(model)
  const family = compact(model.split(/[-\d.]/)[0] ?? model)
  return [...new Set([full, family])].filter((key) => key.length >= 3)
}

/**
 * The published row whose model the file name names, or undefined when it names none or several
 * (then the person chooses; a wrong guess would compare different models).
 */
export function guessPaperModel(fileName: string, table: PaperIceTable = PAPER_ICE_TABLE): string | undefined {
  const name = compact(fileName.replace(/\.[a-z0-9]+$/i, ''))
  if (name === '') return undefined
  const full = table.rows.filter((row) => name.includes(compact(row.model)))
  if (full.length === 1) return full[0]!.model
  const family = table.rows.filter((row) => nameKeys(row.model).some((key) => name.includes(key)))
  return family.length === 1 ? family[0]!.model : undefined
}

export function paperRow(model: string, table: PaperIceTable = PAPER_ICE_TABLE): PaperIceRow | undefined {
  return table.rows.find((row) => row.model === model)
}

export interface ComparisonLine {
  readonly measure: IceMeasure
  /** "0.220 (0.195–0.247)", or a reason there is none. */
  readonly yours: string
  readonly paper: string
  /**
   * Whether the published value (rounded to two decimals) lies within your 95% interval widened by
   * that rounding: the honest "agrees" test. Undefined when yours is missing.
   */
  readonly agrees: boolean | undefined
}

const ROUNDING = 0.005

function yoursText(rate: IceRate | null): string {
  if (rate === null) return 'Needs the strict CSV'
  const text = rateText(rate)
  return text.interval ? `${text.rate} (${text.interval})` : text.rate
}

export function comparisonLines(summary: PaperLogSummary, row: PaperIceRow): ComparisonLine[] {
  return ICE_MEASURES.map((measure) => {
    const rate = summary[measure]
    const published = row[measure]
    const agrees = rate === null || rate.low === null || rate.high === null ? undefined : published >= rate.low - ROUNDING && published <= rate.high + ROUNDING
    return { measure, yours: yoursText(rate), paper: formatFraction(published, PAPER_ICE_TABLE.decimals), agrees }
  })
}

/** Notes shown above the comparison, most important first. */
export function comparisonNotes(summary: PaperLogSummary, table: PaperIceTable = PAPER_ICE_TABLE): string[] {
  const notes: string[] = []
  if (summary.rows !== table.rowsPerModel) {
    notes.push(
      `The paper divided by ${formatInteger(table.rowsPerModel)} attack rows per model; this log has ${formatInteger(summary.rows)}, so its rates are not expected to match exactly.`,
    )
  }
  notes.push(
    `Loose is read from the log’s own verdicts (the paper’s judge, ${table.judge}), so it should match the published value. Strict comes from the strict CSV and hard from the keywords; the paper prints two decimals and no intervals.`,
  )
  return notes
}

/** "Line 12: no attack-log row has this question and answer". */
export function unmatchedText(row: { readonly line: number; readonly reason: string }): string {
  return `Line ${row.line}: ${row.reason}`
}

/** "Lee et al., “Quantification of …”, ACL 2025 (long paper), arXiv 2501.12619." */
export function paperCitation(table: PaperIceTable = PAPER_ICE_TABLE): string {
  const { source } = table
  return `${source.authors}, “${source.title}”, ${source.venue}, arXiv ${source.arxiv}.`
}
