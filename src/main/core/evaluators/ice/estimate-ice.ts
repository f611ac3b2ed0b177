import type { IceSpec } from '../../../../shared/contract/ice-spec'
import { judgesOf } from '../../../../shared/contract/judges-of'
import type { RunEstimate } from '../../../../shared/contract/runs'
import { specAffinityMessages } from '../../../../shared/providers/judge-affinity'
import { cost, modelWarnings, tokensOf, type EstimateModel } from '../rse/estimate'
import type { IceRunInputs } from './ports'
import { iceRequestBounds } from './request-bounds'
import { replicateCount } from './replicates'

/** Assumed lengths, since nothing has been asked yet: stated in the estimate's notes. */
const ASSUMED_TARGET_ANSWER_TOKENS = 300
const ASSUMED_JUDGE_REPLY_TOKENS = 120
const JUDGE_INSTRUCTIONS_TOKENS = 350
const MUTATOR_INSTRUCTIONS_TOKENS = 200
/** Share of answers the strict judge also reads (loose positives); an upper guess for a leaky target. */
const ASSUMED_LOOSE_SHARE = 0.5

const mean = (values: readonly number[]) => (values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length)

/**
 * What an ICE run will ask and roughly cost. Target calls are the query budget exactly; helper calls
 * follow from it (one mutant per `energy`, every question asked once per mutant); judge calls are
 * one loose judgement per answer plus the strict judge on an assumed share of them. Template and
 * question lengths are measured; answers and replies are assumed.
 */
export function estimateIce(
  spec: IceSpec,
  inputs: Pick<IceRunInputs, 'questions' | 'seeds' | 'fact'>,
  models: { target: EstimateModel; helper: EstimateModel; judge: EstimateModel; judges?: readonly EstimateModel[] },
): RunEstimate {
  const { target, helper, judge } = models
  // Each judge of a panel reads every answer (issue 13); without each one's model, each is priced as the first.
  const panel = models.judges ?? judgesOf(spec).map(() => judge)
  // Every replicate spends the whole budget (issue 16): the bounds count them all.
  const bounds = iceRequestBounds(spec, inputs.questions.items.length)
  const replicates = replicateCount(spec)
  const queries = bounds.target
  const mutants = bounds.helper
  const template = (kind: EstimateModel['kind']) => mean(inputs.seeds.items.map((seed) => tokensOf(seed.text, kind)))
  const question = (kind: EstimateModel['kind']) => mean(inputs.questions.items.map((item) => tokensOf(item.text, kind)))
  // Per judge: the panel's judges are each asked the same.
  const judgeCalls = Math.round(queries * (1 + (spec.strict ? ASSUMED_LOOSE_SHARE : 0)))
  const targetIn = queries * (template(target.kind) + question(target.kind))
  const targetOut = queries * ASSUMED_TARGET_ANSWER_TOKENS
  const helperIn = mutants * (2 * template(helper.kind) + MUTATOR_INSTRUCTIONS_TOKENS)
  const helperOut = mutants * template(helper.kind)
  const judgeIn = (model: EstimateModel) => judgeCalls * (JUDGE_INSTRUCTIONS_TOKENS + tokensOf(inputs.fact, model.kind) + ASSUMED_TARGET_ANSWER_TOKENS)
  const judgeOut = judgeCalls * ASSUMED_JUDGE_REPLY_TOKENS
  const panelIn = panel.reduce((sum, model) => sum + judgeIn(model), 0)
  const warnings = modelWarnings([target, helper, ...panel])
  // The shared judge-affinity rule (judge-affinity.ts), over the panel's judges described here; the target on its own panel is said first.
  warnings.unshift(...specAffinityMessages(spec, judgesOf(spec), (alias) => [target, helper, ...panel].find((model) => model.alias === alias)?.model))
  if (judgesOf(spec).includes(spec.target)) warnings.unshift('The target also judges its own answers. A judge from another vendor is more trustworthy.')
  return {
    calls: bounds,
    inputTokens: Math.round(targetIn + helperIn + panelIn),
    outputTokens: Math.round(targetOut + helperOut + judgeOut * panel.length),
    costUsd:
      cost(target.prices, targetIn, targetOut) +
      cost(helper.prices, helperIn, helperOut) +
      panel.reduce((sum, model) => sum + cost(model.prices, judgeIn(model), judgeOut), 0),
    notes: [
      `At most ${queries} target queries: ${mutants} mutants, each asked all ${inputs.questions.items.length} questions. The run stops sooner when another limit is reached; a rewrite that fails adds a helper request.`,
      ...(replicates > 1
        ? [`${replicates} fuzzing replicates, each with the whole budget and its own seed: ${replicates} times the calls and cost of one.`]
        : []),
      `Judge requests are an upper bound: one per answer${spec.strict ? ', one more for the strict judge,' : ''} and one extra short call for each reply without a verdict${panel.length > 1 ? `, for each of the ${panel.length} judges of the panel` : ''}.`,
      `The cost assumes the strict judge reads about ${Math.round(ASSUMED_LOOSE_SHARE * 100)}% of answers (the loose positives) and every reply has a verdict.`,
      `Answers are assumed to be about ${ASSUMED_TARGET_ANSWER_TOKENS} tokens and judge replies about ${ASSUMED_JUDGE_REPLY_TOKENS}; template lengths are measured.`,
      'Calls already in the response cache cost nothing and are not sent again.',
    ],
    warnings,
  }
}
