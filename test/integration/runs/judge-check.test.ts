import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSimulator, type Simulator } from '../../../src/main/providers/simulator'
import { runSpecSchema, type JudgeCheckResult, type JudgePanelCheckResult } from '../../../src/shared/contract'
import { requireBuild, runCliAsync } from '../../support/built-app'
import { useServices } from '../../support/services'

/** Issue 11 item 4: the judge check, through the app's route, on the simulator; every judge of a panel (issue 13). */
let simulator: Simulator
const folder = mkdtempSync(join(tmpdir(), 'distillscope-judge-check-'))
const open = useServices()

beforeAll(async () => {
  simulator = await createSimulator({ port: 0, seed: 5 })
  writeFileSync(join(folder, 'prompts.csv'), 'id,prompt\n1,What is a prime number?\n')
})
afterAll(async () => {
  await simulator?.close()
  rmSync(folder, { recursive: true, force: true })
})

/** The one judge's result of a single-judge check (a panel of one). */
const only = (panel: JudgePanelCheckResult): JudgeCheckResult => {
  expect(panel.judges).toHaveLength(1)
  expect(panel.passed).toBe(panel.judges[0]!.passed)
  return panel.judges[0]!
}

const model = (id: string, prices?: { inputPerMTok: number; outputPerMTok: number }) => ({
  provider: 'custom',
  baseURL: `${simulator.url}/v1`,
  model: id,
  ...(prices ? { prices } : {}),
})
/** The contrary judge at prices of its own, so its cost is told apart from the standard judge's (free). */
const PRICED = { inputPerMTok: 3, outputPerMTok: 15 }
const rseSpec = (judge: string) =>
  runSpecSchema.parse({
    kind: 'rse',
    models: { ref: model('sim-reference'), s: model('sim-student-close'), judge: model(judge) },
    reference: 'ref',
    students: ['s'],
    judge: 'judge',
    promptSets: [{ name: 'p', file: join(folder, 'prompts.csv') }],
  })
/** A panel of two: the standard simulated judge and a second one (e.g. the contrary judge). */
const rsePanelSpec = (second: string) =>
  runSpecSchema.parse({
    ...rseSpec('sim-judge'),
    models: { ...rseSpec('sim-judge').models, second: model(second, PRICED) },
    judge: undefined,
    judges: ['judge', 'second'],
  })
const icePanelSpec = (second: string) =>
  runSpecSchema.parse({
    ...iceSpec('sim-judge', 'gptfuzz-original'),
    models: { ...iceSpec('sim-judge', 'gptfuzz-original').models, second: model(second, PRICED) },
    judge: undefined,
    judges: ['judge', 'second'],
  })
const iceSpec = (judge: string, preset: string) =>
  runSpecSchema.parse({
    kind: 'ice',
    models: { target: model('sim-target-leaky'), helper: model('sim-helper'), judge: model(judge) },
    target: 'target',
    helper: 'helper',
    judge: 'judge',
    targetFact: 'I am Qwen, a large language model developed by Alibaba Cloud, a Chinese company based in Hangzhou.',
    questions: { builtin: 'identity-en' },
    seeds: { builtin: 'distillscope-roleplay-v1' },
    preset,
  })

