import type { PaperAgreement, PaperJudgeAgreement, PaperJudgeCheckResult } from '../../shared/contract/paper-judge-check'

export interface PaperJudgeCheckReport {
  readonly attackLogName: string
  readonly strictCsvName?: string
  readonly fact: string
  readonly result: PaperJudgeCheckResult
}

const number = (value: number | null, digits = 3) => (value === null ? 'n/a' : value.toFixed(digits))
const interval = (ci: readonly [number, number] | null) => (ci === null ? '' : ` [${number(ci[0])}, ${number(ci[1])}]`)

/** The 2x2 table (judge in rows, the paper's judge in columns), then accuracy and kappa. */
function agreementLines(name: string, agreement: PaperAgreement): string[] {
  const { matrix } = agreement
  const width = Math.max(7, ...[matrix.bothPositive, matrix.judgeOnlyPositive, matrix.referenceOnlyPositive, matrix.bothNegative].map((n) => String(n).length))
  const cell = (value: number | string) => String(value).padStart(width)
  const apart = [agreement.unreadable > 0 ? `${agreement.unreadable} unreadable` : '', agreement.splits > 0 ? `${agreement.splits} split` : '']
    .filter(Boolean)
    .join(', ')
  return [
    `  ${name}: n ${agreement.n}${apart ? ` (${apart}, not compared)` : ''}`,
    `    ${' '.repeat(9)}  ${cell('paper 1')}   ${cell('paper 0')}`,
    `    judge 1    ${cell(matrix.bothPositive)}   ${cell(matrix.judgeOnlyPositive)}`,
    `    judge 0    ${cell(matrix.referenceOnlyPositive)}   ${cell(matrix.bothNegative)}`,
    `    accuracy ${number(agreement.accuracy)}, Cohen's kappa ${number(agreement.kappa)}${interval(agreement.kappaCi)}`,
  ]
}

function judgeLines(judge: PaperJudgeAgreement): string[] {
  const title = judge.judge === 'panel' ? 'Panel (majority of the judges; ties are splits)' : `Judge ${judge.judge}${judge.model ? ` (${judge.model})` : ''}`
  return ['', title, ...agreementLines('loose', judge.loose), ...(judge.strict ? agreementLines('strict', judge.strict) : [])]
}

/** The readable report: the sample, then per judge (and panel) the loose and strict comparisons. */
export function formatPaperJudgeCheck(report: PaperJudgeCheckReport): string {
  const { result } = report
  const strata = `${result.strata.looseNegative} loose-negative, ${result.strata.loosePositive} loose-positive${
    result.strata.strictPositive === null ? '' : ` (${result.strata.strictPositive} strict-positive)`
  }`
  const lines = [
    `Judge against the paper's judge: ${report.attackLogName}${report.strictCsvName ? ` with ${report.strictCsvName}` : ''}`,
    `Sample: ${result.sample} of ${result.logRows} rows (seed ${result.seed}): ${strata}. Judged "As published".`,
    `Target fact: ${report.fact}`,
    ...result.judges.flatMap(judgeLines),
    ...(result.panel ? judgeLines(result.panel) : []),
    '',
    `Sent ${result.requests - result.fromCache} requests ($${result.costUsd.toFixed(4)}), ${result.fromCache} answered from the cache.`,
  ]
  return `${lines.join('\n')}\n`
}

/** `--json`: one object, keys in a fixed order. */
export function paperJudgeCheckJson(report: PaperJudgeCheckReport) {
  const { result } = report
  return {
    attackLog: report.attackLogName,
    strictCsv: report.strictCsvName ?? null,
    fact: report.fact,
    sample: result.sample,
    logRows: result.logRows,
    seed: result.seed,
    strata: result.strata,
    judges: result.judges,
    panel: result.panel,
    requests: result.requests,
    fromCache: result.fromCache,
    costUsd: result.costUsd,
  }
}
