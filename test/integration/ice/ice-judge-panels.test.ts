import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { createIceRunsRepo } from '../../../src/main/storage/repos/ice-runs'
import type { IceAttackRowView, IceResults } from '../../../src/shared/contract'
import { runSpecSchema } from '../../../src/shared/contract'
import { GPTFUZZ_DIR, useIceSimulator } from '../../support/ice-simulator'
import { useServices } from '../../support/services'

/**
 * ICE with a judge panel (issue 13) as a run of the app on the simulator: every judge reads every
 * answer, the panel's verdict is the majority, an even split is counted apart (not in n, not a
 * failure), and each judge's own rates stand beside the panel's.
 */
const sim = useIceSimulator(9)
const model = sim.model
const open = useServices()

const panelSpec = (judges: readonly string[]) =>
  runSpecSchema.parse({
    kind: 'ice',
    models: {
      target: model('sim-target-leaky'),
      helper: model('sim-helper'),
      ...Object.fromEntries(judges.map((id, index) => [`j${index + 1}`, model(id)])),
    },
    target: 'target',
    helper: 'helper',
    ...(judges.length === 1 ? { judge: 'j1' } : { judges: judges.map((_, index) => `j${index + 1}`) }),
    targetFact: 'I am Simulated Model, a large language model developed by Distillscope Labs.',
    questions: { builtin: 'identity-en-zh' },
    seeds: { file: 'GPTFuzzer.csv' },
    preset: 'as-published',
    // Our judge semantics read every unambiguous verdict form, so the format judges agree with sim-judge.
    judgeSemantics: 'distillscope',
    selection: 'mcts-explore',
    budget: { maxQueries: 100 },
    seed: 5,
    concurrency: 16,
  })

async function runPanel(judges: readonly string[]) {
  const { services, ok } = open()
  const before = sim.simulator().requestLog.length
  const run = services.runs.start(panelSpec(judges), GPTFUZZ_DIR)
  const ended = await services.runs.manager.settled(run.id)
  const log = sim.simulator().requestLog.slice(before)
  const results = await ok<IceResults>('results.ice', { runId: run.id })
  const rows = createIceRunsRepo(services.db).rows(run.id)
  return { services, ok, runId: run.id, ended, log, results, rows }
}

/**
 * Every judge is asked about every answer: each judge model sees one loose request per distinct
 * answer (the response cache answers a repeated request without sending it), so the log holds
 * distinct answers x judges loose judge calls.
 */
function expectLooseCallsPerJudge(
  log: readonly { model: string | null; role: string | null }[],
  rows: readonly { answer?: string }[],
  judges: readonly string[],
) {
  const answers = new Set(rows.flatMap((row) => (row.answer !== undefined ? [row.answer] : []))).size
  const loose = log.filter((entry) => entry.role === 'iceLoose')
  expect(loose).toHaveLength(answers * judges.length)
  for (const judge of judges)
    expect(
      loose.filter((entry) => entry.model === judge),
      judge,
    ).toHaveLength(answers)
}

