import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { silentLogger } from '../../../src/main/core/log'
import { createSimulator, type Simulator } from '../../../src/main/providers/simulator'
import { createServices, type Services } from '../../../src/main/compose-services'
import { runSpecSchema, type RseResults } from '../../../src/shared/contract'

/**
 * Issue 16's checks survive a pause: a run with further samples, calibration and a position check,
 * paused during its first pass or its second (floor and swaps), resumes to complete results, asking
 * nothing twice (a re-asked call would be served by the response cache and counted as cached). Its
 * scores cannot equal another run's: at temperature 0.7 the simulator, like a provider, samples anew.
 */
const PER_SET = 6
const generation = { generation: { temperature: 0.7 } }
const spec = runSpecSchema.parse({
  kind: 'rse',
  models: {
    ref: { provider: 'simulator', model: 'sim-reference', ...generation },
    close: { provider: 'simulator', model: 'sim-student-close', ...generation },
    far: { provider: 'simulator', model: 'sim-student-far', ...generation },
    judge: { provider: 'simulator', model: 'sim-judge' },
  },
  reference: 'ref',
  students: ['close', 'far'],
  judge: 'judge',
  promptSets: [
    { name: 'general', setId: 'builtin-general-v1', sample: PER_SET, seed: 5 },
    { name: 'maths', setId: 'builtin-math-v1', sample: PER_SET, seed: 6 },
  ],
  concurrency: 2,
  calibration: true,
  studentSamples: 2,
  positionCheck: 6,
})
// 24 reference answers, 48 student answers, then 48 + 12 judgements in the first pass; 24 floors and 6 swaps in the second.
const TOTAL = 24 + 48 + 48 + 12 + 24 + 6

let simulator: Simulator
const dirs: string[] = []
const opened: Services[] = []
function open(): Services {
  const dataDir = mkdtempSync(join(tmpdir(), 'distillscope-checks-resume-'))
  dirs.push(dataDir)
  const services = createServices({ dataDir, log: silentLogger, env: {}, startSimulator: async () => ({ url: simulator.url, close: async () => {} }) })
  opened.push(services)
  return services
}
const sent = () => simulator.requestLog.filter((entry) => entry.path.endsWith('/chat/completions') && entry.status === 200).length

beforeAll(async () => {
  simulator = await createSimulator({ port: 0, latencyMs: 15 })
})
afterAll(async () => {
  for (const services of opened) await services.close()
  await simulator?.close()
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
})

describe("issue 16's checks across a pause", () => {
  it('asks for every call once in an uninterrupted run', { timeout: 60_000 }, async () => {
    const services = open()
    const run = services.runs.start(spec, undefined)
    expect((await services.runs.manager.settled(run.id)).status).toBe('completed')
    const results = await services.results.rseResults(run.id)
    expect(results.calls).toEqual({ sent: TOTAL, cached: 0, failed: 0 })
    expectComplete(results)
  })

  for (const [pass, after] of [
    ['first', 50],
    ['second', 140],
  ] as const)
    it(`resumes a run paused in its ${pass} pass to the uninterrupted results, asking nothing twice`, { timeout: 60_000 }, async () => {
      const services = open()
      const start = sent()
      const run = services.runs.start(spec, undefined)
      while (sent() - start < after) await new Promise((resolve) => setTimeout(resolve, 5))
      services.runs.manager.pause(run.id)
      expect((await services.runs.manager.settled(run.id)).status).toBe('paused')
      services.runs.manager.resume(run.id)
      expect((await services.runs.manager.settled(run.id)).status).toBe('completed')
      const results = await services.results.rseResults(run.id)
      // Calls under way at the pause were cancelled (counted as failed calls): each was asked again, nothing else.
      expect({ sent: results.calls.sent, cached: results.calls.cached }).toEqual({ sent: TOTAL, cached: 0 })
      expectComplete(results)
    })
})

/** Every judgement of every kind made and scored: the results of a run that lost nothing. */
function expectComplete(results: RseResults): void {
  expect(results.studentSamples).toBe(2)
  for (const student of results.students) {
    expect(student.sets.map((set) => [set.n, set.failed])).toEqual([
      [PER_SET, 0],
      [PER_SET, 0],
    ])
    expect(student.withinPromptSd).toBeDefined()
    expect(student.normalised!.avg).toBeDefined()
  }
  for (const anchor of [results.calibration!.ceiling, results.calibration!.floor])
    expect(anchor.sets.map((set) => [set.n, set.failed])).toEqual([
      [PER_SET, 0],
      [PER_SET, 0],
    ])
  expect(results.positionCheck!.judges[0]!.items).toBe(6)
}
