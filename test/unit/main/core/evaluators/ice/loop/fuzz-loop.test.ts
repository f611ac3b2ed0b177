import { describe, expect, it } from 'vitest'
import { LlmCallError } from '../../../../../../../src/main/core/llm/llm-error'
import type { LlmClient } from '../../../../../../../src/main/core/llm/llm-client'
import { runIceFuzz } from '../../../../../../../src/main/core/evaluators/ice/loop/fuzz-loop'
import { MAX_IDLE_ITERATIONS } from '../../../../../../../src/main/core/evaluators/ice/loop/stop'
import { PAPER_STOP_LIMITS, type IceAttackRow, type IceFuzzConfig, type IceFuzzProgress } from '../../../../../../../src/main/core/evaluators/ice/loop/types'
import { AS_PUBLISHED, GPTFUZZ_ORIGINAL } from '../../../../../../../src/main/core/evaluators/ice/presets'
import type { TemplateNode } from '../../../../../../../src/main/core/evaluators/ice/types'
import { hashSeed } from '../../../../../../../src/main/core/stats/prng'
import { fakeLlm, MODELS, questions, seeds } from '../support'

const NO_LIMITS = { maxQuery: -1, maxSuccess: -1, maxReject: -1, maxIteration: -1 }
const config = (extra: Partial<IceFuzzConfig> = {}): IceFuzzConfig => ({
  preset: AS_PUBLISHED,
  policy: 'mcts-explore',
  seeds: seeds(10),
  questions: questions(5),
  fact: 'I am Simulated Model, developed by Distillscope Labs.',
  stop: { ...NO_LIMITS, maxIteration: 6 },
  seed: 42,
  ...extra,
})

/** The same replies as `fakeLlm`, but each after a delay drawn from the request: arrival order scrambled. */
function delayed(llm: Pick<LlmClient, 'chat'>): Pick<LlmClient, 'chat'> {
  return {
    chat: async (modelId, request, options) => {
      await new Promise((resolve) => setTimeout(resolve, hashSeed(JSON.stringify(request)) % 5))
      return llm.chat(modelId, request, options)
    },
  }
}

