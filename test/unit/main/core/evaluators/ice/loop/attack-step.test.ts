import { describe, expect, it } from 'vitest'
import { runIceFuzz } from '../../../../../../../src/main/core/evaluators/ice/loop/fuzz-loop'
import type { IceFuzzConfig } from '../../../../../../../src/main/core/evaluators/ice/loop/types'
import { AS_PUBLISHED, GPTFUZZ_ORIGINAL } from '../../../../../../../src/main/core/evaluators/ice/presets'
import type { LlmClient } from '../../../../../../../src/main/core/llm/llm-client'
import { fakeLlm, MODELS, questions, result, roleOf, seeds } from '../support'

/** A judge panel in the fuzzing loop (issue 13): every judge asked, the majority decides, a split is no success. */
const config: IceFuzzConfig = {
  preset: AS_PUBLISHED,
  // Our prompts, whose <verdict> tags the fake judges write.
  judge: 'distillscope',
  policy: 'mcts-explore',
  seeds: seeds(6),
  questions: questions(6),
  fact: 'I am Simulated Model, developed by Distillscope Labs.',
  stop: { maxQuery: -1, maxSuccess: -1, maxReject: -1, maxIteration: 4 },
  seed: 3,
}

/** The fake judges; the model "contrary" reverses every verdict the others give. */
function panelLlm() {
  const fake = fakeLlm()
  const llm: Pick<LlmClient, 'chat'> = {
    async chat(modelId, request, options) {
      const reply = await fake.llm.chat(modelId, request, options)
      const role = roleOf(request)
      if (modelId !== 'contrary' || (role !== 'loose' && role !== 'strict')) return reply
      return result(reply.text.replace(/<verdict>([01])<\/verdict>/, (_, digit: string) => `<verdict>${1 - Number(digit)}</verdict>`))
    },
  }
  return {
    ...fake,
    llm,
    judgeCalls: (modelId: string, role: 'loose' | 'strict') => fake.calls.filter((call) => call.modelId === modelId && call.role === role).length,
  }
}

const panel = (...ids: string[]) => ({ judgePanel: ids.map((id) => ({ alias: `alias-${id}`, modelId: id })) })

describe('a judge panel in the fuzzing loop (issue 13)', () => {
  it('asks every judge about every answer; two judges always at odds split every answer, and a split is no success', async () => {
    const fake = panelLlm()
    // "GPTFuzz original" admits only mutants with a success to the pool.
    const run = await runIceFuzz({ ...config, preset: GPTFUZZ_ORIGINAL }, { ...MODELS, llm: fake.llm, ...panel('judge', 'contrary') })
    expect(run.rows.length).toBeGreaterThan(0)
    expect(fake.judgeCalls('judge', 'loose')).toBe(run.rows.length)
    expect(fake.judgeCalls('contrary', 'loose')).toBe(run.rows.length)
    expect(run.rows.every((row) => row.loose.split === true && row.loose.verdict === null && row.strict === undefined)).toBe(true)
    expect(run.rows[0]!.judges?.map((judge) => judge.judge)).toEqual(['alias-judge', 'alias-contrary'])
    expect(fake.count('strict')).toBe(0)
    // No success: none is counted, and no mutant joins.
    expect(run.progress.successes).toBe(0)
    expect(run.pool.every((id) => run.nodes.find((node) => node.id === id)!.level === 0)).toBe(true)
  })

  it('decides 2 to 1 as the majority, asks all three strict judges on a panel loose positive, and makes the same run as the majority judge alone', async () => {
    const alone = await runIceFuzz(config, { ...MODELS, llm: fakeLlm().llm })
    const fake = panelLlm()
    const three = await runIceFuzz(config, { ...MODELS, llm: fake.llm, ...panel('judge', 'judge-2', 'contrary') })
    const verdicts = (rows: typeof alone.rows) => rows.map((row) => [row.mutantId, row.questionIndex, row.loose.verdict, row.strict?.verdict ?? null])
    expect(verdicts(three.rows)).toEqual(verdicts(alone.rows))
    expect(three.progress.successes).toBe(alone.progress.successes)
    const positives = three.rows.filter((row) => row.loose.verdict === 1).length
    expect(positives).toBeGreaterThan(0)
    for (const judge of ['judge', 'judge-2', 'contrary']) expect(fake.judgeCalls(judge, 'strict'), judge).toBe(positives)
    const positive = three.rows.find((row) => row.loose.verdict === 1)!
    expect(positive.judges?.map((judge) => [judge.loose.verdict, judge.strict?.verdict])).toEqual([
      [1, positive.strict?.verdict],
      [1, positive.strict?.verdict],
      [0, positive.strict?.verdict === 1 ? 0 : 1],
    ])
  })

  it('keeps a single judge’s rows exactly as before panels: no per-judge entries', async () => {
    const run = await runIceFuzz(config, { ...MODELS, llm: fakeLlm().llm })
    expect(run.rows.every((row) => !('judges' in row) && row.loose.via !== 'panel')).toBe(true)
    const once = await runIceFuzz(config, { ...MODELS, llm: fakeLlm().llm, ...panel('judge') })
    expect(JSON.stringify(once.rows.map((row) => ({ ...row })))).toBe(JSON.stringify(run.rows))
  })

  it('replays a panel’s stored rows on resume without asking any judge again', async () => {
    const full = await runIceFuzz(config, { ...MODELS, llm: panelLlm().llm, ...panel('judge', 'contrary', 'judge-2') })
    const byKey = new Map(full.rows.map((row) => [`${row.mutantId}:${row.questionIndex}`, row]))
    const byId = new Map(full.nodes.map((node) => [node.id, node]))
    const fake = panelLlm()
    const resumed = await runIceFuzz(config, {
      ...MODELS,
      llm: fake.llm,
      ...panel('judge', 'contrary', 'judge-2'),
      replay: { node: (id) => byId.get(id), row: (mutant, question) => byKey.get(`${mutant}:${question}`) },
    })
    expect(resumed.rows).toEqual(full.rows)
    expect(fake.calls).toHaveLength(0)
  })
})
