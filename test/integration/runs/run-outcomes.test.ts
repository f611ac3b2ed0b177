import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../../../src/main/storage/database'
import { createSimulator, type Simulator } from '../../../src/main/providers/simulator'
import { requireBuild, runCliAsync } from '../../support/built-app'

/**
 * One test per row of the run-outcome table (docs/spec.md, src/shared/contract/run-outcomes.ts):
 * what `distillscope run` ends with and the exit code it returns.
 */
const GPTFUZZ = resolve('../shared/data/gptfuzz/GPTFuzzer.csv')
let simulator: Simulator
const folder = mkdtempSync(join(tmpdir(), 'distillscope-outcomes-'))

beforeAll(async () => {
  requireBuild()
  simulator = await createSimulator({ port: 0, seed: 7 })
})
afterAll(async () => {
  await simulator?.close()
  rmSync(folder, { recursive: true, force: true })
})

const model = (id: string, extra: Record<string, unknown> = {}) => ({ provider: 'custom', baseURL: `${simulator.url}/v1`, model: id, ...extra })
const iceSpec = (judge: string, extra: Record<string, unknown> = {}, target = model('sim-target-leaky')) => ({
  kind: 'ice',
  models: { target, helper: model('sim-helper'), judge: model(judge) },
  target: 'target',
  helper: 'helper',
  judge: 'judge',
  targetFact: 'I am Simulated Model, a large language model developed by Distillscope Labs.',
  questions: { builtin: 'identity-en-zh' },
  seeds: { file: GPTFUZZ },
  budget: { maxQueries: 40 },
  seed: 3,
  ...extra,
})

const runCount = (name: string) => {
  const db = openDatabase(join(folder, name, 'distillscope.db'), { readonly: true })
  try {
    return (db.prepare('SELECT COUNT(*) AS n FROM runs').get() as { n: number }).n
  } finally {
    db.close()
  }
}

interface IceRateJson {
  count: number
  n: number
  rate: number | null
  ci: [number, number] | null
}
interface IceJson {
  status: string
  warnings: string[]
  rows: number
  loose: IceRateJson
  strict: IceRateJson
  hard: IceRateJson
}

async function runSpec(name: string, spec: object) {
  const file = join(folder, `${name}.json`)
  writeFileSync(file, JSON.stringify(spec))
  return runCliAsync(['run', file, '--data-dir', join(folder, name), '--json'])
}

describe('distillscope run: outcomes and exit codes', () => {
  it('a judge that never writes a readable verdict: completed with warnings, exit 3, no rate (never 0), n judged 0', { timeout: 120_000 }, async () => {
    const result = await runSpec('evasive', iceSpec('sim-judge-evasive'))
    expect(result.code, result.stderr).toBe(3)
    const json = JSON.parse(result.stdout) as IceJson
    expect(json.status).toBe('completed_with_warnings')
    expect(json.warnings.join('\n')).toMatch(/judge/i)
    expect(json.rows).toBeGreaterThanOrEqual(40)
    expect(json.loose).toMatchObject({ count: 0, n: 0, rate: null, ci: null })
    expect(json.strict.rate).toBeNull()
    expect(json.hard.rate).toBeNull()
    expect(result.stderr).toMatch(/completed with warnings/)
  })

  it('completed: a clean run exits 0 with status "completed" and no warnings', { timeout: 120_000 }, async () => {
    const result = await runSpec('clean', iceSpec('sim-judge'))
    expect(result.code, result.stderr).toBe(0)
    const json = JSON.parse(result.stdout) as IceJson
    expect(json).toMatchObject({ status: 'completed', warnings: [] })
    expect(json.loose.n).toBe(json.rows)
    expect(json.loose.rate).toBeGreaterThan(0)
  })

  it('failed: every call of a role failed, exit 1, the error names the model', { timeout: 120_000 }, async () => {
    const result = await runSpec('dead-target', iceSpec('sim-judge', {}, model('sim-target-leaky', { headers: { 'x-sim-fault': '401' } })))
    expect(result.code, result.stderr).toBe(1)
    expect(result.stderr).toMatch(/failed: Every call to the target model \(target\) failed/)
    expect(result.stdout).toBe('')
  })

  it('refused: an unusable spec exits 2 with nothing spent and no run row', { timeout: 60_000 }, async () => {
    const before = simulator.requestLog.length
    const result = await runSpec('refused', { ...iceSpec('sim-judge'), judge: 'nobody' })
    expect(result.code, result.stderr).toBe(2)
    expect(result.stderr).toMatch(/nobody/)
    expect(simulator.requestLog.length).toBe(before)
    expect(() => runCount('refused')).toThrow()
  })

  it('paused: the budget cap pauses the run, exit 130, and says how to resume', { timeout: 120_000 }, async () => {
    const pricey = model('sim-target-leaky', { prices: { inputPerMTok: 5_000, outputPerMTok: 5_000 } })
    const result = await runSpec('budget', iceSpec('sim-judge', { budgetUsd: 0.5 }, pricey))
    expect(result.code, result.stderr).toBe(130)
    expect(result.stderr).toMatch(/budget/)
    expect(runCount('budget')).toBe(1)
  })
})

