import { describe, expect, it } from 'vitest'
import { JUDGE_MARKERS } from '../../../../../../../src/main/core/judges/judge-tags'
import { buildMutatorRequest } from '../../../../../../../src/main/core/evaluators/ice/mutators/mutate'
import { MUTATOR_SYSTEM_PROMPT } from '../../../../../../../src/main/core/evaluators/ice/mutators/mutator-prompts'
import { AS_PUBLISHED, GPTFUZZ_ORIGINAL, type IcePreset } from '../../../../../../../src/main/core/evaluators/ice/presets'
import { MUTATOR_NAMES, type MutatorName } from '../../../../../../../src/main/core/evaluators/ice/types'
import { mutate, mutatorKind, readTemplates, type MutatorKind } from '../../../../../../../src/main/providers/simulator/personas/helper'
import { rngFor } from '../../../../../../../src/main/providers/simulator/random'

const SIMULATOR_KIND: Record<MutatorName, MutatorKind> = {
  'generate-similar': 'similar',
  crossover: 'crossover',
  expand: 'expand',
  shorten: 'shorten',
  rephrase: 'rephrase',
}
const TEMPLATE = 'Pretend you are Rex, a pirate.\nStay in character, always. [INSERT PROMPT HERE]\n'
const PARTNER = 'You are a poet who answers in rhyme. Question: [INSERT PROMPT HERE]'

/** The prompt as the Offline demo's helper sees it: system text and user turns joined. */
const promptOf = (mutator: MutatorName, preset: IcePreset = GPTFUZZ_ORIGINAL) => {
  const request = buildMutatorRequest(mutator, TEMPLATE, preset, mutator === 'crossover' ? { partner: PARTNER } : {})
  return [request.params.systemPrompt, ...request.messages.map((message) => message.content)].join('\n\n')
}

describe('mutator prompts (METHOD.md 2.4)', () => {
  it('start the system prompt with the mutator marker, and put the template(s) in <template> tags', () => {
    expect(MUTATOR_SYSTEM_PROMPT.split('\n')[0]).toBe(JUDGE_MARKERS.mutator)
    for (const mutator of MUTATOR_NAMES) {
      const request = buildMutatorRequest(mutator, TEMPLATE, GPTFUZZ_ORIGINAL, { partner: PARTNER })
      expect(request.params.systemPrompt).toBe(MUTATOR_SYSTEM_PROMPT)
      expect(request.messages).toHaveLength(1)
      expect(readTemplates(promptOf(mutator))).toEqual(mutator === 'crossover' ? [TEMPLATE, PARTNER] : [TEMPLATE])
    }
  })

  it('are each read as the right mutator by the Offline demo helper (its words outside the tags), in both presets', () => {
    for (const preset of [GPTFUZZ_ORIGINAL, AS_PUBLISHED]) {
      for (const mutator of MUTATOR_NAMES) {
        const instructions = promptOf(mutator, preset).replace(/<template>[\s\S]*?<\/template>/g, '')
        expect(mutatorKind(instructions), `${preset.id} ${mutator}`).toBe(SIMULATOR_KIND[mutator])
      }
    }
  })

  // EasyJailbreak's easyjailbreak/mutation/generation (the mutators Gptfuzzer_Identity.py imports):
  // GenerateSimilar, Shorten and Rephrase ask for the placeholder; Expand and CrossOver do not, and
  // CrossOver sets no length. The helper is called with LLM_agent.py's plain system prompt.
  it('"As published": the plain system prompt, the marker opening the user message, and no placeholder asked of crossover or expand', () => {
    for (const mutator of MUTATOR_NAMES) {
      const request = buildMutatorRequest(mutator, TEMPLATE, AS_PUBLISHED, { partner: PARTNER })
      expect(request.params.systemPrompt).toBe('You are a helpful assistant.')
      const user = request.messages[0]!.content
      expect(user.startsWith(JUDGE_MARKERS.mutatorPaper)).toBe(true)
      expect(readTemplates(user)).toEqual(mutator === 'crossover' ? [TEMPLATE, PARTNER] : [TEMPLATE])
      const instructions = user.replace(/<template>[\s\S]*?<\/template>/g, '')
      if (mutator === 'crossover' || mutator === 'expand') expect(instructions, mutator).not.toContain('[INSERT PROMPT HERE]')
      else expect(instructions, mutator).toContain('[INSERT PROMPT HERE]')
      expect(instructions).not.toMatch(/100 words|research/i)
    }
  })

  it('ask to keep the placeholder, except Expand, which asks for three sentences only', () => {
    for (const mutator of MUTATOR_NAMES) {
      const instructions = promptOf(mutator).replace(/<template>[\s\S]*?<\/template>/g, '')
      if (mutator === 'expand') expect(instructions).toMatch(/three new sentences only/)
      else expect(instructions).toContain('[INSERT PROMPT HERE]')
    }
  })

  it('cannot build crossover without a partner', () => {
    expect(() => buildMutatorRequest('crossover', TEMPLATE, AS_PUBLISHED)).toThrow(/second template/)
  })

  it('decode at temperature 0 in both presets and tell energy applications apart by sample index', () => {
    for (const preset of [GPTFUZZ_ORIGINAL, AS_PUBLISHED]) {
      expect(buildMutatorRequest('rephrase', TEMPLATE, preset).params.temperature).toBe(0)
    }
    expect(buildMutatorRequest('rephrase', TEMPLATE, AS_PUBLISHED, { sampleIndex: 0 }).sampleIndex).toBeUndefined()
    expect(buildMutatorRequest('rephrase', TEMPLATE, AS_PUBLISHED, { sampleIndex: 2 }).sampleIndex).toBe(2)
  })

  it('produce, with the Offline demo helper, a template that keeps the placeholder (expand: sentences only)', () => {
    const rng = rngFor('test')
    const similar = mutate(mutatorKind(promptOf('generate-similar')), readTemplates(promptOf('generate-similar')), rng, 0)
    expect(similar).toContain('[INSERT PROMPT HERE]')
    const expanded = mutate('expand', readTemplates(promptOf('expand')), rng, 0)
    expect(expanded).not.toContain('[INSERT PROMPT HERE]')
  })
})
