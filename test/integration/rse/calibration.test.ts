import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { unzipSync, zipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { silentLogger } from '../../../src/main/core/log'
import { createSimulator, type Simulator } from '../../../src/main/providers/simulator'
import { createServices, type Services } from '../../../src/main/compose-services'
import { runSpecSchema, type RseResults, type RunSpec } from '../../../src/shared/contract'

/**
 * Issue 16 on the simulator: calibration (a second reference sample, a ceiling, a seeded floor),
 * further student samples, and the position-swap check, counted on the simulator's own request log.
 */
const PER_SET = 6
const ITEMS = 2 * PER_SET
const STUDENTS = ['close', 'far']

function spec(options: {
  calibration?: boolean
  studentSamples?: number
  positionCheck?: number
  temperature?: number
  judge?: string
  students?: [close: string, far: string]
}): RunSpec {
  const [closeModel, farModel] = options.students ?? ['sim-student-close', 'sim-student-far']
  const generation = options.temperature !== undefined ? { generation: { temperature: options.temperature } } : {}
  return runSpecSchema.parse({
    kind: 'rse',
    models: {
      ref: { provider: 'simulator', model: 'sim-reference', ...generation },
      close: { provider: 'simulator', model: closeModel, ...generation },
      far: { provider: 'simulator', model: farModel, ...generation },
      judge: { provider: 'simulator', model: options.judge ?? 'sim-judge' },
    },
    reference: 'ref',
    students: STUDENTS,
    judge: 'judge',
    promptSets: [
      { name: 'general', setId: 'builtin-general-v1', sample: PER_SET, seed: 5 },
      { name: 'maths', setId: 'builtin-math-v1', sample: PER_SET, seed: 6 },
    ],
    concurrency: 8,
    ...(options.calibration ? { calibration: true } : {}),
    ...(options.studentSamples ? { studentSamples: options.studentSamples } : {}),
    ...(options.positionCheck ? { positionCheck: options.positionCheck } : {}),
  })
}

let simulator: Simulator
let services: Services
const dataDir = mkdtempSync(join(tmpdir(), 'distillscope-rse-checks-'))
const sent = (model: string) =>
  simulator.requestLog.filter((entry) => entry.path.endsWith('/chat/completions') && entry.model === model && entry.status === 200).length

async function completed(runSpec: RunSpec): Promise<{ runId: string; results: RseResults }> {
  const run = services.runs.start(runSpec, undefined)
  expect((await services.runs.manager.settled(run.id)).status).toBe('completed')
  return { runId: run.id, results: await services.results.rseResults(run.id) }
}

beforeAll(async () => {
  simulator = await createSimulator({ port: 0 })
  services = createServices({ dataDir, log: silentLogger, env: {}, startSimulator: async () => ({ url: simulator.url, close: async () => {} }) })
})
afterAll(async () => {
  await services?.close()
  await simulator?.close()
  rmSync(dataDir, { recursive: true, force: true })
})

describe('RSE calibration on the simulator (issue 16 item 1)', () => {
  it('sends a second reference sample, puts the ceiling near the top and the floor near the bottom, and normalises the close student above the far one', async () => {
    simulator.reset()
    const calibrated = spec({ calibration: true, temperature: 0.2 })
    expect((await services.preflight.estimate(calibrated, undefined)).calls).toEqual({
      reference: 2 * ITEMS,
      student: ITEMS * 2,
      judge: 2 * (ITEMS * 2 + ITEMS + ITEMS * 2),
    })
    const { runId, results } = await completed(calibrated)
    // Sent to the provider, not served from the cache: the second sample is its own cache entry.
    expect(sent('sim-reference')).toBe(2 * ITEMS)
    expect(sent('sim-judge')).toBe(ITEMS * 2 + ITEMS + ITEMS * 2)

    const calibration = results.calibration!
    expect(calibration.referenceGreedy).toBe(false)
    expect(calibration.samplePairs).toBe(ITEMS)
    // Above temperature 0 a real provider (and the simulator) samples anew: most second samples differ.
    expect(calibration.identicalSamples).toBeLessThan(ITEMS)
    expect(calibration.ceiling.mean!).toBeGreaterThanOrEqual(4)
    expect(calibration.floor.mean!).toBeLessThan(2.5)
    expect(calibration.ceiling.sets.map((set) => set.n)).toEqual([PER_SET, PER_SET])
    expect(calibration.floor.ci!.low).toBeLessThanOrEqual(calibration.floor.mean!)

    const [close, far] = results.students
    for (const student of results.students) {
      expect(calibration.ceiling.mean!).toBeGreaterThan(student.avg!)
      expect(calibration.floor.mean!).toBeLessThan(student.avg!)
    }
    expect(close!.normalised!.avg!).toBeGreaterThan(far!.normalised!.avg!)
    expect(close!.normalised!.avgCi!.low).toBeLessThanOrEqual(close!.normalised!.avg!)
    expect(close!.normalised!.sets.map((set) => set.name)).toEqual(['general', 'maths'])

    // The derangement never pairs a prompt with itself, and stays within the prompt's set.
    const floors = services.db
      .prepare(
        `SELECT j.item_id, j.paired_item, j.set_name, p.set_name AS paired_set FROM rse_check_judgments j
         JOIN rse_items p ON p.run_id = j.run_id AND p.item_id = j.paired_item AND p.set_name = j.set_name WHERE j.run_id = ? AND j.kind = 'floor'`,
      )
      .all(runId) as { item_id: string; paired_item: string; set_name: string; paired_set: string }[]
    expect(floors).toHaveLength(ITEMS * 2)
    for (const floor of floors) expect(floor.paired_item).not.toBe(floor.item_id)
  })

  it('travels in a paper package: the imported run has the same ceiling, floor and normalised scores', async () => {
    const { runId, results } = await completed(spec({ calibration: true, positionCheck: 4 }))
    const files = unzipSync(await services.packages.exportPackage(runId))
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['data/rse-extra-answers.jsonl', 'data/rse-check-judgments.jsonl']))
    const imported = services.packages.importPackage(zipSync(files), 'calibrated.zip')
    const again = await services.results.rseResults(imported.id)
    expect(again.calibration).toEqual(results.calibration)
    expect(again.students.map((student) => student.normalised)).toEqual(results.students.map((student) => student.normalised))
    expect(again.positionCheck).toEqual(results.positionCheck)
  })

  it('at temperature 0 says so: every second sample is the first again, and the ceiling is the judge scoring identical answers', async () => {
    const { results } = await completed(spec({ calibration: true }))
    expect(results.calibration!.referenceGreedy).toBe(true)
    expect(results.calibration!.identicalSamples).toBe(ITEMS)
    expect(results.calibration!.ceiling.mean).toBe(5)
  })
})

