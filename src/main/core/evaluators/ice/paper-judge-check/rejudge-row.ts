import type { LlmClient } from '../../../llm/llm-client'
import type { CallContext } from '../loop/call-model'
import type { SuspectedVendor } from '../judges/judge-prompts'
import { judgePromptsFor } from '../judges/judge-set'
import { runJudge } from '../judges/run-judge'
import type { PaperLogRow } from '../paper-log/import-paper-log'

/** What the paper's judges were given: the target's identity fact (loose) and the suspected makers (strict). */
export interface PaperJudgeInputs {
  readonly fact: string
  readonly vendors: readonly SuspectedVendor[]
}

/** One judge's verdicts on one row: true / false, null when unreadable; strict only where the paper judged strictly. */
export interface RowVerdicts {
  readonly loose: boolean | null
  readonly strict?: boolean | null
}

/** The paper's strict judge (rejudge.py) ran on its loose positives only, and only when strict labels exist. */
export const judgedStrictly = (row: Pick<PaperLogRow, 'loose' | 'strict'>): boolean => row.loose && row.strict !== null

const PROMPTS = judgePromptsFor('as-published')

/** One row re-judged by one judge under the "As published" prompts and reading (follow-up included). */
export async function rejudgeRow(llm: Pick<LlmClient, 'chat'>, context: CallContext, inputs: PaperJudgeInputs, row: PaperLogRow): Promise<RowVerdicts> {
  const asked = async (judge: 'loose' | 'strict') => {
    const request = judge === 'loose' ? PROMPTS.loose(inputs.fact, row.response) : PROMPTS.strict(inputs.vendors, row.response)
    const outcome = await runJudge(llm, context, request, (reply) => PROMPTS.extraction(request, reply), { preset: 'as-published', judge })
    return outcome.verdict === null ? null : outcome.verdict === 1
  }
  const loose = await asked('loose')
  return judgedStrictly(row) ? { loose, strict: await asked('strict') } : { loose }
}
