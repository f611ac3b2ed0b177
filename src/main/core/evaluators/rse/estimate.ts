import { countTokens } from 'gpt-tokenizer'
import type { RseSpec } from '../../../../shared/contract/run-spec'
import type { RunEstimate } from '../../../../shared/contract/runs'
import { specAffinityMessages } from '../../../../shared/providers/judge-affinity'
import type { Prices } from '../../llm/types'
import type { RseItem } from './ports'
import { rseRequestBounds } from './request-bounds'
import { judgesOf, leadJudge } from '../../../../shared/contract/judges-of'

/** Assumed lengths, since answers do not exist yet: stated in the estimate's notes. */
export const ASSUMED_ANSWER_TOKENS = 400
export const ASSUMED_JUDGE_REPLY_TOKENS = 250
const JUDGE_INSTRUCTIONS_TOKENS = 450

export interface EstimateModel {
  readonly alias: string
  readonly model: string
  readonly kind: 'openai' | 'anthropic'
  readonly prices: Prices
  readonly simulated: boolean
}

/** OpenAI-style models: GPT-4o's tokenizer (o200k). Others: about 3.5 characters per token. */
export function tokensOf(text: string, kind: EstimateModel['kind']): number {
  return kind === 'openai' ? countTokens(text) : Math.ceil(text.length / 3.5)
}

export const cost = (prices: Prices, input: number, output: number) => (input * prices.inputPerMTok + output * prices.outputPerMTok) / 1_000_000

/**
 * What an RSE run will ask and roughly cost, before anything is sent: requests per role as an upper
 * bound (judge re-asks included), tokens and cost approximately (prompt lengths measured, answer
 * lengths assumed, no re-asks).
 */
export function estimateRse(spec: RseSpec, items: readonly RseItem[], models: Readonly<Record<string, EstimateModel>>): RunEstimate {
  const reference = models[spec.reference]!
  const judge = models[leadJudge(spec)]!
  // Every judge of the panel judges every answer (issue 13): its tokens and cost at its own prices. A
  // judge the caller did not describe is costed as the first.
  const judges = judgesOf(spec).map((alias) => models[alias] ?? judge)
  const students = spec.students.map((alias) => models[alias]!)
  const promptTokens = (kind: EstimateModel['kind']) => items.reduce((sum, item) => sum + tokensOf(item.prompt, kind), 0)
  const n = items.length
  // Issue 16: further student samples, the reference's second sample, and the checks' judgements.
  const samples = spec.studentSamples ?? 1
  const referenceAnswers = spec.calibration ? 2 : 1
  const judgementsPerPrompt = students.length * samples + (spec.calibration ? 1 + students.length : 0)
  const swaps = Math.min(spec.positionCheck ?? 0, n * students.length)
  const referenceInput = referenceAnswers * promptTokens(reference.kind)
  const studentInput = samples * students.reduce((sum, student) => sum + promptTokens(student.kind), 0)
  const judgeInputOf = (model: EstimateModel) => {
    const perPromptJudged = promptTokens(model.kind) + n * (2 * ASSUMED_ANSWER_TOKENS + JUDGE_INSTRUCTIONS_TOKENS)
    return (judgementsPerPrompt + (n > 0 ? swaps / n : 0)) * perPromptJudged
  }
  const judgeInput = judges.reduce((sum, model) => sum + judgeInputOf(model), 0)
  const answersOut = n * ASSUMED_ANSWER_TOKENS
  const judgeOut = (n * judgementsPerPrompt + swaps) * ASSUMED_JUDGE_REPLY_TOKENS
  const costUsd =
    cost(reference.prices, referenceInput, referenceAnswers * answersOut) +
    students.reduce((sum, student) => sum + cost(student.prices, samples * promptTokens(student.kind), samples * answersOut), 0) +
    judges.reduce((sum, model) => sum + cost(model.prices, judgeInputOf(model), judgeOut), 0)
  return {
    calls: rseRequestBounds(n, students.length, judges.length, spec),
    inputTokens: referenceInput + studentInput + judgeInput,
    outputTokens: answersOut * (referenceAnswers + samples * students.length) + judgeOut * judges.length,
    costUsd,
    notes: [
      `Prompt tokens are counted with GPT-4o's tokenizer for OpenAI-compatible models and estimated at 3.5 characters per token for others.`,
      `Answers are assumed to be about ${ASSUMED_ANSWER_TOKENS} tokens and judge replies about ${ASSUMED_JUDGE_REPLY_TOKENS}; real lengths vary.`,
      `Requests are an upper bound: they count a re-ask for every judgement, which happens only when a judge reply cannot be read; the cost assumes none.`,
      'Calls already in the response cache cost nothing and are not sent again.',
      ...checkNotes(spec),
    ],
    warnings: warningsFor(spec, models),
  }
}

/**
 * The shared judge-affinity rule (judge-affinity.ts, the same words as the wizard and the command
 * line) over every judge of the panel the models describe, then what holds for any run's models.
 */
function warningsFor(spec: RseSpec, models: Readonly<Record<string, EstimateModel>>): string[] {
  const all = [spec.reference, ...spec.students, ...judgesOf(spec)].flatMap((alias) => models[alias] ?? [])
  return [...specAffinityMessages(spec, judgesOf(spec), (alias) => models[alias]?.model), ...modelWarnings([...new Set(all)])]
}

/** Warnings that hold for any run: simulated models, models without prices. */
export function modelWarnings(all: readonly EstimateModel[]): string[] {
  const warnings: string[] = []
  if (all.some((model) => model.simulated)) warnings.push('Some models are simulated (Offline demo): their answers and scores are not real model output.')
  const unpriced = all.filter((model) => !model.simulated && model.prices.inputPerMTok === 0 && model.prices.outputPerMTok === 0)
  if (unpriced.length > 0) warnings.push(`No prices are set for ${[...new Set(unpriced.map((model) => model.model))].join(', ')}, so their cost counts as $0.`)
  return warnings
}

/** What issue 16's options add, in the estimate's words. */
function checkNotes(spec: RseSpec): string[] {
  const notes: string[] = []
  if ((spec.studentSamples ?? 1) > 1) notes.push(`Each student answers each prompt ${spec.studentSamples} times, and every answer is judged.`)
  if (spec.calibration)
    notes.push(
      'Calibration adds a second reference answer per prompt and judges it (the ceiling), and judges each student answer against another prompt’s reference answer (the floor).',
    )
  if (spec.positionCheck !== undefined) notes.push(`The position check judges ${spec.positionCheck} answers again with the roles swapped.`)
  return notes
}
