import type { PaperLogImport } from '../core/evaluators/ice/paper-log/import-paper-log'
import type { LooseDifference } from '../core/evaluators/ice/paper-log/loose-differences'
import type { IceRate } from '../core/evaluators/ice/scores/ice-scores'
import { CI_METHOD_LABELS } from '../../shared/contract/ice-results'

export interface PaperLogReportInput {
  readonly attackLogName: string
  readonly strictCsvName?: string
  readonly keywords: readonly string[]
  readonly scored: PaperLogImport
}

const countAndRate = (rate: IceRate | null) => (rate === null ? null : { count: rate.count, rate: rate.rate })
/** The interval with its method, and Wilson's "rows independent" interval beside it (issue 14). */
const interval = (rate: IceRate | null) =>
  rate === null
    ? null
    : {
        low: rate.low,
        high: rate.high,
        ciMethod: rate.ciMethod,
        rowsIndependent: { low: rate.rowsIndependent.low, high: rate.rowsIndependent.high, ciMethod: 'wilson' },
      }

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

/** Plain text for a terminal: the three scores with their 95% intervals and methods, then what did not match. */
export function formatPaperLogReport({ attackLogName, strictCsvName, keywords, scored }: PaperLogReportInput): string {
  const row = (label: string, rate: IceRate | null) =>
    rate === null
      ? `${label.padEnd(7)} ${'-'.padStart(6)}  ${'-'.padStart(5)}   (needs --strict STRICT.csv)`
      : `${label.padEnd(7)} ${String(rate.count).padStart(6)}  ${fixed(rate.rate)}   ${`${fixed(rate.low)}-${fixed(rate.high)}`.padEnd(12)}  ${CI_METHOD_LABELS[rate.ciMethod]}; rows independent ${fixed(rate.rowsIndependent.low)}-${fixed(rate.rowsIndependent.high)}`
  const lines = [
    `ICE from the paper's logs: ${attackLogName} (${scored.rows.length} rows)${strictCsvName ? `, strict verdicts from ${strictCsvName}` : ''}`,
    '',
    `${'score'.padEnd(7)} ${'count'.padStart(6)}  ${'rate'.padStart(5)}   ${'95% interval'.padEnd(12)}  method`,
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

/** `import-dq` with several logs, as JSON: each log's report, then every pair's loose difference. */
export function paperLogsJson(reports: readonly PaperLogReportInput[], pairs: readonly LooseDifference[]) {
  return {
    logs: reports.map((report) => ({ name: report.attackLogName, ...paperLogJson(report) })),
    pairs: pairs.map(({ a, b, diff, ci, ciMethod, separable, sharedTemplates }) => ({ a, b, diff, ci, ciMethod, separable, sharedTemplates })),
  }
}

const signed = (value: number) => `${value >= 0 ? '+' : ''}${value.toFixed(3)}`

/**
 * The pairwise table under several logs' reports: loose(a) - loose(b), its 95% interval and
 * whether the two are separable (the interval excludes 0), so the paper's ranking can be read with
 * its uncertainty.
 */
export function formatLooseDifferences(pairs: readonly LooseDifference[]): string {
  const rows = pairs.map((pair) => [
    `${pair.a} - ${pair.b}`,
    signed(pair.diff),
    `${signed(pair.ci[0])} to ${signed(pair.ci[1])}`,
    pair.separable ? 'separable' : 'not separable',
  ])
  const header = ['loose difference', 'diff', '95% interval', '']
  const widths = header.map((text, column) => Math.max(text.length, ...rows.map((row) => row[column]!.length)))
  const line = (cells: readonly string[]) =>
    cells
      .map((text, column) => text.padEnd(widths[column]!))
      .join('  ')
      .trimEnd()
  return [
    line(header),
    ...rows.map(line),
    '',
    `Intervals: ${CI_METHOD_LABELS['two-way-cluster-bootstrap']}, the same resample of questions for both logs and each log's own templates (the same resample when the logs share their templates), seeded.`,
    'Separable: the interval excludes 0, so the data order the two; otherwise their ranking could be either way.',
    '',
  ].join('\n')
}
