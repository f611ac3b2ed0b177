import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSimulator, type Simulator } from '../../../src/main/providers/simulator'
import { runSpecSchema, type JudgeCheckResult } from '../../../src/shared/contract'
import { requireBuild, runCliAsync } from '../../support/built-app'
import { useServices } from '../../support/services'

/** Issue 11 item 4: the judge check, through the app's route, on the simulator. */
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

const model = (id: string) => ({ provider: 'custom', baseURL: `${simulator.url}/v1`, model: id })
const rseSpec = (judge: string) =>
  runSpecSchema.parse({
    kind: 'rse',
    models: { ref: model('sim-reference'), s: model('sim-student-close'), judge: model(judge) },
    reference: 'ref',
    students: ['s'],
    judge: 'judge',
    promptSets: [{ name: 'p', file: join(folder, 'prompts.csv') }],
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
    const rse = await ok<JudgeCheckResult>('runs.judgeCheck', { spec: rseSpec('sim-judge'), baseDir: folder })
    expect(rse).toMatchObject({ judge: 'judge', model: 'sim-judge', passed: true, counts: { pass: 4, fail: 0, unreadable: 0 } })
    expect(rse.cases.map((entry) => entry.id)).toEqual(['rse-identical', 'rse-unrelated', 'rse-same-facts-other-shape', 'rse-partial'])
    expect(Number(rse.cases[0]!.got)).toBeGreaterThanOrEqual(4)
    expect(Number(rse.cases[1]!.got)).toBeLessThanOrEqual(2)
    for (const preset of ['as-published', 'gptfuzz-original']) {
      const ice = await ok<JudgeCheckResult>('runs.judgeCheck', { spec: iceSpec('sim-judge', preset), baseDir: folder })
      expect(ice.passed, JSON.stringify(ice.cases.filter((entry) => entry.outcome !== 'pass'))).toBe(true)
      expect(ice.cases.every((entry) => entry.reply !== undefined && entry.reply.length > 0)).toBe(true)
    }
  })

  it('a judge scripted to fail two cases fails exactly those, with its raw replies', { timeout: 120_000 }, async () => {
    const { ok } = open()
    // The naive judge counts every maker an answer names: the role-play line and the remark about another model.
    const result = await ok<JudgeCheckResult>('runs.judgeCheck', { spec: iceSpec('sim-judge-naive', 'as-published'), baseDir: folder })
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
    const result = await ok<JudgeCheckResult>('runs.judgeCheck', { spec: iceSpec('sim-judge-evasive', 'gptfuzz-original'), baseDir: folder })
    expect(result.passed).toBe(false)
    expect(result.counts.unreadable).toBe(result.cases.length)
    expect(result.cases[0]!.why).toBeTruthy()
    const rse = await ok<JudgeCheckResult>('runs.judgeCheck', { spec: rseSpec('sim-judge-evasive'), baseDir: folder })
    expect(rse.counts.unreadable).toBe(4)
  })

  it('a second check of the same judge is served from the cache: nothing is sent again', { timeout: 120_000 }, async () => {
    const { ok } = open()
    const spec = rseSpec('sim-judge')
    const first = await ok<JudgeCheckResult>('runs.judgeCheck', { spec, baseDir: folder })
    const before = simulator.requestLog.length
    const second = await ok<JudgeCheckResult>('runs.judgeCheck', { spec, baseDir: folder })
    expect(simulator.requestLog.length).toBe(before)
    expect(second).toMatchObject({ sent: 0, fromCache: first.sent + first.fromCache, costUsd: 0, counts: first.counts })
  })

  it('the free estimate says what the check will send and cost; a spec that cannot run is refused before any call', { timeout: 120_000 }, async () => {
    const { ok, call } = open()
    const estimate = await ok<{ judgeCheck?: { calls: number; costUsd: number } }>('runs.estimate', { spec: rseSpec('sim-judge'), baseDir: folder })
    expect(estimate.judgeCheck).toMatchObject({ calls: 4 })
    const before = simulator.requestLog.length
    const refused = await call('runs.judgeCheck', { spec: { ...rseSpec('sim-judge'), judgePrompt: 'just rate it' }, baseDir: folder })
    expect(refused.ok).toBe(false)
    expect(simulator.requestLog.length).toBe(before)
  })

  it('distillscope judge-check exits 0 when every case passes, 3 when one fails, 2 when the spec cannot run', { timeout: 180_000 }, async () => {
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
    const parsed = JSON.parse(naive.stdout) as JudgeCheckResult
    expect(parsed).toMatchObject({ passed: false, counts: { fail: 2 } })
    const text = await runCliAsync(['judge-check', join(folder, 'naive.json'), '--data-dir', dataDir])
    expect(text.code).toBe(3)
    expect(text.stdout).toMatch(/\[FAIL\] a bracketed role-play character’s claim: expected 0 \(no claim\), got 1 \(a claim\)/)
    expect(text.stdout).toMatch(/ {2}\| .*<judge>1<\/judge>/)
    const refused = await runCliAsync(['judge-check', write('bad.json', { ...rseSpec('sim-judge'), judgePrompt: 'just rate it' }), '--data-dir', dataDir])
    expect(refused.code).toBe(2)
    expect(refused.stderr).toMatch(/judgePrompt/)
    expect(refused.stderr).not.toMatch(/^\s+at /m)
  })
})
