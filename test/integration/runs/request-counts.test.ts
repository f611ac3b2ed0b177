import { describe, expect, it } from 'vitest'
import { runSpecSchema, type IceResults, type RseResults, type RunEstimate, type RunProgress } from '../../../src/shared/contract'
import { GPTFUZZ_DIR, useIceSimulator } from '../../support/ice-simulator'
import { useServices } from '../../support/services'

/**
 * One run's request count is one figure (issue 18 item 7): the estimate's "at most", the progress
 * page's count and the results page's sent + from the cache + failed. Runs in process on the simulator.
 */
const sim = useIceSimulator(5)
const model = sim.model
const open = useServices()
const total = (calls: Record<string, number>) => Object.values(calls).reduce((sum, n) => sum + n, 0)
const made = (calls: { sent: number; cached: number; failed: number }) => calls.sent + calls.cached + calls.failed

/** Runs a spec to its end and returns the estimate, the last progress event and the results' call totals. */
async function runAndCount(spec: unknown, resultsRoute: 'results.rse' | 'results.ice', baseDir?: string) {
  const { services, ok } = open()
  const parsed = runSpecSchema.parse(spec)
  const estimate = await ok<RunEstimate>('runs.estimate', { spec: parsed, ...(baseDir ? { baseDir } : {}) })
  const progress: RunProgress[] = []
  services.events.attach((event, payload) => event === 'runs.progress' && progress.push(payload as RunProgress))
  const { runId } = await ok<{ runId: string }>('runs.start', { spec: parsed, ...(baseDir ? { baseDir } : {}) })
  await services.runs.manager.settled(runId)
  const results = await ok<RseResults | IceResults>(resultsRoute, { runId })
  const last = progress.filter((event) => event.runId === runId).at(-1)!
  return { estimate, last, calls: results.calls }
}

describe('request counts agree', () => {
  it('ICE: progress counts what the results count, within the estimate bound', { timeout: 120_000 }, async () => {
    const { estimate, last, calls } = await runAndCount(
      {
        kind: 'ice',
        models: { target: model('sim-target-leaky'), helper: model('sim-helper'), judge: model('sim-judge') },
        target: 'target',
        helper: 'helper',
        judge: 'judge',
        targetFact: 'I am Simulated Model, a large language model developed by Distillscope Labs.',
        questions: { builtin: 'identity-en-zh' },
        seeds: { file: 'GPTFuzzer.csv' },
        preset: 'as-published',
        selection: 'mcts-explore',
        strict: true,
        budget: { maxQueries: 120 },
        seed: 11,
        concurrency: 8,
      },
      'results.ice',
      GPTFUZZ_DIR,
    )
    expect(made(calls)).toBeGreaterThan(0)
    expect(last.done).toBe(made(calls))
    expect(last.requests).toEqual({ ...calls, atMost: total(estimate.calls) })
    expect(last.total).toBe(total(estimate.calls))
    expect(made(calls)).toBeLessThanOrEqual(total(estimate.calls))
    // Per role, too: the bars add up to the overall count.
    expect(Object.values(last.roles).reduce((sum, role) => sum + role.done, 0)).toBe(last.done)
  })

  it('RSE with a judge that needs every re-ask: the bound is reached, never passed', { timeout: 60_000 }, async () => {
    const spec = (judge: string) => ({
      kind: 'rse',
      models: { ref: model('sim-reference'), close: model('sim-student-close'), far: model('sim-student-far'), judge: model(judge) },
      reference: 'ref',
      students: ['close', 'far'],
      judge: 'judge',
      promptSets: [{ name: 'maths', setId: 'builtin-math-v1', sample: 5, seed: 2 }],
      concurrency: 4,
    })
    const plain = await runAndCount(spec('sim-judge'), 'results.rse')
    expect(plain.last.done).toBe(made(plain.calls))
    expect(plain.last.requests).toEqual({ ...plain.calls, atMost: total(plain.estimate.calls) })
    expect(made(plain.calls)).toBeLessThanOrEqual(total(plain.estimate.calls))
    expect(plain.estimate.calls).toEqual({ reference: 5, student: 10, judge: 20 })

    const evasive = await runAndCount(spec('sim-judge-evasive'), 'results.rse')
    expect(evasive.last.done).toBe(made(evasive.calls))
    expect(evasive.last.roles.judge).toMatchObject({ done: 20, total: 20 })
    expect(made(evasive.calls)).toBe(total(evasive.estimate.calls))
  })
})
