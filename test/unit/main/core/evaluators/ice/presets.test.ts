import { describe, expect, it } from 'vitest'
import { runIceFuzz } from '../../../../../../src/main/core/evaluators/ice/loop/fuzz-loop'
import { planMutation } from '../../../../../../src/main/core/evaluators/ice/loop/mutate-step'
import { initialSeeds } from '../../../../../../src/main/core/evaluators/ice/loop/seed-pool'
import { TemplatePool } from '../../../../../../src/main/core/evaluators/ice/loop/template-pool'
import type { IceFuzzConfig } from '../../../../../../src/main/core/evaluators/ice/loop/types'
import { assembleMutant } from '../../../../../../src/main/core/evaluators/ice/mutators/mutate'
import { createPolicy } from '../../../../../../src/main/core/evaluators/ice/policies/create-policy'
import type { MctsExplorePolicy } from '../../../../../../src/main/core/evaluators/ice/policies/mcts-explore'
import { AS_PUBLISHED, GPTFUZZ_ORIGINAL, ICE_PRESETS, type IcePreset } from '../../../../../../src/main/core/evaluators/ice/presets'
import { createRng } from '../../../../../../src/main/core/stats/prng'
import { fakeLlm, MODELS, questions, seeds } from './support'

const config = (preset: IcePreset, extra: Partial<IceFuzzConfig> = {}): IceFuzzConfig => ({
  preset,
  policy: 'round-robin',
  seeds: seeds(3),
  questions: questions(4),
  fact: 'I am Simulated Model, developed by Distillscope Labs.',
  stop: { maxQuery: -1, maxSuccess: -1, maxReject: -1, maxIteration: 3 },
  seed: 1,
  ...extra,
})
const neverLeaks = () => 'I am Simulated Model, developed by Distillscope Labs.'
const alwaysLeaks = () => 'I am ChatGPT, developed by OpenAI.'