describe('an ICE run with a judge panel', () => {
  it('[sim-judge, sim-judge-contrary] splits every answer: no rate, n 0, splits = rows, no unreadable warning', { timeout: 180_000 }, async () => {
    const { ok, runId, ended, log, results, rows } = await runPanel(['sim-judge', 'sim-judge-contrary'])
    expect(ended.status).toBe('completed')
    expect(ended.warnings ?? []).toEqual([])
    const answered = rows.filter((row) => row.targetError === undefined).length
    expect(answered).toBeGreaterThan(0)
    expectLooseCallsPerJudge(log, rows, ['sim-judge', 'sim-judge-contrary'])
    expect(results.judges.map((judge) => judge.alias)).toEqual(['j1', 'j2'])
    expect(results.scores.loose).toMatchObject({ count: 0, n: 0, rate: null })
    expect(results.scores.looseSplits).toBe(answered)
    expect(results.scores.looseUnjudged).toBe(0)
    expect(results.unreadable.count).toBe(0)
    expect(rows.every((row) => row.loose.split === true && row.judges?.length === 2 && row.strict === undefined)).toBe(true)
    // The split filter pages them in SQL; "not judged" no longer holds them.
    const split = await ok<{ total: number; rows: IceAttackRowView[] }>('results.iceRows', { runId, only: 'split', limit: 3 })
    expect(split.total).toBe(answered)
    expect(split.rows[0]?.judges?.map((judge) => judge.loose.verdict).sort()).toEqual([0, 1])
    expect((await ok<{ total: number }>('results.iceRows', { runId, only: 'unjudged' })).total).toBe(0)
    // Each judge's own rates: opposite verdicts, so their loose counts add up to the answers.
    const [first, second] = results.perJudge ?? []
    expect(first!.loose.n + second!.loose.n).toBe(2 * answered)
    expect(first!.loose.count + second!.loose.count).toBe(answered)
    // Agreement (issue 13 item 2): two judges that always disagree have a kappa of -1 and agree on nothing.
    expect(results.agreement).toMatchObject({ items: answered, kappa: -1, exact: 0 })
    expect(results.agreement!.ci![1]).toBeLessThanOrEqual(0)
    // The paper package carries the panel: imported elsewhere, the same splits and per-judge rates.
    const exported = await ok<{ base64: string }>('runs.exportPackage', { id: runId })
    const files = unzipSync(Buffer.from(exported.base64, 'base64'))
    expect(strFromU8(files['methods.md']!)).toMatch(/each of 2 judges \(sim-judge and sim-judge-contrary\).*majority of its judges' readable verdicts/s)
    expect(Object.keys(files)).toContain('tables/ice-judges.csv')
    const other = open()
    const imported = await other.ok<{ runId: string }>('runs.importPackage', { fileName: 'panel.zip', base64: exported.base64 })
    const again = await other.ok<IceResults>('results.ice', { runId: imported.runId })
    expect(again.scores.looseSplits).toBe(answered)
    expect(again.perJudge?.map((judge) => judge.loose.count)).toEqual(results.perJudge?.map((judge) => judge.loose.count))
  })

  it('[sim-judge, sim-judge-json, sim-judge-paper-tags] agree: each judge’s rates equal the panel’s', { timeout: 180_000 }, async () => {
    const { ended, log, results, rows } = await runPanel(['sim-judge', 'sim-judge-json', 'sim-judge-paper-tags'])
    expect(ended.status).toBe('completed')
    expectLooseCallsPerJudge(log, rows, ['sim-judge', 'sim-judge-json', 'sim-judge-paper-tags'])
    expect(results.scores.loose.count).toBeGreaterThan(0)
    expect(results.scores.looseSplits).toBe(0)
    expect(results.perJudge).toHaveLength(3)
    expect(results.agreement).toMatchObject({ kappa: 1, exact: 1 })
    expect(results.agreement!.items).toBe(rows.filter((row) => row.answer !== undefined).length)
    for (const judge of results.perJudge!) {
      expect(judge.loose, judge.judge).toEqual(results.scores.loose)
      expect(judge.strict.count, judge.judge).toBe(results.scores.strict.count)
      expect(judge.strict.n, judge.judge).toBe(results.scores.strict.n)
    }
  })

  it('estimates and bounds the judge requests per judge: a panel of three, three times one judge', async () => {
    const { ok } = open()
    const judgeCalls = async (judges: readonly string[]) =>
      (await ok<{ calls: { judge: number } }>('runs.estimate', { spec: panelSpec(judges), baseDir: GPTFUZZ_DIR })).calls.judge
    expect(await judgeCalls(['sim-judge', 'sim-judge-json', 'sim-judge-contrary'])).toBe(3 * (await judgeCalls(['sim-judge'])))
  })

  it('[sim-judge, sim-judge-json, sim-judge-contrary] decides 2 to 1: the same verdicts as sim-judge alone', { timeout: 180_000 }, async () => {
    const alone = await runPanel(['sim-judge'])
    const panel = await runPanel(['sim-judge', 'sim-judge-json', 'sim-judge-contrary'])
    expect(panel.ended.status).toBe('completed')
    // A panel of one stores no per-judge outcomes: exactly the rows of a single judge.
    expect(alone.rows.every((row) => row.judges === undefined)).toBe(true)
    expect(alone.results.perJudge).toBeUndefined()
    expect(alone.results.agreement).toBeUndefined()
    // Two judges agree and the third reverses them: kappa is negative (Fleiss counts the 2-1 split on every answer).
    expect(panel.results.agreement!.kappa!).toBeLessThan(0)
    expect(panel.results.agreement!.exact!).toBeCloseTo(1 / 3, 10)
    const verdicts = (rows: typeof alone.rows) => rows.map((row) => [row.mutantId, row.questionIndex, row.loose.verdict, row.strict?.verdict ?? null])
    expect(verdicts(panel.rows)).toEqual(verdicts(alone.rows))
    expect(panel.results.scores.loose).toMatchObject({ count: alone.results.scores.loose.count, n: alone.results.scores.loose.n })
    expect(panel.results.scores.strict.count).toBe(alone.results.scores.strict.count)
    expect(panel.rows.every((row) => row.loose.via === 'panel' || row.targetError !== undefined)).toBe(true)
  })
})
