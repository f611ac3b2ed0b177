import type { RseSpec } from '../../../../shared/contract/run-spec'
import type { ChatRequest } from '../../llm/types'
import type { RseRubric } from './rse-rubrics'

/** The judge, as the engine needs it: build its request, read its reply, ask once more. */
export interface RseJudgePort {
  request(input: { question: string; reference: string; candidate: string; promptOverride?: string; rubric?: RseRubric }): ChatRequest
  /** The one re-ask: replays the original request (the judge needs the texts again) plus its reply. */
  reask(previousReply: string, original: ChatRequest): ChatRequest
  parse(reply: string): RseParseOutcome
}

export type RseParseOutcome =
  | {
      readonly ok: true
      readonly overall: number
      readonly style?: number
      readonly structure?: number
      readonly content?: number
      readonly explanation?: string
      readonly via: string
    }
  | { readonly ok: false; readonly reason: string }

/** Draws a run's prompts from its spec: files or saved sets, sampled with their seeds. */
export type LoadRunItems = (spec: RseSpec, baseDir: string | undefined) => Promise<RseItem[]>

/** What a run asks: one prompt of one set, in the set's order. */
export interface RseItem {
  readonly setName: string
  readonly itemId: string
  readonly position: number
  readonly prompt: string
}

export interface RseAnswer {
  readonly modelAlias: string
  readonly setName: string
  readonly itemId: string
  readonly text?: string
  /**
   * Where the text is kept when the response cache has it: the answer is then stored as this key,
   * not a second copy of the text (issue 17 item 1). Read back, `text` is filled in from the cache.
   */
  readonly cacheKey?: string
  readonly errorClass?: string
  readonly errorMessage?: string
  readonly costUsd: number
  readonly cached: boolean
}

/** One judge's judgement of one student's answer to one item; a panel stores one per judge (issue 13). */
export interface RseJudgment {
  /** The judge of the panel (an alias of the spec's `judges`, or its `judge`) that gave it. */
  readonly judgeAlias: string
  readonly studentAlias: string
  readonly setName: string
  readonly itemId: string
  readonly overall?: number
  readonly style?: number
  readonly structure?: number
  readonly content?: number
  readonly explanation?: string
  readonly rawReply?: string
  readonly parsedVia?: string
  readonly reasked: boolean
  readonly failedReason?: string
}

/** A stored answer without its text: whether the model answered, and why not. */
export interface RseAnswerOutcome {
  readonly modelAlias: string
  readonly setName: string
  readonly itemId: string
  readonly answered: boolean
  readonly errorMessage?: string
}

/** A stored judgement without its texts: whether the judge replied, and why it failed if it did. */
export interface RseJudgmentOutcome {
  readonly judgeAlias: string
  readonly studentAlias: string
  readonly setName: string
  readonly itemId: string
  readonly replied: boolean
  readonly failedReason?: string
}

/** Where an RSE run's items, answers and judgements are kept; storage implements it. */
export interface RseResultsRepo {
  saveItems(runId: string, items: readonly RseItem[]): void
  items(runId: string): RseItem[]
  saveAnswer(runId: string, answer: RseAnswer): void
  answers(runId: string): RseAnswer[]
  saveJudgment(runId: string, judgment: RseJudgment): void
  judgments(runId: string): RseJudgment[]
  /** Every answer's and every judge's judgement's outcome, without texts: what the tally and a resumed run need, at any size. */
  outcomes(runId: string): { answers: RseAnswerOutcome[]; judgments: RseJudgmentOutcome[] }
  /** One stored answer's text (undefined if it failed or is not stored). */
  answerText(runId: string, modelAlias: string, setName: string, itemId: string): string | undefined
}

/**
 * What the results table reads of a judgement. `rawReply` only tells whether the judge answered,
 * except for unreadable judgements, whose replies are shown as examples; so a store may leave the
 * text out of the others (storage's lean read does).
 */
export type RseScoredJudgment = Pick<
  RseJudgment,
  'judgeAlias' | 'studentAlias' | 'setName' | 'itemId' | 'overall' | 'style' | 'structure' | 'content' | 'rawReply' | 'failedReason'
>
