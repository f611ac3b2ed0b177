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

/** The check's calls (a first call per case; re-asks only for unreadable replies are not counted) and cost. */
function priced(judge: EstimateModel, requests: readonly ChatRequest[]): JudgeCheckEstimate {
  const input = requests.reduce((sum, request) => sum + tokensOf(requestText(request), judge.kind), 0)
  return { calls: requests.length, costUsd: cost(judge.prices, input, requests.length * ASSUMED_REPLY_TOKENS) }
}

export function estimateRseJudgeCheck(judge: EstimateModel, promptOverride: string | undefined, rubric?: RseRubric): JudgeCheckEstimate {
  return priced(
    judge,
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
  judge: EstimateModel,
  run: { readonly fact: string; readonly vendors: readonly SuspectedVendor[]; readonly semantics: IceJudgeSemantics; readonly strict: boolean },
): JudgeCheckEstimate {
  const prompts = judgePromptsFor(run.semantics)
  return priced(
    judge,
    iceCases(run.fact, run.vendors, run.semantics, run.strict).map((entry) =>
      entry.judging === 'ice-loose' ? prompts.loose(run.fact, entry.answer) : prompts.strict(run.vendors, entry.answer),
    ),
  )
}
