import { judgeSemanticsOf } from '../../../../shared/ice/names'
import type { IceSpec } from '../../../../shared/contract/ice-spec'
import type { IceFuzzConfig, StopLimits } from './index'
import { ICE_PRESETS } from './index'
import type { ChatParams } from '../../llm/types'
import type { IceRunInputs } from './ports'

/** The spec's budget as METHOD.md 2.2's stop limits (-1: no limit). */
export function stopLimitsOf(spec: IceSpec): StopLimits {
  return {
    maxQuery: spec.budget.maxQueries,
    maxSuccess: spec.budget.maxSuccesses ?? -1,
    maxReject: spec.budget.maxRejects ?? -1,
    maxIteration: spec.budget.maxIterations ?? -1,
  }
}

/**
 * The fuzzer's configuration from a spec and its frozen inputs. The target is asked with its
 * model's own generation settings (temperature 0 and "You are a helpful assistant." unless the
 * user changed them, METHOD.md 1.1). The seed mixes in the run's spec seed only, so a spec run
 * twice makes the same choices.
 */
export function fuzzConfigOf(spec: IceSpec, inputs: IceRunInputs, targetParams: ChatParams): IceFuzzConfig {
  return {
    preset: ICE_PRESETS[spec.preset],
    // Prompts and verdict reading go together (the paper's reader with the paper's prompts).
    judge: judgeSemanticsOf(inputs),
    verdicts: judgeSemanticsOf(inputs),
    policy: spec.selection,
    seeds: inputs.seeds.items,
    questions: inputs.questions.items,
    fact: inputs.fact,
    stop: stopLimitsOf(spec),
    energy: spec.energy,
    ...(spec.mutators ? { mutators: spec.mutators } : {}),
    strict: spec.strict ? { vendors: inputs.vendors } : false,
    target: {
      temperature: targetParams.temperature,
      ...(targetParams.systemPrompt !== undefined ? { systemPrompt: targetParams.systemPrompt } : {}),
      ...(targetParams.maxTokens !== undefined ? { maxTokens: targetParams.maxTokens } : {}),
    },
    seed: spec.seed,
  }
}

/** How many mutants a query budget buys: each queried mutant asks every question once. */
export function expectedMutants(spec: IceSpec, questions: number): number {
  return Math.ceil(spec.budget.maxQueries / Math.max(1, questions)) * spec.energy
}