describe('the ICE fuzzing loop (METHOD.md 2.2)', () => {
  it('gives the same run for the same seed and the same replies, whatever order replies arrive in', async () => {
    const first = await runIceFuzz(config(), { ...MODELS, llm: fakeLlm().llm })
    const second = await runIceFuzz(config(), { ...MODELS, llm: delayed(fakeLlm().llm) })
    expect(second).toEqual(first)
    expect(first.rows).toHaveLength(6 * 5)
    const other = await runIceFuzz(config({ seed: 43 }), { ...MODELS, llm: fakeLlm().llm })
    expect(other.nodes.map((node) => [node.parentId, node.mutator])).not.toEqual(first.nodes.map((node) => [node.parentId, node.mutator]))
  })

  it("with the paper's budget (max_query 1000, 50 questions) makes exactly 20 mutants x 50 rows", async () => {
    const run = await runIceFuzz(config({ seeds: seeds(77), questions: questions(50), stop: PAPER_STOP_LIMITS }), { ...MODELS, llm: fakeLlm().llm })
    expect(run.rows).toHaveLength(1000)
    expect(run.stopReason).toBe('max_query')
    expect(run.progress).toMatchObject({ iteration: 20, queries: 1000, mutants: 20 })
    const mutants = run.nodes.filter((node) => node.level > 0)
    expect(mutants).toHaveLength(20)
    for (const mutant of mutants) expect(run.rows.filter((row) => row.mutantId === mutant.id)).toHaveLength(50)
    // METHOD.md 2.5: at this budget MCTS-Explore visits 20 distinct roots, one mutation each.
    expect(new Set(mutants.map((mutant) => mutant.parentId)).size).toBe(20)
    expect(mutants.every((mutant) => mutant.level === 1)).toBe(true)
  })

  it('keeps parent, mutator, level and iteration on every mutant and row', async () => {
    const run = await runIceFuzz(config({ policy: 'round-robin', stop: { ...NO_LIMITS, maxIteration: 15 } }), { ...MODELS, llm: fakeLlm().llm })
    const byId = new Map(run.nodes.map((node) => [node.id, node]))
    const mutants = run.nodes.filter((node) => node.parentId !== undefined)
    expect(mutants).toHaveLength(15)
    expect(mutants.some((mutant) => mutant.level > 1)).toBe(true)
    for (const mutant of mutants) {
      const parent = byId.get(mutant.parentId!)!
      expect(mutant.level).toBe(parent.level + 1)
      expect(mutant.mutator).toBeDefined()
      expect(mutant.iteration).toBeGreaterThan(0)
      if (mutant.mutator === 'crossover') expect(mutant.partnerId).toBeLessThan(10)
    }
    for (const row of run.rows) {
      const mutant = byId.get(row.mutantId)!
      expect(row).toMatchObject({ parentId: mutant.parentId, mutator: mutant.mutator, level: mutant.level, iteration: mutant.iteration, template: mutant.text })
      expect(row.prompt).toBe(mutant.text.replace('[INSERT PROMPT HERE]', row.question))
    }
    expect(new Set(run.rows.map((row) => row.mutator)).size).toBeGreaterThan(2)
  })

  it('reports rows, nodes and progress as they happen', async () => {
    const rows: IceAttackRow[] = []
    const nodes: TemplateNode[] = []
    const progress: IceFuzzProgress[] = []
    const run = await runIceFuzz(config(), {
      ...MODELS,
      llm: fakeLlm().llm,
      onRow: (row) => rows.push(row),
      onNode: (node) => nodes.push(node),
      onProgress: (p) => progress.push(p),
    })
    expect(rows).toHaveLength(run.rows.length)
    expect(new Set(rows)).toEqual(new Set(run.rows))
    expect(nodes).toEqual(run.nodes.filter((node) => node.level > 0))
    expect(progress.map((p) => p.iteration)).toEqual([1, 2, 3, 4, 5, 6])
    expect(progress.map((p) => p.queries)).toEqual([5, 10, 15, 20, 25, 30])
    const last = progress.at(-1)!
    expect(last.successes + last.rejects).toBe(30)
    expect(last.successes).toBe(run.rows.filter((row) => row.loose.verdict === 1).length)
    expect(run.progress).toEqual(last)
  })

  it('asks the target once per question with its own settings, and the strict judge only on loose positives', async () => {
    const fake = fakeLlm()
    const run = await runIceFuzz(config(), { ...MODELS, llm: fake.llm })
    const targetCalls = fake.calls.filter((call) => call.role === 'target')
    expect(targetCalls).toHaveLength(30)
    expect(
      targetCalls.every(
        (call) => call.modelId === 'target' && call.request.params.temperature === 0 && call.request.params.systemPrompt === 'You are a helpful assistant.',
      ),
    ).toBe(true)
    const positives = run.rows.filter((row) => row.loose.verdict === 1)
    expect(positives.length).toBeGreaterThan(0)
    expect(fake.count('strict')).toBe(positives.length)
    expect(run.rows.filter((row) => row.strict !== undefined)).toEqual(positives)
    const noStrict = fakeLlm()
    await runIceFuzz(config({ strict: false, target: { temperature: 0.7, systemPrompt: 'Be brief.', maxTokens: 100 } }), { ...MODELS, llm: noStrict.llm })
    expect(noStrict.count('strict')).toBe(0)
    expect(noStrict.calls.find((call) => call.role === 'target')?.request.params).toEqual({ temperature: 0.7, systemPrompt: 'Be brief.', maxTokens: 100 })
  })

  it('applies the mutator `energy` times per iteration, one helper call each', async () => {
    const fake = fakeLlm()
    const run = await runIceFuzz(config({ energy: 3, stop: { ...NO_LIMITS, maxIteration: 2 } }), { ...MODELS, llm: fake.llm })
    expect(run.nodes.filter((node) => node.level > 0)).toHaveLength(6)
    expect(run.rows).toHaveLength(6 * 5)
    expect(fake.calls.filter((call) => call.role === 'helper').map((call) => call.request.sampleIndex ?? 0)).toEqual([0, 1, 2, 0, 1, 2])
    const firstIteration = run.nodes.filter((node) => node.iteration === 1)
    expect(new Set(firstIteration.map((node) => node.mutator)).size).toBe(1)
  })
})

