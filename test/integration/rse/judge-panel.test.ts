import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { silentLogger } from '../../../src/main/core/log'
import { createSimulator, type Simulator } from '../../../src/main/providers/simulator'
import { createServices, type Services } from '../../../src/main/compose-services'
import { createRunsRepo } from '../../../src/main/storage/repos/runs'
import { runSpecSchema, type RseItemRow, type RseResults, type RunSpec } from '../../../src/shared/contract'

/**
 * An RSE run judged by a panel of three simulated judges (issue 13): sim-judge, sim-judge-json (the
 * same scores in another format) and sim-judge-harsh (every score one point lower).
 */
const ITEMS = 10
const STUDENTS = ['close', 'far']
const JUDGE_MODELS = { j1: 'sim-judge', j2: 'sim-judge-json', j3: 'sim-judge-harsh' }

function panelSpec(judges: { judge: string } | { judges: string[] }): RunSpec {
  return runSpecSchema.parse({
    kind: 'rse',
    models: {
      ref: { provider: 'simulator', model: 'sim-reference' },
      close: { provider: 'simulator', model: 'sim-student-close' },
      far: { provider: 'simulator', model: 'sim-student-far' },
      ...Object.fromEntries(Object.entries(JUDGE_MODELS).map(([alias, model]) => [alias, { provider: 'simulator', model }])),
    },
    reference: 'ref',
    students: STUDENTS,
    ...judges,
    promptSets: [
      { name: 'general', setId: 'builtin-general-v1', sample: ITEMS / 2, seed: 5 },
      { name: 'maths', setId: 'builtin-math-v1', sample: ITEMS / 2, seed: 6 },
    ],
    concurrency: 8,
  })
}

let simulator: Simulator
let services: Services
const dataDir = mkdtempSync(join(tmpdir(), 'distillscope-rse-panel-'))
const judgeRequests = (model: string) =>
  simulator.requestLog.filter((entry) => entry.path.endsWith('/chat/completions') && entry.model === model && entry.status === 200).length
const allRows = (runId: string): RseItemRow[] => services.results.rseItems(runId, { onlyFailed: false, offset: 0, limit: 200 }).rows

beforeAll(async () => {
  simulator = await createSimulator({ port: 0 })
  services = createServices({ dataDir, log: silentLogger, env: {}, startSimulator: async () => ({ url: simulator.url, close: async () => {} }) })
})
afterAll(async () => {
  await services?.close()
  await simulator?.close()
  rmSync(dataDir, { recursive: true, force: true })
})

