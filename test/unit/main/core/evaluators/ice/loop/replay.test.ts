import { describe, expect, it } from 'vitest'
import { runIceFuzz } from '../../../../../../../src/main/core/evaluators/ice/loop/fuzz-loop'
import type { IceAttackRow, IceFuzzConfig, IceReplay } from '../../../../../../../src/main/core/evaluators/ice/loop/types'
import { AS_PUBLISHED } from '../../../../../../../src/main/core/evaluators/ice/presets'
import type { TemplateNode } from '../../../../../../../src/main/core/evaluators/ice/types'
import { LlmCallError } from '../../../../../../../src/main/core/llm/llm-error'
import { fakeLlm, MODELS, questions, seeds } from '../support'

/** Resume by replay (IceReplay): stored outcomes stand in for calls, and only for the same mutant and prompt. */
const config: IceFuzzConfig = {
  preset: AS_PUBLISHED,
  policy: 'mcts-explore',
  seeds: seeds(8),
  questions: questions(4),
  fact: 'I am Simulated Model, developed by Distillscope Labs.',
  stop: { maxQuery: -1, maxSuccess: -1, maxReject: -1, maxIteration: 5 },
  seed: 9,
}

function replayOf(nodes: readonly TemplateNode[], rows: readonly IceAttackRow[]): IceReplay {
  const byId = new Map(nodes.map((node) => [node.id, node]))
  const byKey = new Map(rows.map((row) => [`${row.mutantId}:${row.questionIndex}`, row]))
  return { node: (id) => byId.get(id), row: (mutant, question) => byKey.get(`${mutant}:${question}`) }
}

describe('replaying an interrupted ICE run', () => {
  it('makes no call for what was stored, reports those rows as replayed, and ends with the uninterrupted run', async () => {
    const full = await runIceFuzz(config, { ...MODELS, llm: fakeLlm().llm })
    const storedNodes = full.nodes.filter((node) => (node.iteration ?? 0) <= 3)
    const storedRows = full.rows.filter((row) => row.iteration <= 2 || (row.iteration === 3 && row.questionIndex < 2))
    const fake = fakeLlm()
    const replayed: boolean[] = []
    const resumed = await runIceFuzz(config, {
      ...MODELS,
      llm: fake.llm,
      replay: replayOf(storedNodes, storedRows),
      onRow: (_row, wasReplayed) => replayed.push(wasReplayed),
    })
    expect(resumed.rows).toEqual(full.rows)
    expect(resumed.nodes).toEqual(full.nodes)
    expect(fake.count('helper')).toBe(2)
    expect(fake.count('target')).toBe(full.rows.length - storedRows.length)
    expect(replayed.filter(Boolean)).toHaveLength(storedRows.length)
  })

  it('replays a stored failure as a failure (it is not retried, so the run cannot drift)', async () => {
    const failing = fakeLlm({ fail: (role) => (role === 'helper' ? new LlmCallError('server', 'the helper failed') : undefined) })
    const first = await runIceFuzz({ ...config, stop: { ...config.stop, maxIteration: 1 } }, { ...MODELS, llm: failing.llm })
    const failed = first.nodes.find((node) => node.helperError !== undefined)!
    expect(failed.helperErrorClass).toBe('server')
    const fake = fakeLlm()
    const again = await runIceFuzz({ ...config, stop: { ...config.stop, maxIteration: 1 } }, { ...MODELS, llm: fake.llm, replay: replayOf(first.nodes, []) })
    expect(again.nodes.at(-1)).toEqual(failed)
    expect(fake.count('helper')).toBe(0)
  })

  it('ignores a stored node that is not the same mutant, and a stored row whose prompt differs', async () => {
    const full = await runIceFuzz(config, { ...MODELS, llm: fakeLlm().llm })
    const firstMutant = full.nodes.find((node) => node.level > 0)!
    const wrongNode: TemplateNode = { ...firstMutant, mutator: firstMutant.mutator === 'shorten' ? 'expand' : 'shorten', text: 'stale' }
    const wrongRow: IceAttackRow = { ...full.rows[0]!, prompt: 'a different prompt', answer: 'stale' }
    const fake = fakeLlm()
    const resumed = await runIceFuzz(config, { ...MODELS, llm: fake.llm, replay: replayOf([wrongNode], [wrongRow]) })
    expect(resumed.rows).toEqual(full.rows)
    expect(fake.count('helper')).toBe(5)
    expect(fake.count('target')).toBe(full.rows.length)
  })
})