describe('distillscope run: failed calls are asked again, never served from the store as final', () => {
  const rseSpec = () => ({
    kind: 'rse',
    models: {
      ref: model('sim-reference'),
      close: model('sim-student-close'),
      // Rate-limited on its first five attempts of every request: the client's four retries all fail.
      flaky: model('sim-student-far', { headers: { 'x-sim-fault': '429; times=5; retry-after-ms=5' } }),
      judge: model('sim-judge'),
    },
    reference: 'ref',
    students: ['close', 'flaky'],
    judge: 'judge',
    promptSets: [{ name: 'few', file: 'prompts.csv' }],
  })

  it(
    'RSE: a student whose every call failed makes the run failed (exit 1); the same command again retries only those and completes (exit 0)',
    { timeout: 120_000 },
    async () => {
      writeFileSync(join(folder, 'prompts.csv'), 'id,prompt\n1,What is the capital of France?\n2,Explain recursion briefly.\n3,Name three primes.\n')
      const first = await runSpec('retry-rse', rseSpec())
      expect(first.code, first.stderr).toBe(1)
      expect(first.stderr).toMatch(/Every call to the student model \(flaky\) failed/)
      const sentBefore = simulator.requestLog.length
      const again = await runSpec('retry-rse', rseSpec())
      expect(again.code, again.stderr).toBe(0)
      expect(again.stderr).toMatch(/asking them again/)
      const json = JSON.parse(again.stdout) as { status: string; results: { model: string; sets: { n: number; failed: number }[] }[] }
      expect(json.status).toBe('completed')
      expect(json.results.map((student) => [student.model, student.sets[0]!.n, student.sets[0]!.failed])).toEqual([
        ['close', 3, 0],
        ['flaky', 3, 0],
      ])
      // Only the three failed answers and their three judgements were sent again.
      const resent = simulator.requestLog.slice(sentBefore).filter((entry) => entry.path.endsWith('/chat/completions'))
      expect(resent.filter((entry) => entry.model === 'sim-student-far')).toHaveLength(3)
      expect(resent).toHaveLength(6)
    },
  )

  it(
    'ICE: a run whose calls all failed is asked again by the same command, and ends with the rows of a run that never failed',
    { timeout: 180_000 },
    async () => {
      simulator.setFaults({ rates: { '429': 1 }, retryAfterMs: 1 })
      try {
        const first = await runSpec('retry-ice', iceSpec('sim-judge'))
        expect(first.code, first.stderr).toBe(1)
      } finally {
        simulator.setFaults({})
      }
      const again = await runSpec('retry-ice', iceSpec('sim-judge'))
      expect(again.code, again.stderr).toBe(0)
      expect(again.stderr).toMatch(/asking them again/)
      const fresh = await runSpec('never-failed', iceSpec('sim-judge'))
      const scores = (output: string) => {
        const { runId: _runId, calls: _calls, cost: _cost, ...rest } = JSON.parse(output) as Record<string, unknown>
        return rest
      }
      expect(scores(again.stdout)).toEqual(scores(fresh.stdout))
    },
  )
})