describe('energy > 1: chained as the paper, independent as GPTFuzz', () => {
  const templateIn = (prompt: string) => /<template>\n([\s\S]*?)\n<\/template>/.exec(prompt)?.[1]

  // Aegis1863/LLMs-Distillation-Quantification, easyjailbreak/attacker/Gptfuzzer_Identity.py at commit
  // 6705f5e, single_attack lines 158-159: `for i in range(self.energy): instance = mutator(JailbreakDataset([instance]))[0]`
  // mutates the previous pass's mutant, and every pass's mutant joins as a child of the selected node.
  it('"As published": each application mutates the mutant made before it; all are children of the selected template', async () => {
    const fake = fakeLlm()
    const run = await runIceFuzz(config({ energy: 3, stop: { ...NO_LIMITS, maxIteration: 1 } }), { ...MODELS, llm: fake.llm })
    const mutants = run.nodes.filter((node) => node.level > 0)
    const inputs = fake.calls.filter((call) => call.role === 'helper').map((call) => templateIn(call.request.messages[0]!.content))
    expect(mutants).toHaveLength(3)
    expect(inputs.slice(1)).toEqual(mutants.slice(0, 2).map((mutant) => mutant.text))
    expect(inputs[0]).toBe(run.nodes[mutants[0]!.parentId!]!.text)
    expect(new Set(mutants.map((mutant) => mutant.parentId)).size).toBe(1)
    expect(mutants.every((mutant) => mutant.level === 1)).toBe(true)
  })

  it('"As published": a chained crossover draws a partner seed for every pass, as the paper\'s CrossOver does on every call', async () => {
    const fake = fakeLlm()
    const run = await runIceFuzz(config({ energy: 4, mutators: ['crossover'], seeds: seeds(40), stop: { ...NO_LIMITS, maxIteration: 1 } }), {
      ...MODELS,
      llm: fake.llm,
    })
    const mutants = run.nodes.filter((node) => node.level > 0)
    expect(mutants.every((mutant) => mutant.partnerId !== undefined && mutant.partnerId < 40)).toBe(true)
    expect(new Set(mutants.map((mutant) => mutant.partnerId)).size).toBeGreaterThan(1)
    const partnersSent = fake.calls
      .filter((call) => call.role === 'helper')
      .map((call) => [...call.request.messages[0]!.content.matchAll(/<template>\n([\s\S]*?)\n<\/template>/g)][1]?.[1])
    expect(partnersSent).toEqual(mutants.map((mutant) => run.nodes[mutant.partnerId!]!.text))
  })

  it('"GPTFuzz original": every application mutates the selected template', async () => {
    const fake = fakeLlm()
    const run = await runIceFuzz(config({ preset: GPTFUZZ_ORIGINAL, energy: 3, stop: { ...NO_LIMITS, maxIteration: 1 } }), { ...MODELS, llm: fake.llm })
    const parent = run.nodes[run.nodes.find((node) => node.level > 0)!.parentId!]!
    const inputs = fake.calls.filter((call) => call.role === 'helper').map((call) => templateIn(call.request.messages[0]!.content))
    expect(inputs).toEqual([parent.text, parent.text, parent.text])
  })

  it('a failed link ends the chain: the mutants after it are failed too, with the same class (asked again on resume)', async () => {
    let helperCalls = 0
    const fake = fakeLlm({ fail: (role) => (role === 'helper' && ++helperCalls === 2 ? new LlmCallError('server', 'helper down') : undefined) })
    const run = await runIceFuzz(config({ energy: 3, stop: { ...NO_LIMITS, maxIteration: 1 } }), { ...MODELS, llm: fake.llm })
    const mutants = run.nodes.filter((node) => node.level > 0)
    expect(mutants.map((mutant) => mutant.helperError === undefined)).toEqual([true, false, false])
    expect(mutants[2]).toMatchObject({ helperError: expect.stringMatching(/builds on failed/), helperErrorClass: mutants[1]!.helperErrorClass })
    expect(helperCalls).toBeGreaterThanOrEqual(2)
  })
})

