import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { silentLogger } from '../../../src/main/core/log'
import { createSimulator, type Simulator } from '../../../src/main/providers/simulator'
import { createServices, type Services } from '../../../src/main/compose-services'
import { runSpecSchema, type RseResults, type RunSpec } from '../../../src/shared/contract'

/**
 * A whole RSE run on the simulator (METHOD.md section 1): a reference, two students of different
 * resemblance, a judge, and two prompt sets, one of them the real Arena-Hard v0.1 file, sampled.
 */
const ARENA_HARD = resolve('../shared/data/arena-hard-v0.1/question.jsonl')
const SAMPLE = 12
const MATHS_SET = 'builtin-math-v1'

export function rseSpec(extra: Partial<RunSpec> = {}): RunSpec {
  return runSpecSchema.parse({
    kind: 'rse',
    models: {
      ref: { provider: 'simulator', model: 'sim-reference' },
      close: { provider: 'simulator', model: 'sim-student-close' },
      far: { provider: 'simulator', model: 'sim-student-far' },
      judge: { provider: 'simulator', model: 'sim-judge' },
    },
    reference: 'ref',
    students: ['close', 'far'],
    judge: 'judge',
    promptSets: [
      { name: 'arena-hard', file: ARENA_HARD, sample: SAMPLE, seed: 1 },
      { name: 'maths', setId: MATHS_SET, sample: 8, seed: 3 },
    ],
    concurrency: 8,
    ...extra,
  })
}

let simulator: Simulator
let services: Services
const dataDir = mkdtempSync(join(tmpdir(), 'distillscope-rse-'))
const chatCalls = () => simulator.requestLog.filter((entry) => entry.path.endsWith('/chat/completions'))

beforeAll(async () => {
  if (!existsSync(ARENA_HARD)) throw new Error(`The shared test data is missing: ${ARENA_HARD} (see ../shared/data/README.md)`)
  simulator = await createSimulator({ port: 0 })
  services = createServices({ dataDir, log: silentLogger, env: {}, startSimulator: async () => ({ url: simulator.url, close: async () => {} }) })
})
afterAll(async () => {
  await services?.close()
  await simulator?.close()
  rmSync(dataDir, { recursive: true, force: true })
})

describe('RSE end to end on the simulator', () => {
  it('fills the table, ranks the closer student higher, and calls each role the expected number of times', async () => {
    const events: string[] = []
    services.events.attach((event, payload) => {
      if (event === 'runs.finished') events.push((payload as { status: string }).status)
    })
    const spec = rseSpec()
    const estimate = await services.preflight.estimate(spec, undefined)
    const items = SAMPLE + 8
    // Judge requests are an upper bound: one re-ask per judgement at most.
    expect(estimate.calls).toEqual({ reference: items, student: items * 2, judge: items * 2 * 2 })
    expect(estimate.warnings.join()).toMatch(/simulated/)

    const run = services.runs.start(spec, undefined)
    const finished = await services.runs.manager.settled(run.id)
    expect(finished.status).toBe('completed')
    expect(events).toEqual(['completed'])

    const results: RseResults = await services.results.rseResults(run.id)
    expect(results.sets).toEqual(['arena-hard', 'maths'])
    const [close, far] = results.students
    for (const student of [close!, far!]) {
      expect(student.sets.map((set) => set.n + set.failed)).toEqual([SAMPLE, 8])
      for (const set of student.sets) {
        expect(set.mean).toBeGreaterThanOrEqual(1)
        expect(set.mean).toBeLessThanOrEqual(5)
        expect(set.ci!.low).toBeLessThanOrEqual(set.mean!)
        expect(set.ci!.high).toBeGreaterThanOrEqual(set.mean!)
      }
      const means = student.sets.map((set) => set.mean!)
      expect(student.avg).toBeCloseTo((means[0]! + means[1]!) / 2, 10)
    }
    expect(close!.avg!).toBeGreaterThan(far!.avg! + 0.5)

    const byModel = (model: string) => chatCalls().filter((entry) => entry.model === model && entry.status === 200).length
    expect(byModel('sim-reference')).toBe(items)
    expect(byModel('sim-student-close') + byModel('sim-student-far')).toBe(items * 2)
    expect(byModel('sim-judge')).toBeGreaterThanOrEqual(items * 2)
    expect(results.calls.sent).toBe(chatCalls().length)
  })

  it('a second identical run sends no request and gives the same table', async () => {
    const before = chatCalls().length
    const first = services.runs.list().find((run) => run.status === 'completed')!
    const again = services.runs.start(rseSpec(), undefined)
    expect((await services.runs.manager.settled(again.id)).status).toBe('completed')
    expect(chatCalls().length).toBe(before)
    const strip = (results: RseResults) => results.students.map((student) => [student.avg, student.sets.map((set) => [set.mean, set.n])])
    expect(strip(await services.results.rseResults(again.id))).toEqual(strip(await services.results.rseResults(first.id)))
    expect((await services.results.rseResults(again.id)).calls).toMatchObject({ sent: 0 })
  })

  it('shows every item with both answers and the judgement for the drill-down', async () => {
    const run = services.runs.list().find((entry) => entry.status === 'completed')!
    const page = services.results.rseItems(run.id, { student: 'close', set: 'maths', onlyFailed: false, offset: 0, limit: 50 })
    expect(page.total).toBe(8)
    const row = page.rows[0]!
    expect(row.prompt.length).toBeGreaterThan(10)
    expect(row.reference?.text?.length).toBeGreaterThan(10)
    expect(row.candidate?.text?.length).toBeGreaterThan(10)
    expect(row.judgment?.overall).toBeGreaterThanOrEqual(1)
    expect(row.judgment?.rawReply).toMatch(/```json/)
  })
})
