import { resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSimulator, type Simulator } from '../../../src/main/providers/simulator'
import { createIceRunsRepo } from '../../../src/main/storage/repos/ice-runs'
import { runSpecSchema } from '../../../src/shared/contract'
import { useServices } from '../../support/services'

/** A fifth of all requests fail (rate limits, server errors, judge replies without a verdict): ICE must still finish honestly. */
let simulator: Simulator
const open = useServices()

beforeAll(async () => {
  simulator = await createSimulator({
    port: 0,
    seed: 13,
    faults: { rates: { '429': 0.06, '500': 0.06, 'malformed-judge': 0.04, 'unparseable-judge': 0.04 }, retryAfterMs: 10 },
  })
})
afterAll(async () => {
  await simulator?.close()
})

describe('ICE under injected faults', () => {
  it('completes with 20% faults: every row is judged or says why not, and the scores count only real verdicts', { timeout: 180_000 }, async () => {
    const { services } = open({ startSimulator: async () => ({ url: simulator.url, close: async () => {} }) })
    const model = (id: string) => ({ provider: 'simulator', model: id })
    const spec = runSpecSchema.parse({
      kind: 'ice',
      models: { target: model('sim-target-leaky'), helper: model('sim-helper'), judge: model('sim-judge') },
      target: 'target',
      helper: 'helper',
      judge: 'judge',
      targetFact: 'I am Simulated Model, a large language model developed by Distillscope Labs.',
      questions: { builtin: 'identity-en-zh' },
      seeds: { file: resolve('../shared/data/gptfuzz/GPTFuzzer.csv') },
      budget: { maxQueries: 500 },
      seed: 3,
      // Our judge, which reads every unambiguous verdict form (the paper's judge reads only its own tags).
      judgeSemantics: 'distillscope',
    })
    const run = services.runs.start(spec, undefined)
    expect((await services.runs.manager.settled(run.id)).status).toBe('completed')
    expect(simulator.requestLog.filter((entry) => entry.fault).length).toBeGreaterThan(100)

    const rows = createIceRunsRepo(services.db).rows(run.id)
    expect(rows).toHaveLength(500)
    for (const row of rows) {
      if (row.targetError) expect(row.answer === undefined && row.loose.verdict === null).toBe(true)
      else if (row.loose.verdict === null) expect(row.loose.error, JSON.stringify(row.loose)).toMatch(/judge|verdict/)
      if (row.strict?.verdict === null) expect(row.strict.error).toBeTruthy()
    }
    // Judge replies without a tag were recovered by the one extraction call.
    expect(rows.some((row) => row.loose.via === 'extraction' && row.loose.verdict !== null)).toBe(true)
    const results = await services.results.iceResults(run.id)
    const judged = rows.filter((row) => row.loose.verdict === 1).length
    expect(results.scores.loose.count).toBe(judged)
    expect(results.scores.looseUnjudged + results.scores.targetErrors).toBe(rows.filter((row) => row.loose.verdict === null).length)
    expect(results.scores.loose.rate!).toBeGreaterThan(0.2)
  })
})