describe('further student samples on the simulator (issue 16 item 2)', () => {
  it('asks each student k times per prompt, judges every sample, and reports how much a prompt varies', async () => {
    simulator.reset()
    const { results } = await completed(spec({ studentSamples: 3, temperature: 0.7, students: ['sim-student-0.8', 'sim-student-0.35'] }))
    expect(sent('sim-student-0.8')).toBe(3 * ITEMS)
    expect(sent('sim-judge')).toBe(3 * ITEMS * 2)
    expect(results.studentSamples).toBe(3)
    for (const student of results.students) expect(student.withinPromptSd!).toBeGreaterThan(0)
    expect(results.students[0]!.avg!).toBeGreaterThan(results.students[1]!.avg!)
  })
})

describe('the position check on the simulator (issue 16 item 3)', () => {
  it('flags a judge scripted to favour the answer shown first by 0.5, and not an unbiased one', async () => {
    const biased = await completed(spec({ positionCheck: 2 * ITEMS, judge: 'sim-judge-first' }))
    const [check] = biased.results.positionCheck!.judges
    expect(check!.items).toBe(2 * ITEMS)
    expect(check!.flagged).toBe(true)
    expect(check!.meanShift!).toBeLessThan(-0.2)

    const fair = await completed(spec({ positionCheck: 2 * ITEMS }))
    expect(fair.results.positionCheck!.judges[0]!.flagged).toBe(false)
  })
})
