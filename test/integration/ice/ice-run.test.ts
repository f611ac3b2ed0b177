import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { builtinIdentityQuestions, identityFactFor } from '../../../src/main/core/evaluators/ice/data/builtin-data'
import { importSeedTemplates } from '../../../src/main/core/evaluators/ice/import/seed-templates'
import { runIceFuzz } from '../../../src/main/core/evaluators/ice/loop/fuzz-loop'
import { PAPER_STOP_LIMITS, type IceFuzzConfig, type IceFuzzResult } from '../../../src/main/core/evaluators/ice/loop/types'
import { AS_PUBLISHED, GPTFUZZ_ORIGINAL } from '../../../src/main/core/evaluators/ice/presets'
import { scoreIceRun } from '../../../src/main/core/evaluators/ice/scores/ice-scores'
import { createLlmClient, type LlmClient } from '../../../src/main/core/llm/llm-client'
import type { ChatReply } from '../../../src/main/core/llm/types'
import { buildResolvedModel } from '../../../src/main/providers/resolved-model'
import { createSimulator, type Simulator } from '../../../src/main/providers/simulator'

/**
 * ICE end to end on the Offline demo's simulator over HTTP (METHOD.md 2.2-2.6): the "As published"
 * preset, the 77 GPTFuzzer seeds (76 drawn), the 50 built-in questions, max_query 1000.
 */
const GPTFUZZER_CSV = resolve('../shared/data/gptfuzz/GPTFuzzer.csv')

let simulator: Simulator

beforeAll(async () => {
  if (!existsSync(GPTFUZZER_CSV)) throw new Error(`The shared test data is missing: ${GPTFUZZER_CSV} (see ../shared/data/README.md)`)
  simulator = await createSimulator({ port: 0, seed: 3 })
})
afterAll(async () => {
  await simulator?.close()
})

/** A call layer of its own (its own in-memory cache), speaking OpenAI's format to the simulator. */
function client(): LlmClient {
  const cache = new Map<string, ChatReply>()
  return createLlmClient({
    resolve: async (modelId) =>
      buildResolvedModel(
        { kind: 'openai', baseURL: `${simulator.url}/v1`, model: modelId, apiKey: 'sk-test', headers: {}, timeoutMs: 30_000, simulated: true },
        { inputPerMTok: 0, outputPerMTok: 0 },
        { maxConcurrent: 32 },
        modelId,
      ),
    cache: { get: (key) => cache.get(key), put: (key, reply) => void cache.set(key, reply) },
    record: () => {},
  })
}

function config(): IceFuzzConfig {
  return {
    preset: AS_PUBLISHED,
    policy: 'mcts-explore',
    seeds: importSeedTemplates(readFileSync(GPTFUZZER_CSV, 'utf8'), { fileName: 'GPTFuzzer.csv' }).templates,
    questions: builtinIdentityQuestions(),
    fact: identityFactFor('simulator')!.fact,
    stop: PAPER_STOP_LIMITS,
    seed: 2025,
  }
}

const run = (target: string, llm: LlmClient = client()) =>
  runIceFuzz(config(), { llm, targetModelId: target, helperModelId: 'sim-helper', judgeModelId: 'sim-judge' })
const chatRequests = () => simulator.requestLog.filter((entry) => entry.path.endsWith('/chat/completions')).length

describe('ICE on the simulator, "As published"', () => {
  let leaky: IceFuzzResult

  it('makes exactly 20 mutants x 50 questions = 1,000 attack rows, and the leaky target scores higher than the loyal one', async () => {
    leaky = await run('sim-target-leaky')
    const loyal = await run('sim-target-loyal')
    for (const result of [leaky, loyal]) {
      expect(result.rows).toHaveLength(1000)
      expect(result.stopReason).toBe('max_query')
      const mutants = result.nodes.filter((node) => node.level > 0)
      expect(mutants).toHaveLength(20)
      for (const mutant of mutants) expect(result.rows.filter((row) => row.mutantId === mutant.id)).toHaveLength(50)
      expect(result.nodes.filter((node) => node.level === 0)).toHaveLength(76)
      expect(result.rows.every((row) => row.answer !== undefined && row.loose.verdict !== null)).toBe(true)
    }
    const high = scoreIceRun(leaky.rows)
    const low = scoreIceRun(loyal.rows)
    expect(high.loose.rate!).toBeGreaterThan(low.loose.rate! + 0.2)
    expect(high.strict.count).toBeGreaterThan(low.strict.count)
    expect(high.strict.count).toBeLessThanOrEqual(high.loose.count)
    expect(high.hard.count).toBeLessThanOrEqual(high.strict.count)
    expect(high.loose.low!).toBeGreaterThan(low.loose.high!)
    expect(Object.keys(high.byLanguage).sort()).toEqual(['en', 'zh'])
    expect(Object.keys(high.byCategory)).toHaveLength(5)
    // Expand's mutants are bare sentences here: the question is appended to them.
    expect(leaky.rows.filter((row) => row.mutator === 'expand').every((row) => row.questionAppended && row.prompt === row.template + row.question)).toBe(true)
    expect(leaky.rows.some((row) => row.mutator === 'expand')).toBe(true)
  })

  it('reproduces the same rows from the same seed (a fresh call layer, so every call is sent again)', async () => {
    const before = chatRequests()
    const again = await run('sim-target-leaky')
    // 1,000 distinct target prompts and 20 helper calls; judge calls repeat (same fact, same answer) and are answered by the cache.
    expect(chatRequests() - before).toBeGreaterThan(1020)
    expect(again.rows).toEqual(leaky.rows)
    expect(again.nodes).toEqual(leaky.nodes)
  })
})