describe('an RSE judge panel on the simulator (issue 13)', () => {
  let panelRunId = ''

  it("asks every judge about every answer, stores each judge's scores and gives the panel's and each judge's results", async () => {
    const spec = panelSpec({ judges: ['j1', 'j2', 'j3'] })
    expect((await services.preflight.estimate(spec, undefined)).calls).toEqual({ reference: ITEMS, student: ITEMS * 2, judge: 2 * ITEMS * 2 * 3 })
    const run = services.runs.start(spec, undefined)
    expect((await services.runs.manager.settled(run.id)).status).toBe('completed')
    panelRunId = run.id

    const perJudgement = ITEMS * STUDENTS.length
    // The simulated judges always give a readable reply, so no re-ask: exactly one request per judge and answer.
    for (const model of Object.values(JUDGE_MODELS)) expect(judgeRequests(model)).toBe(perJudgement)

    const results: RseResults = await services.results.rseResults(run.id)
    expect(results.judges).toEqual([
      { alias: 'j1', model: 'sim-judge' },
      { alias: 'j2', model: 'sim-judge-json' },
      { alias: 'j3', model: 'sim-judge-harsh' },
    ])
    expect(results.judge).toEqual({ alias: 'j1', model: 'sim-judge' })
    expect(results.perJudge?.map((entry) => entry.judge)).toEqual(['j1', 'j2', 'j3'])
    const avgOf = (judge: string) => results.perJudge!.find((entry) => entry.judge === judge)!.students.map((student) => student.avg!)
    expect(avgOf('j2')).toEqual(avgOf('j1'))
    avgOf('j3').forEach((avg, i) => expect(avg).toBeLessThan(avgOf('j1')[i]!))

    // Agreement (issue 13 item 2): j1 and j2 always agree, harsh j3 is a point lower unless the score is already 1.
    const agreement = results.agreement!
    expect(agreement.items).toBe(perJudgement)
    expect(agreement.alpha!).toBeGreaterThan(0)
    expect(agreement.alpha!).toBeLessThan(1)
    expect(agreement.ci![0]).toBeLessThanOrEqual(agreement.alpha!)
    expect(agreement.ci![1]).toBeGreaterThanOrEqual(agreement.alpha!)
    expect(agreement.exact!).toBeGreaterThanOrEqual(1 / 3)
    expect(agreement.exact!).toBeLessThan(1)
    expect(agreement.withinOne).toBe(1)

    const rows = allRows(run.id)
    expect(rows).toHaveLength(perJudgement)
    for (const row of rows) {
      expect(row.judges?.map((judgment) => judgment.judge)).toEqual(['j1', 'j2', 'j3'])
      const scores = row.judges!.map((judgment) => judgment.overall!)
      expect(row.judgment?.overall).toBeCloseTo((scores[0]! + scores[1]! + scores[2]!) / 3, 10)
      expect(row.judges![0]!.rawReply).toMatch(/\S/)
    }
    // The panel's Avg is the mean over sets of the mean over items of the per-item panel means.
    results.students.forEach((student) => {
      const setMeans = results.sets.map((set) => {
        const own = rows.filter((row) => row.student === student.alias && row.setName === set).map((row) => row.judgment!.overall!)
        return own.reduce((sum, value) => sum + value, 0) / own.length
      })
      expect(student.avg).toBeCloseTo(setMeans.reduce((sum, value) => sum + value, 0) / setMeans.length, 10)
    })
  })

  it("a resumed run with one judge's judgements gone asks only that judge again", async () => {
    services.db.prepare("DELETE FROM rse_judgments WHERE run_id = ? AND judge_alias = 'j3'").run(panelRunId)
    // Without the response cache's copies of the judges' replies, judge calls reach the simulator, so they can be counted
    // there (the answers are stored as cache keys, so their entries stay).
    services.db.prepare('DELETE FROM llm_cache WHERE key NOT IN (SELECT cache_key FROM rse_answers WHERE cache_key IS NOT NULL)').run()
    createRunsRepo(services.db).setStatus(panelRunId, 'interrupted')
    const before = Object.fromEntries(
      ['sim-reference', 'sim-student-close', 'sim-student-far', ...Object.values(JUDGE_MODELS)].map((m) => [m, judgeRequests(m)]),
    )
    services.runs.manager.resume(panelRunId)
    expect((await services.runs.manager.settled(panelRunId)).status).toBe('completed')
    const sent = (model: string) => judgeRequests(model) - before[model]!
    expect(sent('sim-judge-harsh')).toBe(ITEMS * STUDENTS.length)
    for (const model of ['sim-reference', 'sim-student-close', 'sim-student-far', 'sim-judge', 'sim-judge-json']) expect(sent(model)).toBe(0)
    expect(allRows(panelRunId).every((row) => row.judges?.length === 3)).toBe(true)
  })

  it('a single-judge spec ("judge") gives the results of before panels: no per-judge results or item judgements', async () => {
    const run = services.runs.start(panelSpec({ judge: 'j1' }), undefined)
    expect((await services.runs.manager.settled(run.id)).status).toBe('completed')
    const results = await services.results.rseResults(run.id)
    expect(results.perJudge).toBeUndefined()
    expect(results.judges).toEqual([{ alias: 'j1', model: 'sim-judge' }])
    const panel = await services.results.rseResults(panelRunId)
    expect(results.students.map((student) => student.avg)).toEqual(panel.perJudge![0]!.students.map((student) => student.avg))
    const [row] = allRows(run.id)
    expect(row?.judges).toBeUndefined()
    expect(row?.judgment?.rawReply).toMatch(/```json/)
  })
})