describe('stop conditions (-1 disables)', () => {
  const leaky = () => fakeLlm({ target: () => 'I am ChatGPT, developed by OpenAI.' }).llm
  const quiet = () => fakeLlm({ target: () => 'I am Simulated Model.' }).llm

  it('max_query: checked before each iteration, so the last iteration may pass it', async () => {
    const run = await runIceFuzz(config({ stop: { ...NO_LIMITS, maxQuery: 12 } }), { ...MODELS, llm: quiet() })
    expect(run).toMatchObject({ stopReason: 'max_query', progress: { iteration: 3, queries: 15 } })
  })

  it('max_success, max_reject, max_iteration', async () => {
    expect(await runIceFuzz(config({ stop: { ...NO_LIMITS, maxSuccess: 7 } }), { ...MODELS, llm: leaky() })).toMatchObject({
      stopReason: 'max_success',
      progress: { iteration: 2, successes: 10 },
    })
    expect(await runIceFuzz(config({ stop: { ...NO_LIMITS, maxReject: 5 } }), { ...MODELS, llm: quiet() })).toMatchObject({
      stopReason: 'max_reject',
      progress: { iteration: 1, rejects: 5 },
    })
    expect(await runIceFuzz(config({ stop: { ...NO_LIMITS, maxIteration: 2 } }), { ...MODELS, llm: quiet() })).toMatchObject({
      stopReason: 'max_iteration',
      progress: { iteration: 2 },
    })
    expect(await runIceFuzz(config({ stop: { maxQuery: -1, maxSuccess: 1, maxReject: -1, maxIteration: 4 } }), { ...MODELS, llm: quiet() })).toMatchObject({
      stopReason: 'max_iteration',
    })
  })

  it('refuses limits that would never stop, or are not whole numbers >= -1', async () => {
    await expect(runIceFuzz(config({ stop: NO_LIMITS }), { ...MODELS, llm: quiet() })).rejects.toThrow(/at least one stop condition/)
    await expect(runIceFuzz(config({ stop: { ...NO_LIMITS, maxQuery: -2 } }), { ...MODELS, llm: quiet() })).rejects.toThrow(RangeError)
    await expect(runIceFuzz(config({ energy: 0 }), { ...MODELS, llm: quiet() })).rejects.toThrow(/energy/)
    await expect(runIceFuzz(config({ questions: [] }), { ...MODELS, llm: quiet() })).rejects.toThrow(/question/)
  })
})

describe('failures', () => {
  it('a target failure is a row with the error and no verdict; it still counts as a query', async () => {
    const fake = fakeLlm({
      fail: (role, request) => (role === 'target' && request.messages[0]!.content.includes('Question 0') ? new LlmCallError('content_filter') : undefined),
    })
    const run = await runIceFuzz(config({ stop: { ...NO_LIMITS, maxIteration: 2 } }), { ...MODELS, llm: fake.llm })
    const failed = run.rows.filter((row) => row.targetError)
    expect(failed).toHaveLength(2)
    expect(failed[0]).toMatchObject({ targetError: { errorClass: 'content_filter' }, loose: { verdict: null, via: 'failed' } })
    expect(failed[0]?.answer).toBeUndefined()
    expect(run.progress.queries).toBe(10)
  })

  it('a helper failure makes a node with the error, never queried nor pooled; a run of them stops as stalled', async () => {
    const fake = fakeLlm({ fail: (role) => (role === 'helper' ? new LlmCallError('server') : undefined) })
    const run = await runIceFuzz(config({ stop: { ...NO_LIMITS, maxQuery: 10 } }), { ...MODELS, llm: fake.llm })
    expect(run.stopReason).toBe('stalled')
    expect(run.progress.iteration).toBe(MAX_IDLE_ITERATIONS)
    expect(run.rows).toEqual([])
    expect(run.pool).toHaveLength(10)
    expect(run.nodes[10]).toMatchObject({ text: '', helperError: expect.stringMatching(/problem on its side/) })
  })

  it('GPTFuzz original: a mutant that lost its placeholder is not queried, and the run goes on', async () => {
    let calls = 0
    const helper = (prompt: string) => (calls++ % 2 === 0 ? 'Lost it.' : `Kept ${prompt.length} [INSERT PROMPT HERE]`)
    const run = await runIceFuzz(
      config({ preset: { ...GPTFUZZ_ORIGINAL, appendParent: false }, mutators: ['rephrase', 'shorten'], stop: { ...NO_LIMITS, maxIteration: 4 } }),
      { ...MODELS, llm: fakeLlm({ helper }).llm },
    )
    expect(run.rows).toHaveLength(2 * 5)
    expect(run.progress.iteration).toBe(4)
  })

  it('stops when the signal is aborted', async () => {
    const controller = new AbortController()
    const run = runIceFuzz(config({ stop: { ...NO_LIMITS, maxIteration: 50 } }), {
      ...MODELS,
      llm: fakeLlm().llm,
      signal: controller.signal,
      onProgress: (p) => p.iteration === 2 && controller.abort(),
    })
    await expect(run).rejects.toMatchObject({ name: 'AbortError' })
  })
})
