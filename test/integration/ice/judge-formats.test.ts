import { resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSimulator, type Simulator } from '../../../src/main/providers/simulator'
import { runSpecSchema } from '../../../src/shared/contract'
import { useServices } from '../../support/services'

/**
 * The new-user trial: a judge that writes its verdict as the paper's `<judge>` tag, a JSON
 * block or "Final answer: 1" instead of our tag. Every verdict must be read (the same counts as a
 * judge that follows the format), and the run is cleanly completed.
 */
let simulator: Simulator
const open = useServices()

beforeAll(async () => {
  simulator = await createSimulator({ port: 0, seed: 21 })
})
afterAll(async () => {
  await simulator?.close()
})

const model = (id: string) => ({ provider: 'custom', baseURL: `${simulator.url}/v1`, model: id })
const spec = (judge: string) =>
  runSpecSchema.parse({
    kind: 'ice',
    models: { target: model('sim-target-leaky'), helper: model('sim-helper'), judge: model(judge) },
    target: 'target',
    helper: 'helper',
    judge: 'judge',
    targetFact: 'I am Simulated Model, a large language model developed by Distillscope Labs.',
    questions: { builtin: 'identity-en-zh' },
    seeds: { file: resolve('../shared/data/gptfuzz/GPTFuzzer.csv') },
    budget: { maxQueries: 100 },
    seed: 4,
    // Our judge, which reads every unambiguous verdict form (the paper's judge reads only its own tags).
    judgeSemantics: 'distillscope',
  })

describe('ICE judges that write verdicts their own way', () => {
  it('reads <judge> tags, JSON blocks and "Final answer" lines exactly as our own tag', { timeout: 180_000 }, async () => {
    const { services } = open({ startSimulator: async () => ({ url: simulator.url, close: async () => {} }) })
    const scoresWith = async (judge: string) => {
      const run = services.runs.start(spec(judge), undefined)
      const ended = await services.runs.manager.settled(run.id)
      const { scores } = await services.results.iceResults(run.id)
      return {
        status: ended.status,
        loose: scores.loose.count,
        strict: scores.strict.count,
        n: scores.loose.n,
        unjudged: scores.looseUnjudged + scores.strictUnjudged,
      }
    }
    const standard = await scoresWith('sim-judge')
    expect(standard.loose).toBeGreaterThan(0)
    for (const style of ['paper-tags', 'json', 'final-answer']) {
      expect(await scoresWith(`sim-judge-${style}`), style).toEqual(standard)
    }
  })
})
