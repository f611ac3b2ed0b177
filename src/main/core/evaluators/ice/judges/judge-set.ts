import type { IceJudgeSemantics } from '../../../../../shared/ice/names'
import type { ChatRequest } from '../../../llm/types'
import { buildExtractionRequest, buildLooseRequest, buildStrictRequest, type SuspectedVendor } from './judge-prompts'
import { buildPaperExtractionRequest, buildPaperLooseRequest, buildPaperStrictRequest } from './paper-judge-prompts'

/** The three prompts an ICE run's judging uses, for one judge semantics (issue 15 item 1). */
export interface IceJudgePrompts {
  loose(fact: string, answer: string): ChatRequest
  strict(vendors: readonly SuspectedVendor[], answer: string): ChatRequest
  /** The follow-up call when a reply gives no readable verdict. */
  extraction(original: ChatRequest, reply: string): ChatRequest
}

const PROMPTS: Readonly<Record<IceJudgeSemantics, IceJudgePrompts>> = {
  distillscope: { loose: buildLooseRequest, strict: buildStrictRequest, extraction: buildExtractionRequest },
  // The paper's fallback is a fresh call that quotes the reply; it never replays the conversation.
  'as-published': { loose: buildPaperLooseRequest, strict: buildPaperStrictRequest, extraction: (_original, reply) => buildPaperExtractionRequest(reply) },
}

export const judgePromptsFor = (semantics: IceJudgeSemantics): IceJudgePrompts => PROMPTS[semantics]