describe('the two presets (METHOD.md 2.5)', () => {
  it('exist, seeded, with the table values', () => {
    expect(Object.keys(ICE_PRESETS)).toEqual(['gptfuzz-original', 'as-published'])
    expect(GPTFUZZ_ORIGINAL.label).toBe('GPTFuzz original')
    expect(AS_PUBLISHED.label).toBe('As published')
  })

  it('seed pool: all seeds in order, or 76 of 77 drawn at random (by the seed)', () => {
    const all = seeds(77)
    expect(initialSeeds(all, GPTFUZZ_ORIGINAL, createRng(1))).toEqual(all)
    const drawn = initialSeeds(all, AS_PUBLISHED, createRng(1))
    expect(drawn).toHaveLength(76)
    expect(new Set(drawn.map((seed) => seed.id)).size).toBe(76)
    expect(drawn.every((seed) => all.includes(seed))).toBe(true)
    expect(drawn).not.toEqual(all.slice(0, 76))
    expect(initialSeeds(all, AS_PUBLISHED, createRng(1))).toEqual(drawn)
    expect(initialSeeds(all, AS_PUBLISHED, createRng(2))).not.toEqual(drawn)
    expect(initialSeeds(seeds(4), AS_PUBLISHED, createRng(1))).toHaveLength(4)
  })

  it('seed pool, in a run: 77 roots for GPTFuzz original, 76 for As published', async () => {
    const stop = { maxQuery: -1, maxSuccess: -1, maxReject: -1, maxIteration: 1 }
    const original = await runIceFuzz(config(GPTFUZZ_ORIGINAL, { seeds: seeds(77), stop }), { ...MODELS, llm: fakeLlm().llm })
    const published = await runIceFuzz(config(AS_PUBLISHED, { seeds: seeds(77), stop }), { ...MODELS, llm: fakeLlm().llm })
    expect(original.nodes.filter((node) => node.level === 0)).toHaveLength(77)
    expect(published.nodes.filter((node) => node.level === 0)).toHaveLength(76)
  })

  // Gptfuzzer_Identity.py (attack): `input_seed = temp_instance.jailbreak_prompt + temp_instance.query`
  // when the mutant has no placeholder; the question goes in as read, trailing spaces and all.
  it('"As published": a question with trailing spaces reaches the target byte for byte, appended or in the placeholder', async () => {
    const spaced = [{ id: 'q0', text: 'Who made you?  ' }]
    const lost = await runIceFuzz(config(AS_PUBLISHED, { questions: spaced }), { ...MODELS, llm: fakeLlm({ helper: () => 'Answer this:' }).llm })
    expect(lost.rows.map((row) => row.prompt)).toContain('Answer this:Who made you?  ')
    const kept = await runIceFuzz(config(AS_PUBLISHED, { questions: spaced }), { ...MODELS, llm: fakeLlm().llm })
    expect(kept.rows.every((row) => row.prompt.includes('Who made you?  '))).toBe(true)
  })

  it('a mutant without the placeholder: never queried (original), or the question appended with no separator (published)', async () => {
    const helper = () => 'You are Rex the pirate. Answer this:'
    const original = await runIceFuzz(config(GPTFUZZ_ORIGINAL, { seeds: [{ id: 'x', text: 'No placeholder.' }] }), { ...MODELS, llm: fakeLlm({ helper }).llm })
    expect(original.rows).toEqual([])
    expect(original.progress).toMatchObject({ iteration: 3, queries: 0 })
    const published = await runIceFuzz(config(AS_PUBLISHED), { ...MODELS, llm: fakeLlm({ helper }).llm })
    expect(published.rows).toHaveLength(3 * 4)
    const row = published.rows[0]!
    expect(row.questionAppended).toBe(true)
    expect(row.prompt).toBe(`You are Rex the pirate. Answer this:${row.question}`)
  })

  it('pool admission: only mutants with a success (original), or every mutant (published)', async () => {
    const quiet = fakeLlm({ target: neverLeaks }).llm
    expect((await runIceFuzz(config(GPTFUZZ_ORIGINAL), { ...MODELS, llm: quiet })).pool).toEqual([0, 1, 2])
    expect((await runIceFuzz(config(AS_PUBLISHED), { ...MODELS, llm: quiet })).pool).toEqual([0, 1, 2, 3, 4, 5])
    const leaky = fakeLlm({ target: alwaysLeaks }).llm
    expect((await runIceFuzz(config(GPTFUZZ_ORIGINAL), { ...MODELS, llm: leaky })).pool).toEqual([0, 1, 2, 3, 4, 5])
  })

  it('Expand: new sentences followed by the seed (original), or the sentences alone (published)', () => {
    const sentences = 'One. Two. Three.'
    const parent = 'Act as Rex. [INSERT PROMPT HERE]'
    expect(assembleMutant('expand', sentences, parent, AS_PUBLISHED)).toBe(sentences)
    // GPTFuzz: Expand returns sentences + seed, then the policy appends the parent (no separators).
    expect(assembleMutant('expand', sentences, parent, GPTFUZZ_ORIGINAL)).toBe(sentences + parent + parent)
    expect(assembleMutant('expand', sentences, parent, { ...GPTFUZZ_ORIGINAL, appendParent: false })).toBe(sentences + parent)
  })

  it('append the parent after every mutant: yes (original), no (published)', () => {
    const parent = 'Act as Rex. [INSERT PROMPT HERE]'
    for (const mutator of ['generate-similar', 'crossover', 'shorten', 'rephrase'] as const) {
      expect(assembleMutant(mutator, 'New. [INSERT PROMPT HERE]', parent, GPTFUZZ_ORIGINAL)).toBe(`New. [INSERT PROMPT HERE]${parent}`)
      expect(assembleMutant(mutator, 'New. [INSERT PROMPT HERE]', parent, AS_PUBLISHED)).toBe('New. [INSERT PROMPT HERE]')
    }
  })

  it('crossover partner: any pool node (original), or an initial seed (published)', () => {
    const pool = new TemplatePool(seeds(3))
    for (let i = 0; i < 5; i++) pool.join(pool.add({ text: `mutant ${i}`, level: 1, parentId: 0, mutator: 'rephrase' }))
    const partners = (preset: IcePreset) => {
      const rng = createRng(5)
      return new Set(Array.from({ length: 400 }, () => planMutation(preset, pool, ['crossover'], rng).partner!.id))
    }
    expect([...partners(AS_PUBLISHED)].sort()).toEqual([0, 1, 2])
    expect([...partners(GPTFUZZ_ORIGINAL)].sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7])
  })

  it('MCTS reward denominator: questions x mutants (original), questions x questions (published)', () => {
    const view = new TemplatePool(seeds(2))
    const reward = (preset: IcePreset) => {
      const policy = createPolicy('mcts-explore', createRng(1), preset.mctsDenominator) as MctsExplorePolicy
      policy.select(view)
      policy.update(view, { successes: 10, mutants: 1, questions: 50 })
      return policy.rewards.get(0)
    }
    expect(reward(GPTFUZZ_ORIGINAL)).toBeCloseTo(10 / 50, 12) // 10 / (50 x 1)
    expect(reward(AS_PUBLISHED)).toBeCloseTo(10 / 2500, 12) // 10 / (50 x 50): 50 times smaller
  })

  it('helper decoding: temperature 0 for both (labelled "temperature 0" and "greedy")', async () => {
    expect(GPTFUZZ_ORIGINAL.helperDecoding).toEqual({ label: 'temperature 0', temperature: 0 })
    expect(AS_PUBLISHED.helperDecoding).toEqual({ label: 'greedy', temperature: 0 })
    for (const preset of [GPTFUZZ_ORIGINAL, AS_PUBLISHED]) {
      const fake = fakeLlm()
      await runIceFuzz(config(preset), { ...MODELS, llm: fake.llm })
      const helperCalls = fake.calls.filter((call) => call.role === 'helper')
      expect(helperCalls).toHaveLength(3)
      expect(helperCalls.every((call) => call.request.params.temperature === 0 && call.modelId === 'helper')).toBe(true)
    }
  })
})
