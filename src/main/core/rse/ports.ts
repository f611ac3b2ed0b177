import type { RseSpec } from '../../../shared/contract/run-spec'
import type { ChatRequest } from '../llm/types'
import type { RseRubric } from './rse-rubrics'
import type { RseItem } from '../../storage/repos/rse-results'

/** The judge, as the engine needs it: build its request, read its reply, ask once more. */
export interface RseJudgePort {
  request(input: { question: string; reference: string; candidate: string; promptOverride?: string; rubric?: RseRubric }): ChatRequest
  /** The one re-ask: replays the original request (the judge needs the texts again) plus its reply. */
  reask(previousReply: string, original: ChatRequest): ChatRequest
  parse(reply: string): RseParseOutcome
}

export type RseParseOutcome =
  | { readonly ok: true; readonly overall: number; readonly style?: number; readonly structure?: number; readonly content?: number; readonly explanation?: string; readonly via: string }
  | { readonly ok: false; readonly reason: string }

/** Draws a run's prompts from its spec: files or saved sets, sampled with their seeds. */
export type LoadRunItems = (spec: RseSpec, baseDir: string | undefined) => Promise<RseItem[]>
