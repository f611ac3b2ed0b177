import type { PaperLogImport } from '../core/ice/paper-log/import-paper-log'
import type { IceRate } from '../core/ice/scores/ice-scores'

export interface PaperLogReportInput {
  readonly attackLogName: string
  readonly strictCsvName?: string
  readonly keywords: readonly string[]
  readonly scored: PaperLogImport
}

const countAndRate = (rate: IceRate | null) => (rate === null ? null : { count: rate.count, rate: rate.rate })
const interval = (rate: IceRate | null) => (rate === null ? null : { low: rate.low, high: rate.high })

/**
 * `distillscope ice import-dq --json`: rows, then loose/strict/hard as {count, rate} (strict and
 * hard null without a strict CSV), then what a paper's table needs beside them.
 */
export function paperLogJson({ scored, keywords }: PaperLogReportInput) {
  return {
    rows: scored.rows.length,
    loose: countAndRate(scored.loose),
    strict: countAndRate(scored.strict),
    hard: countAndRate(scored.hard),
    intervals: { loose: interval(scored.loose), strict: interval(scored.strict), hard: interval(scored.hard) },
    unmatched: scored.unmatched.map(({ line, reason }) => ({ line, reason })),
    keywords,
    warnings: scored.warnings,
  }
}

const fixed = (value: number | null) => (value === null ? '-' : value.toFixed(3))

/** Plain text for a terminal: the three scores with Wilson 95% intervals, then what did not match. */
export function formatPaperLogReport({ attackLogName, strictCsvName, keywords, scored }: PaperLogReportInput): string {
  const row = (label: string, rate: IceRate | null) =>
    rate === null
      ? `${label.padEnd(7)} ${'-'.padStart(6)}  ${'-'.padStart(5)}   (needs --strict STRICT.csv)`
      : `${label.padEnd(7)} ${String(rate.count).padStart(6)}  ${fixed(rate.rate)}   ${fixed(rate.low)}-${fixed(rate.high)}`
  const lines = [
    `ICE from the paper's logs: ${attackLogName} (${scored.rows.length} rows)${strictCsvName ? `, strict verdicts from ${strictCsvName}` : ''}`,
    '',
    `${'score'.padEnd(7)} ${'count'.padStart(6)}  ${'rate'.padStart(5)}   95% interval (Wilson)`,
    row('loose', scored.loose),
    row('strict', scored.strict),
    row('hard', scored.hard),
    '',
    `Rates divide by the attack log's ${scored.rows.length} rows, as the paper does.`,
  ]
  if (scored.hard !== null) lines.push(`Hard: strict positives whose template contains none of: ${keywords.join(', ')}.`)
  if (scored.unmatched.length > 0) {
    lines.push('', `Strict CSV rows that matched no attack-log row (${scored.unmatched.length}), not counted:`)
    for (const { line, reason } of scored.unmatched) lines.push(`  ${strictCsvName ?? 'strict CSV'}, line ${line}: ${reason}`)
  }
  if (scored.warnings.length > 0) lines.push('', 'Notes:', ...scored.warnings.map((warning) => `  ${warning}`))
  return `${lines.join('\n')}\n`
}
