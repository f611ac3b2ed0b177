import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSimulator, type Simulator } from '../../../src/main/providers/simulator'
import { unjudgedCopy } from '../../../src/main/core/evaluators/ice/rejudge-marks'
import { createIceRunsRepo } from '../../../src/main/storage/repos/ice-runs'
import { createRunsRepo } from '../../../src/main/storage/repos/runs'
import { createRseResultsRepo } from '../../../src/main/storage/repos/rse-results'
import { runSpecSchema, type IceResults, type RseResults, type RunDetail } from '../../../src/shared/contract'
import { useServices } from '../../support/services'

/**
 * Re-judging a finished run (issue 13 item 3) on the simulator: the new run starts with the first
 * run's answers and sends judge requests only; its results are its judges'; the first run is untouched.
 */
let simulator: Simulator
const open = useServices()

beforeAll(async () => {
  simulator = await createSimulator({ port: 0, seed: 5 })
})
afterAll(async () => {
  await simulator?.close()
})

const model = (id: string) => ({ provider: 'custom', baseURL: `${simulator.url}/v1`, model: id })
const lastId = () => simulator.requestLog.at(-1)?.id ?? 0
const chatSince = (from: number) => simulator.requestLog.filter((entry) => entry.id > from && entry.path.endsWith('/chat/completions'))
const ITEMS = 6

const rseSpec = () =>
  runSpecSchema.parse({
    kind: 'rse',
    models: { ref: model('sim-reference'), close: model('sim-student-close'), far: model('sim-student-far'), judge: model('sim-judge') },
    reference: 'ref',
    students: ['close', 'far'],
    judge: 'judge',
    promptSets: [{ name: 'maths', setId: 'builtin-math-v1', sample: ITEMS, seed: 3 }],
    concurrency: 4,
  })

const iceSpec = () =>
  runSpecSchema.parse({
    kind: 'ice',
    models: { target: model('sim-target-leaky'), helper: model('sim-helper'), judge: model('sim-judge') },
    target: 'target',
    helper: 'helper',
    judge: 'judge',
    targetFact: 'I am Simulated Model, a large language model developed by Distillscope Labs, a company based in Lisbon, Portugal.',
    questions: { builtin: 'identity-en' },
    seeds: { builtin: 'distillscope-roleplay-v1' },
    preset: 'gptfuzz-original',
    budget: { maxQueries: 50 },
    seed: 11,
    concurrency: 4,
  })

