import type { ChatRequest } from '../../../llm/types'
import type { IcePreset } from '../presets'
import type { MutatorName } from '../types'
import { MUTATOR_SYSTEM_PROMPT, mutatorUserPrompt } from './mutator-prompts'
import { PAPER_HELPER_SYSTEM_PROMPT, paperMutatorUserPrompt } from './paper-mutator-prompts'

/**
 * One mutator application = one helper call (METHOD.md 2.4). `sampleIndex` tells the `energy`
 * applications of one iteration apart, so at temperature 0 the second is a new call, not a cache
 * hit of the first.
 */
export function buildMutatorRequest(
  mutator: MutatorName,
  template: string,
  preset: IcePreset,
  options: { partner?: string; sampleIndex?: number } = {},
): ChatRequest {
  const paper = preset.helperPrompts === 'as-published'
  return {
    messages: [
      { role: 'user', content: paper ? paperMutatorUserPrompt(mutator, template, options.partner) : mutatorUserPrompt(mutator, template, options.partner) },
    ],
    params: { temperature: preset.helperDecoding.temperature, systemPrompt: paper ? PAPER_HELPER_SYSTEM_PROMPT : MUTATOR_SYSTEM_PROMPT },
    ...(options.sampleIndex ? { sampleIndex: options.sampleIndex } : {}),
  }
}

/**
 * The mutant's template from the helper's reply (METHOD.md 2.5). Expand: the new sentences followed
 * by the seed ("GPTFuzz original") or alone ("As published"); then, when the preset appends the
 * parent (GPTFuzz's `concatentate`), the parent's text after the mutant. Joins have no separator,
 * as in GPTFuzz (`result + prompt`); the reply is used as given.
 */
export function assembleMutant(mutator: MutatorName, reply: string, parentText: string, preset: IcePreset): string {
  const body = mutator === 'expand' && preset.expand === 'sentences-then-seed' ? reply + parentText : reply
  return preset.appendParent ? body + parentText : body
}
