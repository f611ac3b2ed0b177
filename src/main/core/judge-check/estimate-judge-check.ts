import type { JudgeCheckEstimate } from '../../../shared/contract/judge-check'
import type { IceJudgeSemantics } from '../../../shared/ice/names'
import { judgePromptsFor } from '../evaluators/ice/judges/judge-set'
import type { SuspectedVendor } from '../evaluators/ice/judges/judge-prompts'
import type { ChatRequest } from '../llm/types'
import { cost, tokensOf, type EstimateModel } from '../evaluators/rse/estimate'
import { buildRseJudgeRequest } from '../evaluators/rse/judge-prompt'
import type { RseRubric } from '../evaluators/rse/rse-rubrics'
import { iceCases } from './ice-cases'
import { RSE_CASES } from './rse-cases'

/** A judge's reply to one case, assumed: an explanation and the verdict or scores. */
const ASSUMED_REPLY_TOKENS = 250

const requestText = (request: ChatRequest) => request.messages.map((message) => message.content).join('\n')

/** One judge's cost of the cases (a first call per case; re-asks only for unreadable replies are not counted), at its own prices and tokenizer. */
function pricedFor(judge: EstimateModel, requests: readonly ChatRequest[]): number {
  const input = requests.reduce((sum, request) => sum + tokensOf(requestText(request), judge.kind), 0)
  return cost(judge.prices, input, requests.length * ASSUMED_REPLY_TOKENS)
}

/** Every judge of the panel answers every case: the calls are the cases times the judges, the cost each judge's summed. */
function priced(judges: readonly EstimateModel[], requests: readonly ChatRequest[]): JudgeCheckEstimate {
  if (judges.length === 0) throw new Error('A judge check needs at least one judge.')
  return {
    judges: judges.length,
    calls: requests.length * judges.length,
    costUsd: judges.reduce((sum, judge) => sum + pricedFor(judge, requests), 0),
  }
}

export function estimateRseJudgeCheck(judges: readonly EstimateModel[], promptOverride: string | undefined, rubric?: RseRubric): JudgeCheckEstimate {
  return priced(
    judges,
    RSE_CASES.map((entry) =>
      buildRseJudgeRequest({
        question: entry.question,
        reference: entry.reference,
        candidate: entry.candidate,
        ...(promptOverride ? { promptOverride } : {}),
        ...(rubric ? { rubric } : {}),
      }),
    ),
  )
}

export function estimateIceJudgeCheck(
  judges: readonly EstimateModel[],
  run: { readonly fact: string; readonly vendors: readonly SuspectedVendor[]; readonly semantics: IceJudgeSemantics; readonly strict: boolean },
): JudgeCheckEstimate {
  const prompts = judgePromptsFor(run.semantics)
  return priced(
    judges,
    iceCases(run.fact, run.vendors, run.semantics, run.strict).map((entry) =>
      entry.judging === 'ice-loose' ? prompts.loose(run.fact, entry.answer) : prompts.strict(run.vendors, entry.answer),
    ),
  )
}