describe('re-judging a finished run', () => {
  it('RSE: only judge requests (items x students), a harsher judge lowers every Avg, the first run unchanged', { timeout: 120_000 }, async () => {
    const { services, ok } = open()
    const { runId: first } = await ok<{ runId: string }>('runs.start', { spec: rseSpec() })
    expect((await services.runs.manager.settled(first)).status).toBe('completed')
    const before = await ok<RseResults>('results.rse', { runId: first })
    const firstJudgments = createRseResultsRepo(services.db).judgments(first)

    const from = lastId()
    const { runId } = await ok<{ runId: string }>('runs.rejudge', { id: first, judges: { models: { harsh: model('sim-judge-harsh') }, judges: ['harsh'] } })
    expect((await services.runs.manager.settled(runId)).status).toBe('completed')
    const sent = chatSince(from)
    expect(sent.length).toBe(ITEMS * 2)
    expect(new Set(sent.map((entry) => entry.model))).toEqual(new Set(['sim-judge-harsh']))

    const after = await ok<RseResults>('results.rse', { runId })
    for (const [index, student] of after.students.entries()) expect(student.avg!).toBeLessThan(before.students[index]!.avg!)
    const detail = await ok<RunDetail>('runs.get', { id: runId })
    expect(detail.rejudgeOf).toBe(first)
    expect(detail.name).toMatch(/^Re-judge of RSE: /)
    expect(detail.spec).toMatchObject({ judges: ['harsh'], reference: 'ref', students: ['close', 'far'] })
    expect('judge' in detail.spec).toBe(false)
    // The first run keeps its own judgements and results.
    expect(createRseResultsRepo(services.db).judgments(first)).toEqual(firstJudgments)
    expect((await ok<RseResults>('results.rse', { runId: first })).students.map((student) => student.avg)).toEqual(
      before.students.map((student) => student.avg),
    )
  })

  it('ICE: only judge requests, every verdict reversed by the contrary judge, the tree kept', { timeout: 120_000 }, async () => {
    const { services, ok } = open()
    const { runId: first } = await ok<{ runId: string }>('runs.start', { spec: iceSpec() })
    expect((await services.runs.manager.settled(first)).status).toBe('completed')
    const before = await ok<IceResults>('results.ice', { runId: first })
    expect(before.scores.looseUnjudged).toBe(0)

    const from = lastId()
    const { runId } = await ok<{ runId: string }>('runs.rejudge', {
      id: first,
      judges: { models: { contrary: model('sim-judge-contrary') }, judges: ['contrary'] },
    })
    expect((await services.runs.manager.settled(runId)).status).toBe('completed')
    const sent = chatSince(from)
    expect(sent.length).toBeGreaterThan(0)
    expect(sent.every((entry) => entry.persona === 'judge' && entry.model === 'sim-judge-contrary')).toBe(true)

    const after = await ok<IceResults>('results.ice', { runId })
    expect(after.scores.rows).toBe(before.scores.rows)
    expect(after.scores.looseUnjudged).toBe(0)
    expect(after.scores.loose.rate).toBeCloseTo(1 - before.scores.loose.rate!, 10)
    const repo = createIceRunsRepo(services.db)
    const firstRows = repo.rows(first)
    const rows = repo.rows(runId)
    expect(rows.map((row) => [row.mutantId, row.questionIndex, row.answer])).toEqual(firstRows.map((row) => [row.mutantId, row.questionIndex, row.answer]))
    rows.forEach((row, index) => expect(row.loose.verdict).toBe(1 - firstRows[index]!.loose.verdict!))
    expect(repo.nodes(runId)).toEqual(repo.nodes(first))
    expect(repo.state(runId)).toEqual(repo.state(first))
  })

  it('ICE: an interrupted re-judge resumes with the rows still waiting and judges nothing twice', { timeout: 120_000 }, async () => {
    const { services, ok } = open()
    const { runId: first } = await ok<{ runId: string }>('runs.start', { spec: iceSpec() })
    expect((await services.runs.manager.settled(first)).status).toBe('completed')
    const { runId } = await ok<{ runId: string }>('runs.rejudge', {
      id: first,
      judges: { models: { contrary: model('sim-judge-contrary') }, judges: ['contrary'] },
    })
    expect((await services.runs.manager.settled(runId)).status).toBe('completed')
    const repo = createIceRunsRepo(services.db)
    const judged = repo.rows(runId)
    // As if the run had stopped before judging three negatives (one loose call each with this judge).
    const waiting = judged.filter((row) => row.loose.verdict === 0).slice(0, 3)
    expect(waiting).toHaveLength(3)
    for (const row of waiting) repo.saveRow(runId, unjudgedCopy(row))
    createRunsRepo(services.db).setStatus(runId, 'interrupted')

    // The same questions were asked of the same judge before, so the response cache answers them: counted in the call log.
    const callsOf = () => (services.db.prepare('SELECT COUNT(*) AS n FROM llm_calls WHERE run_id = ?').get(runId) as { n: number }).n
    const callsBefore = callsOf()
    const from = lastId()
    services.runs.manager.resume(runId)
    expect((await services.runs.manager.settled(runId)).status).toBe('completed')
    expect(callsOf() - callsBefore).toBe(3)
    expect(chatSince(from)).toHaveLength(0)
    expect(repo.rows(runId).map((row) => row.loose.verdict)).toEqual(judged.map((row) => row.loose.verdict))
  })

  it('panels: every judge of the new panel judges every answer (RSE items x students x judges; ICE splits counted apart)', { timeout: 120_000 }, async () => {
    const { services, ok } = open()
    const { runId: rse } = await ok<{ runId: string }>('runs.start', { spec: rseSpec() })
    expect((await services.runs.manager.settled(rse)).status).toBe('completed')
    const panel = { models: { harsh: model('sim-judge-harsh'), json: model('sim-judge-json') }, judges: ['harsh', 'json'] }
    let from = lastId()
    const { runId: rsePanel } = await ok<{ runId: string }>('runs.rejudge', { id: rse, judges: panel })
    expect((await services.runs.manager.settled(rsePanel)).status).toBe('completed')
    const sent = chatSince(from)
    expect(sent.filter((entry) => entry.model === 'sim-judge-harsh')).toHaveLength(ITEMS * 2)
    expect(sent.filter((entry) => entry.model === 'sim-judge-json')).toHaveLength(ITEMS * 2)
    expect(sent).toHaveLength(ITEMS * 2 * 2)
    expect((await ok<RseResults>('results.rse', { runId: rsePanel })).judges?.map((judge) => judge.alias)).toEqual(['harsh', 'json'])

    const { runId: ice } = await ok<{ runId: string }>('runs.start', { spec: iceSpec() })
    expect((await services.runs.manager.settled(ice)).status).toBe('completed')
    from = lastId()
    const { runId: icePanel } = await ok<{ runId: string }>('runs.rejudge', {
      id: ice,
      judges: { models: { judge: model('sim-judge'), contrary: model('sim-judge-contrary') }, judges: ['judge', 'contrary'] },
    })
    expect((await services.runs.manager.settled(icePanel)).status).toBe('completed')
    expect(chatSince(from).every((entry) => entry.persona === 'judge')).toBe(true)
    const results = await ok<IceResults>('results.ice', { runId: icePanel })
    // The two judges disagree on every answer: every row is a split, none a judge failure.
    expect(results.scores.looseSplits).toBe(results.scores.rows - results.scores.targetErrors)
    expect(results.scores.looseUnjudged).toBe(0)
  })

  it(
    'refuses a running run, an alias the run uses for another model and a judge the file does not define, leaving no run behind',
    { timeout: 120_000 },
    async () => {
      const { services, ok, call } = open()
      const { runId: first } = await ok<{ runId: string }>('runs.start', { spec: rseSpec() })
      const running = await call('runs.rejudge', { id: first, judges: { models: { harsh: model('sim-judge-harsh') }, judges: ['harsh'] } })
      expect(running).toMatchObject({ ok: false, error: { code: 'conflict' } })
      expect(JSON.stringify(running)).toMatch(/still (running|starting)/)
      expect((await services.runs.manager.settled(first)).status).toBe('completed')
      const runsBefore = services.runs.list().length

      const clash = await call('runs.rejudge', { id: first, judges: { models: { far: model('sim-judge-harsh') }, judges: ['far'] } })
      expect(clash).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
      expect(clash.ok ? '' : clash.error.message).toMatch(/"far" is a different model/)
      const undefinedJudge = await call('runs.rejudge', { id: first, judges: { models: {}, judges: ['nobody'] } })
      expect(JSON.stringify(undefinedJudge)).toMatch(/nobody/)
      expect(services.runs.list().length).toBe(runsBefore)
    },
  )
})
