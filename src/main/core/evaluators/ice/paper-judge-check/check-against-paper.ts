import type { PaperJudgeAgreement, PaperJudgeCheckResult } from '../../../../../shared/contract/paper-judge-check'
import type { LlmClient } from '../../../llm/llm-client'
import type { CallContext } from '../loop/call-model'
import type { PaperLogRow } from '../paper-log/import-paper-log'
import { judgedStrictly, rejudgeRow, type PaperJudgeInputs, type RowVerdicts } from './rejudge-row'
import { samplePaperRows, stratumOf } from './sample-rows'
import { majorityOf, tallyAgreement, type ComparedVerdict } from './tally-agreement'

export interface CheckJudge {
  readonly alias: string
  readonly modelId: string
  readonly model: string
}

export interface PaperJudgeCheckInput {
  readonly rows: readonly PaperLogRow[]
  readonly judges: readonly CheckJudge[]
  readonly inputs: PaperJudgeInputs
  readonly sample: number
  readonly seed: number
  readonly signal?: AbortSignal
  /** Names the calls in the call log. */
  readonly runId?: string
  /** Rows re-judged (by every judge) out of the sample. */
  readonly onProgress?: (done: number, total: number) => void
}

/** Rows judged at once per judge: enough to keep a provider busy, few enough to stop soon on Cancel. */
const ROWS_IN_FLIGHT = 8

/**
 * Judge against the paper's judge (issue 13 item 5): a stratified sample of the paper's log, each
 * row re-judged by every judge under the "As published" semantics through the normal LLM client
 * (cached, logged, cancellable: cancellation throws), then compared with the paper's labels per
 * judge and, for two or more judges, for their majority.
 */
export async function checkAgainstPaper(llm: Pick<LlmClient, 'chat'>, input: PaperJudgeCheckInput): Promise<PaperJudgeCheckResult> {
  const sample = samplePaperRows(input.rows, input.sample, [input.seed])
  const counts = { requests: 0, fromCache: 0, costUsd: 0 }
  const contextOf = (judge: CheckJudge): CallContext => ({
    modelId: judge.modelId,
    ...(input.signal ? { signal: input.signal } : {}),
    ...(input.runId ? { runId: input.runId } : {}),
    onRequest: (outcome) => {
      counts.requests++
      if ('cached' in outcome && outcome.cached) counts.fromCache++
    },
    onCall: (call) => {
      counts.costUsd += call.costUsd
    },
  })
  const verdicts: RowVerdicts[][] = sample.map(() => [])
  let done = 0
  let next = 0
  const worker = async () => {
    while (next < sample.length) {
      const index = next++
      const row = sample[index]!
      verdicts[index] = await Promise.all(input.judges.map((judge) => rejudgeRow(llm, contextOf(judge), input.inputs, row)))
      input.onProgress?.(++done, sample.length)
    }
  }
  await Promise.all(Array.from({ length: Math.min(ROWS_IN_FLIGHT, sample.length) }, worker))

  const agreementOf = (name: string, verdictOf: (row: number, kind: 'loose' | 'strict') => ComparedVerdict, model?: string): PaperJudgeAgreement => {
    const loose = sample.map((row, index) => ({ judge: verdictOf(index, 'loose'), paper: row.loose }))
    const strictRows = sample.flatMap((row, index) => (judgedStrictly(row) ? [{ judge: verdictOf(index, 'strict'), paper: row.strict === true }] : []))
    const hasStrict = sample.some((row) => row.strict !== null)
    return {
      judge: name,
      ...(model !== undefined ? { model } : {}),
      loose: tallyAgreement(loose, [input.seed, name, 'loose']),
      strict: hasStrict ? tallyAgreement(strictRows, [input.seed, name, 'strict']) : null,
    }
  }
  const judgeVerdict = (judge: number) => (row: number, kind: 'loose' | 'strict') => verdicts[row]![judge]![kind] ?? null
  const judges = input.judges.map((judge, index) => agreementOf(judge.alias, judgeVerdict(index), judge.model))
  const panel = input.judges.length >= 2 ? agreementOf('panel', (row, kind) => majorityOf(verdicts[row]!.map((verdict) => verdict[kind] ?? null))) : null
  const strata = sample.map(stratumOf)
  const hasStrict = sample.some((row) => row.strict !== null)
  return {
    sample: sample.length,
    logRows: input.rows.length,
    seed: input.seed,
    strata: {
      looseNegative: strata.filter((name) => name === 'loose-negative').length,
      loosePositive: strata.filter((name) => name !== 'loose-negative').length,
      strictPositive: hasStrict ? strata.filter((name) => name === 'strict-positive').length : null,
    },
    judges,
    panel,
    ...counts,
  }
}