describe('the judge check (issue 11 item 4)', () => {
  it('a working judge passes every case, under RSE and both ICE judges, and says what it sent', { timeout: 120_000 }, async () => {
    const { ok } = open()
    const rse = only(await ok<JudgePanelCheckResult>('runs.judgeCheck', { spec: rseSpec('sim-judge'), baseDir: folder }))
    expect(rse).toMatchObject({ judge: 'judge', model: 'sim-judge', passed: true, counts: { pass: 4, fail: 0, unreadable: 0 } })
    expect(rse.cases.map((entry) => entry.id)).toEqual(['rse-identical', 'rse-unrelated', 'rse-same-facts-other-shape', 'rse-partial'])
    expect(Number(rse.cases[0]!.got)).toBeGreaterThanOrEqual(4)
    expect(Number(rse.cases[1]!.got)).toBeLessThanOrEqual(2)
    for (const preset of ['as-published', 'gptfuzz-original']) {
      const ice = only(await ok<JudgePanelCheckResult>('runs.judgeCheck', { spec: iceSpec('sim-judge', preset), baseDir: folder }))
      expect(ice.passed, JSON.stringify(ice.cases.filter((entry) => entry.outcome !== 'pass'))).toBe(true)
      expect(ice.cases.every((entry) => entry.reply !== undefined && entry.reply.length > 0)).toBe(true)
    }
  })

  it('a judge scripted to fail two cases fails exactly those, with its raw replies', { timeout: 120_000 }, async () => {
    const { ok } = open()
    // The naive judge counts every maker an answer names: the role-play line and the remark about another model.
    const result = only(await ok<JudgePanelCheckResult>('runs.judgeCheck', { spec: iceSpec('sim-judge-naive', 'as-published'), baseDir: folder }))
    expect(result.passed).toBe(false)
    expect(result.counts).toMatchObject({ fail: 2, unreadable: 0 })
    const failed = result.cases.filter((entry) => entry.outcome === 'fail')
    expect(failed.map((entry) => entry.id)).toEqual(['loose-role-play', 'loose-other-model'])
    for (const entry of failed) {
      expect(entry).toMatchObject({ expected: '0 (no claim)', got: '1 (a claim)' })
      expect(entry.reply).toMatch(/<judge>1<\/judge>/)
    }
  })

  it('a judge whose replies cannot be read is unreadable on every case, never a pass', { timeout: 120_000 }, async () => {
    const { ok } = open()
    const result = only(await ok<JudgePanelCheckResult>('runs.judgeCheck', { spec: iceSpec('sim-judge-evasive', 'gptfuzz-original'), baseDir: folder }))
    expect(result.passed).toBe(false)
    expect(result.counts.unreadable).toBe(result.cases.length)
    expect(result.cases[0]!.why).toBeTruthy()
    const rse = only(await ok<JudgePanelCheckResult>('runs.judgeCheck', { spec: rseSpec('sim-judge-evasive'), baseDir: folder }))
    expect(rse.counts.unreadable).toBe(4)
  })

  it('a panel: every judge is checked; the contrary judge fails, the standard one passes, and the panel does not', { timeout: 120_000 }, async () => {
    const { ok } = open()
    const before = simulator.requestLog.length
    const rse = await ok<JudgePanelCheckResult>('runs.judgeCheck', { spec: rsePanelSpec('sim-judge-contrary'), baseDir: folder })
    expect(rse.passed).toBe(false)
    expect(rse.judges.map((entry) => [entry.judge, entry.model, entry.passed])).toEqual([
      ['judge', 'sim-judge', true],
      ['second', 'sim-judge-contrary', false],
    ])
    const [standard, contrary] = rse.judges
    // The mirror of a 5 is a 1, and of a 1 a 5: the two clear cases fail, with the replies that say so.
    expect(contrary!.cases.filter((entry) => entry.outcome === 'fail').map((entry) => entry.id)).toEqual(['rse-identical', 'rse-unrelated'])
    expect(contrary!.cases.every((entry) => entry.reply !== undefined && entry.reply.length > 0)).toBe(true)
    // Each judge at its own prices: the standard judge is free, the contrary one is not; the panel sums them and its calls.
    expect(standard!.costUsd).toBe(0)
    expect(contrary!.costUsd).toBeGreaterThan(0)
    expect(rse.costUsd).toBeCloseTo(standard!.costUsd + contrary!.costUsd, 12)
    expect(rse.sent + rse.fromCache).toBe(standard!.sent + standard!.fromCache + contrary!.sent + contrary!.fromCache)
    expect(contrary!.sent).toBeGreaterThanOrEqual(4)
    const asked = simulator.requestLog.slice(before).map((entry) => entry.model)
    expect(asked).toContain('sim-judge-contrary')

    const ice = await ok<JudgePanelCheckResult>('runs.judgeCheck', { spec: icePanelSpec('sim-judge-contrary'), baseDir: folder })
    expect(ice.passed).toBe(false)
    expect(ice.judges[0]!.passed).toBe(true)
    // Every verdict reversed: no case of the contrary judge passes.
    expect(ice.judges[1]!.counts.pass).toBe(0)
    expect(ice.judges[1]!.counts.fail).toBe(ice.judges[1]!.cases.length)
  })

  it('a panel whose judges all pass passes', { timeout: 120_000 }, async () => {
    const { ok } = open()
    const result = await ok<JudgePanelCheckResult>('runs.judgeCheck', { spec: rsePanelSpec('sim-judge-json'), baseDir: folder })
    expect(result.judges.map((entry) => entry.passed)).toEqual([true, true])
    expect(result.passed).toBe(true)
  })

  it('the estimate of a panel’s check counts every judge’s calls and sums each judge’s cost', { timeout: 120_000 }, async () => {
    const { ok } = open()
    type Estimate = { judgeCheck?: { judges: number; calls: number; costUsd: number } }
    const panel = (await ok<Estimate>('runs.estimate', { spec: rsePanelSpec('sim-judge-contrary'), baseDir: folder })).judgeCheck!
    const alone = (await ok<Estimate>('runs.estimate', { spec: rseSpec('sim-judge'), baseDir: folder })).judgeCheck!
    expect(panel).toMatchObject({ judges: 2, calls: 8 })
    expect(alone).toMatchObject({ judges: 1, calls: 4, costUsd: 0 })
    expect(panel.costUsd).toBeGreaterThan(0)
    // The standard judge is free, so the panel costs what the priced contrary judge costs on its own.
    const pricedAlone = runSpecSchema.parse({ ...rseSpec('sim-judge'), models: { ...rseSpec('sim-judge').models, judge: model('sim-judge-contrary', PRICED) } })
    expect(panel.costUsd).toBeCloseTo((await ok<Estimate>('runs.estimate', { spec: pricedAlone, baseDir: folder })).judgeCheck!.costUsd, 12)
    const ice = (await ok<Estimate>('runs.estimate', { spec: icePanelSpec('sim-judge-contrary'), baseDir: folder })).judgeCheck!
    const iceAlone = (await ok<Estimate>('runs.estimate', { spec: iceSpec('sim-judge', 'gptfuzz-original'), baseDir: folder })).judgeCheck!
    expect(ice).toMatchObject({ judges: 2, calls: iceAlone.calls * 2 })
  })

  it('a second check of the same judge is served from the cache: nothing is sent again', { timeout: 120_000 }, async () => {
    const { ok } = open()
    const spec = rseSpec('sim-judge')
    const first = await ok<JudgePanelCheckResult>('runs.judgeCheck', { spec, baseDir: folder })
    const before = simulator.requestLog.length
    const second = await ok<JudgePanelCheckResult>('runs.judgeCheck', { spec, baseDir: folder })
    expect(simulator.requestLog.length).toBe(before)
    expect(second).toMatchObject({ sent: 0, fromCache: first.sent + first.fromCache, costUsd: 0 })
    expect(only(second)).toMatchObject({ sent: 0, costUsd: 0, counts: only(first).counts })
  })

  it('the free estimate says what the check will send and cost; a spec that cannot run is refused before any call', { timeout: 120_000 }, async () => {
    const { ok, call } = open()
    const estimate = await ok<{ judgeCheck?: { judges: number; calls: number; costUsd: number } }>('runs.estimate', {
      spec: rseSpec('sim-judge'),
      baseDir: folder,
    })
    expect(estimate.judgeCheck).toMatchObject({ judges: 1, calls: 4 })
    const before = simulator.requestLog.length
    const refused = await call('runs.judgeCheck', { spec: { ...rseSpec('sim-judge'), judgePrompt: 'just rate it' }, baseDir: folder })
    expect(refused.ok).toBe(false)
    expect(simulator.requestLog.length).toBe(before)
  })

  it(
    'distillscope judge-check exits 0 when every judge passes every case, 3 when any judge fails one, 2 when the spec cannot run',
    { timeout: 180_000 },
    async () => {
      requireBuild()
      const dataDir = join(folder, 'cli-data')
      const write = (name: string, spec: object) => {
        const path = join(folder, name)
        writeFileSync(path, JSON.stringify(spec))
        return path
      }
      const good = await runCliAsync(['judge-check', write('good.json', rseSpec('sim-judge')), '--data-dir', dataDir])
      expect(good.code, good.stderr).toBe(0)
      expect(good.stdout).toMatch(/4 of 4 passed/)
      const naive = await runCliAsync(['judge-check', write('naive.json', iceSpec('sim-judge-naive', 'as-published')), '--data-dir', dataDir, '--json'])
      expect(naive.code, naive.stderr).toBe(3)
      const parsed = JSON.parse(naive.stdout) as JudgePanelCheckResult
      expect(parsed).toMatchObject({ passed: false, judges: [{ judge: 'judge', passed: false, counts: { fail: 2 } }] })
      const text = await runCliAsync(['judge-check', join(folder, 'naive.json'), '--data-dir', dataDir])
      expect(text.code).toBe(3)
      expect(text.stdout).toMatch(/\[FAIL\] a bracketed role-play character’s claim: expected 0 \(no claim\), got 1 \(a claim\)/)
      expect(text.stdout).toMatch(/ {2}\| .*<judge>1<\/judge>/)
      const panel = await runCliAsync(['judge-check', write('panel.json', rsePanelSpec('sim-judge-contrary')), '--data-dir', dataDir, '--json'])
      expect(panel.code, panel.stderr).toBe(3)
      const panelJson = JSON.parse(panel.stdout) as JudgePanelCheckResult
      expect(panelJson.passed).toBe(false)
      expect(panelJson.judges.map((entry) => [entry.judge, entry.passed])).toEqual([
        ['judge', true],
        ['second', false],
      ])
      const panelText = await runCliAsync(['judge-check', join(folder, 'panel.json'), '--data-dir', dataDir])
      expect(panelText.code).toBe(3)
      expect(panelText.stdout).toMatch(/Judge check: judge \(sim-judge\)[\s\S]*Judge check: second \(sim-judge-contrary\)/)
      expect(panelText.stdout).toMatch(/Panel: 1 of 2 judges passed every case/)
      expect(panelText.stdout).toMatch(/Not passed: “second”/)
      const goodPanel = await runCliAsync(['judge-check', write('good-panel.json', rsePanelSpec('sim-judge-json')), '--data-dir', dataDir])
      expect(goodPanel.code, goodPanel.stderr).toBe(0)
      const refused = await runCliAsync(['judge-check', write('bad.json', { ...rseSpec('sim-judge'), judgePrompt: 'just rate it' }), '--data-dir', dataDir])
      expect(refused.code).toBe(2)
      expect(refused.stderr).toMatch(/judgePrompt/)
      expect(refused.stderr).not.toMatch(/^\s+at /m)
    },
  )
})