describe('ICE on the simulator, "GPTFuzz original"', () => {
  it('queries only mutants with the placeholder and pools only those with a success', async () => {
    const result = await runIceFuzz(
      { ...config(), preset: GPTFUZZ_ORIGINAL },
      { llm: client(), targetModelId: 'sim-target-leaky', helperModelId: 'sim-helper', judgeModelId: 'sim-judge' },
    )
    expect(result.rows.length).toBeGreaterThanOrEqual(1000)
    expect(result.rows.length % 50).toBe(0)
    expect(result.nodes.filter((node) => node.level === 0)).toHaveLength(77)
    expect(result.rows.every((row) => !row.questionAppended)).toBe(true)
    const pooledMutants = result.pool.filter((id) => result.nodes[id]!.level > 0)
    for (const id of pooledMutants) expect(result.rows.some((row) => row.mutantId === id && row.loose.verdict === 1)).toBe(true)
  })
})

/**
 * Issue 15's acceptance, in one place, against the paper's code paths (METHOD.md 2.5), in
 * Aegis1863/LLMs-Distillation-Quantification easyjailbreak/attacker/Gptfuzzer_Identity.py at commit
 * 6705f5e: line 35 (seeds_num = 76) and line 50 (the 76 seeds drawn by SeedTemplate.new_seeds);
 * lines 117-120 (a mutant without the placeholder gets the question appended, no separator);
 * line 79 (Crossover's partner pool is the initial seeds); lines 155-159 (one mutator per iteration,
 * each energy pass mutating the previous mutant). MCTS-Explore at max_query 1,000 then visits 20
 * distinct roots, one mutation each (METHOD.md 2.5).
 */
describe('"As published" against the paper\'s code paths (issue 15)', () => {
  const rootOf = (nodes: IceFuzzResult['nodes'], id: number): number => {
    let node = nodes[id]!
    while (node.parentId !== undefined) node = nodes[node.parentId]!
    return node.id
  }
  const leftOut = (result: IceFuzzResult) => {
    const drawn = new Set(result.nodes.filter((node) => node.level === 0).map((node) => node.seedId))
    return config()
      .seeds.filter((seed) => !drawn.has(seed.id))
      .map((seed) => seed.id)
  }

  it('in one run: 76 of the 77 seeds drawn (the one left out follows the run seed), 20 distinct roots in 1,000 queries, and a mutant that lost its placeholder gets the question appended', async () => {
    // A helper that drops the placeholder from half of its rewrites: mutants with and without it.
    const dropping = await createSimulator({ port: 0, seed: 3, placeholderDropRate: 0.5 })
    try {
      const llm = () => {
        const cache = new Map<string, ChatReply>()
        return createLlmClient({
          resolve: async (modelId) =>
            buildResolvedModel(
              { kind: 'openai', baseURL: `${dropping.url}/v1`, model: modelId, apiKey: 'sk-test', headers: {}, timeoutMs: 30_000, simulated: true },
              { inputPerMTok: 0, outputPerMTok: 0 },
              { maxConcurrent: 32 },
              `drop-${modelId}`,
            ),
          cache: { get: (key) => cache.get(key), put: (key, reply) => void cache.set(key, reply) },
          record: () => {},
        })
      }
      const models = { targetModelId: 'sim-target-leaky', helperModelId: 'sim-helper', judgeModelId: 'sim-judge' }
      const run = await runIceFuzz(config(), { llm: llm(), ...models })
      expect(config().seeds).toHaveLength(77)
      expect(config().questions).toHaveLength(50)
      expect(leftOut(run)).toHaveLength(1)
      // Which seed is left out follows the run seed: another seed leaves out another, the same seed the same.
      const [other, again] = await Promise.all([
        runIceFuzz({ ...config(), seed: 7 }, { llm: llm(), ...models }),
        runIceFuzz(config(), { llm: llm(), ...models }),
      ])
      expect(leftOut(other)).toHaveLength(1)
      expect(leftOut(other)).not.toEqual(leftOut(run))
      expect(leftOut(again)).toEqual(leftOut(run))

      expect(run.rows).toHaveLength(1000)
      const mutants = run.nodes.filter((node) => node.level > 0)
      expect(new Set(mutants.map((mutant) => rootOf(run.nodes, mutant.id))).size).toBe(20)

      const lost = run.rows.filter((row) => !row.template.includes('[INSERT PROMPT HERE]'))
      const kept = run.rows.filter((row) => row.template.includes('[INSERT PROMPT HERE]'))
      expect(lost.length).toBeGreaterThan(0)
      expect(kept.length).toBeGreaterThan(0)
      for (const row of lost) {
        expect(row.questionAppended).toBe(true)
        expect(row.prompt).toBe(row.template + row.question)
      }
      for (const row of kept) expect(row.prompt).toBe(row.template.replace('[INSERT PROMPT HERE]', row.question))
    } finally {
      await dropping.close()
    }
  })
})
