import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSimulator, type Simulator } from '../../../src/main/providers/simulator'
import { openDatabase } from '../../../src/main/storage/database'
import { createIceRunsRepo } from '../../../src/main/storage/repos/ice-runs'
import { runSpecSchema } from '../../../src/shared/contract'
import { CLI, requireBuild, runCliAsync } from '../../support/built-app'
import { useServices } from '../../support/services'

/**
 * ICE stopped mid-run (paused in the app; SIGKILL on the command line) and resumed: it must end
 * with exactly the rows of an uninterrupted run, and every request after the resume must be one
 * the run never had an answer to (each adds a response-cache entry): nothing paid twice.
 */
const GPTFUZZ = resolve('../shared/data/gptfuzz/GPTFuzzer.csv')
let simulator: Simulator
const folder = mkdtempSync(join(tmpdir(), 'distillscope-ice-resume-'))
const open = useServices()

beforeAll(async () => {
  simulator = await createSimulator({ port: 0, seed: 5, latencyMs: 15 })
})
afterAll(async () => {
  await simulator?.close()
  rmSync(folder, { recursive: true, force: true })
})

const model = (id: string) => ({ provider: 'custom', baseURL: `${simulator.url}/v1`, model: id })
const spec = () => ({
  kind: 'ice',
  models: { target: model('sim-target-leaky'), helper: model('sim-helper'), judge: model('sim-judge') },
  target: 'target',
  helper: 'helper',
  judge: 'judge',
  targetFact: 'I am Simulated Model, a large language model developed by Distillscope Labs.',
  questions: { builtin: 'identity-en-zh' },
  seeds: { file: GPTFUZZ },
  preset: 'as-published',
  budget: { maxQueries: 300 },
  seed: 11,
  concurrency: 8,
})
const chatRequests = () => simulator.requestLog.filter((entry) => entry.path.endsWith('/chat/completions')).length
const cacheRows = (db: { prepare(sql: string): { get(): unknown } }) => (db.prepare('SELECT COUNT(*) AS n FROM llm_cache').get() as { n: number }).n
const comparable = (rows: readonly object[]) => rows.map((row) => JSON.stringify(row))

describe('ICE pause and resume in the app', () => {
  it('resumes a paused run to the uninterrupted rows, sending only requests it never had answered', { timeout: 180_000 }, async () => {
    const fresh = open()
    const uninterrupted = fresh.services.runs.start(runSpecSchema.parse(spec()), undefined)
    expect((await fresh.services.runs.manager.settled(uninterrupted.id)).status).toBe('completed')
    const expected = createIceRunsRepo(fresh.services.db).rows(uninterrupted.id)
    expect(expected).toHaveLength(300)

    const { services } = open()
    const repo = createIceRunsRepo(services.db)
    const run = services.runs.start(runSpecSchema.parse(spec()), undefined)
    while (repo.rows(run.id).length < 120) await new Promise((wait) => setTimeout(wait, 5))
    services.runs.manager.pause(run.id)
    expect((await services.runs.manager.settled(run.id)).status).toBe('paused')
    // Calls in flight at the pause were aborted by the client, but their connections may still be
    // arriving at the simulator: let them land before counting what the resume sends.
    await new Promise((wait) => setTimeout(wait, 500))
    const storedRows = repo.rows(run.id).length
    expect(storedRows).toBeLessThan(300)

    const cacheBefore = cacheRows(services.db)
    const requestsBefore = chatRequests()
    const progress: { done: number; total: number }[] = []
    services.events.attach((event, payload) => event === 'runs.progress' && progress.push(payload as never))
    services.runs.manager.resume(run.id)
    expect((await services.runs.manager.settled(run.id)).status).toBe('completed')
    expect(chatRequests() - requestsBefore).toBe(cacheRows(services.db) - cacheBefore)
    expect(comparable(repo.rows(run.id))).toEqual(comparable(expected))
    // Progress after the resume counts the stored rows as done from its first event.
    expect(progress[0]!.done).toBeGreaterThanOrEqual(storedRows * 2)
  })
})

describe('ICE killed on the command line', () => {
  beforeAll(() => {
    requireBuild()
    writeFileSync(join(folder, 'ice.json'), JSON.stringify(spec()))
  })

  it('finishes a SIGKILLed run with the uninterrupted scores, resending nothing it had stored', { timeout: 180_000 }, async () => {
    const crashed = join(folder, 'crashed')
    const child = spawn(process.execPath, [CLI, 'run', join(folder, 'ice.json'), '--data-dir', crashed], { stdio: 'ignore' })
    const start = chatRequests()
    while (chatRequests() - start < 150) {
      if (child.exitCode !== null) throw new Error('the run ended before it could be killed')
      await new Promise((wait) => setTimeout(wait, 5))
    }
    const exited = new Promise((done) => child.once('exit', done))
    child.kill('SIGKILL')
    await exited

    const db = openDatabase(join(crashed, 'distillscope.db'), { readonly: true })
    const cacheBefore = cacheRows(db)
    db.close()
    const before = chatRequests()
    const resumed = await runCliAsync(['run', join(folder, 'ice.json'), '--data-dir', crashed, '--json'])
    expect(resumed.code, resumed.stderr).toBe(0)
    expect(resumed.stderr).toMatch(/Resuming run/)
    const after = openDatabase(join(crashed, 'distillscope.db'), { readonly: true })
    expect(chatRequests() - before).toBe(cacheRows(after) - cacheBefore)
    after.close()

    const fresh = await runCliAsync(['run', join(folder, 'ice.json'), '--data-dir', join(folder, 'fresh'), '--json'])
    expect(fresh.code, fresh.stderr).toBe(0)
    const scores = (output: string) => {
      const { runId: _runId, calls: _calls, cost: _cost, ...rest } = JSON.parse(output) as Record<string, unknown>
      return rest
    }
    expect(scores(resumed.stdout)).toEqual(scores(fresh.stdout))
    expect(JSON.parse(resumed.stdout)).toMatchObject({ kind: 'ice', rows: 300, loose: { count: expect.any(Number), rate: expect.any(Number) } })
  })
})
