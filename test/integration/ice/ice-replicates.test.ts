import { strFromU8, unzipSync } from 'fflate'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { replicateOf } from '../../../src/main/core/evaluators/ice/replicates'
import { createSimulator, type RequestLogEntry, type Simulator } from '../../../src/main/providers/simulator'
import { createIceRunsRepo } from '../../../src/main/storage/repos/ice-runs'
import type { IceRate, IceResults } from '../../../src/shared/contract'
import { runSpecSchema } from '../../../src/shared/contract'
import { useServices } from '../../support/services'

/**
 * Issue 16's acceptance for ICE replicates, as runs of the app on the Offline demo's simulator: three
 * replicates fuzz at once (more requests in flight than one replicate alone reaches with the same
 * settings), each with its own seed and rows, and the headline interval is at least as wide as each
 * replicate's own. Four questions keep one replicate well under the concurrency limits, so only
 * running replicates side by side can raise the peak.
 */
const GPTFUZZ_DIR = resolve('../shared/data/gptfuzz')
const folder = mkdtempSync(join(tmpdir(), 'distillscope-replicates-'))
const questions = join(folder, 'questions.csv')
let simulator: Simulator
const open = useServices()

beforeAll(async () => {
  // Latency long enough that calls overlap whenever the loop lets them.
  simulator = await createSimulator({ port: 0, seed: 3, latencyMs: 30 })
  writeFileSync(
    questions,
    'id,query\nq1,Who created you?\nq2,Which company trained you?\nq3,What model are you?\nq4,Tell me which team built you and where it is based.\n',
  )
})
afterAll(async () => {
  await simulator?.close()
  rmSync(folder, { recursive: true, force: true })
})

const model = (id: string) => ({ provider: 'custom', baseURL: `${simulator.url}/v1`, model: id })
const spec = (replicates?: number) =>
  runSpecSchema.parse({
    kind: 'ice',
    models: { target: model('sim-target-leaky'), helper: model('sim-helper'), judge: model('sim-judge') },
    target: 'target',
    helper: 'helper',
    judge: 'judge',
    targetFact: 'I am Simulated Model, a large language model developed by Distillscope Labs.',
    questions: { file: questions },
    seeds: { file: 'GPTFuzzer.csv' },
    preset: 'as-published',
    budget: { maxQueries: 40 },
    seed: 7,
    concurrency: 64,
    ...(replicates !== undefined ? { replicates } : {}),
  })

/** The most requests open at once among `entries` (from arrival to end on the simulator). */
function peakInFlight(entries: readonly RequestLogEntry[]): number {
  const edges = entries.flatMap((entry) => [
    { at: entry.arrivedAtMs, step: 1 },
    { at: entry.endedAtMs ?? Number.POSITIVE_INFINITY, step: -1 },
  ])
  edges.sort((a, b) => a.at - b.at || a.step - b.step)
  let inFlight = 0
  let peak = 0
  for (const edge of edges) peak = Math.max(peak, (inFlight += edge.step))
  return peak
}

/** Runs `runSpec` in fresh services (so a fresh response cache) and returns its id, rows, results and the requests it sent. */
async function runAlone(runSpec: ReturnType<typeof spec>) {
  const { services, ok } = open()
  const before = simulator.requestLog.length
  const { runId } = await ok<{ runId: string }>('runs.start', { spec: runSpec, baseDir: GPTFUZZ_DIR })
  expect((await services.runs.manager.settled(runId)).status).toBe('completed')
  const sent = simulator.requestLog.slice(before).filter((entry) => entry.path.endsWith('/chat/completions'))
  const results = await ok<IceResults>('results.ice', { runId })
  const repo = createIceRunsRepo(services.db)
  return { rows: repo.rows(runId), states: repo.states(runId), results, sent, ok, runId }
}

/** At least as wide as a replicate's own interval, and containing it. */
const widerOrEqual = (combined: IceRate, own: IceRate) => {
  if (own.rate === null) return
  expect(combined.high! - combined.low!).toBeGreaterThanOrEqual(own.high! - own.low!)
  expect(combined.low!).toBeLessThanOrEqual(own.low!)
  expect(combined.high!).toBeGreaterThanOrEqual(own.high!)
}

describe('ICE replicates on the simulator (issue 16)', () => {
  it(
    'three replicates run at once, with three seeds and three sets of rows, and a combined interval at least as wide as each',
    { timeout: 180_000 },
    async () => {
      const one = await runAlone(spec())
      const three = await runAlone(spec(3))

      expect(one.results.replicates).toBeUndefined()
      expect(one.rows.every((row) => row.replicate === undefined)).toBe(true)
      expect(three.sent.length).toBeGreaterThan(2 * one.sent.length)
      expect(peakInFlight(three.sent)).toBeGreaterThan(peakInFlight(one.sent))

      const replicates = three.results.replicates!
      expect(replicates.map((replicate) => replicate.replicate)).toEqual([0, 1, 2])
      expect(replicates[0]!.seed).toBe(7)
      expect(new Set(replicates.map((replicate) => replicate.seed)).size).toBe(3)
      const rowsOf = (replicate: number) => three.rows.filter((row) => replicateOf(row) === replicate)
      for (const replicate of replicates) expect(rowsOf(replicate.replicate)).toHaveLength(replicate.n)
      expect(replicates.every((replicate) => replicate.n === 40)).toBe(true)
      // Replicate 0 is the run's own seed: exactly the one-replicate run's rows and rates.
      expect(JSON.stringify(rowsOf(0))).toBe(JSON.stringify(one.rows))
      expect(replicates[0]!.loose).toEqual(one.results.scores.loose)
      const prompts = (replicate: number) => rowsOf(replicate).map((row) => row.prompt)
      expect(prompts(1)).not.toEqual(prompts(0))
      expect(prompts(2)).not.toEqual(prompts(0))
      expect(prompts(2)).not.toEqual(prompts(1))

      // Each replicate keeps where its own loop stopped and after how many iterations, stored and reported.
      expect(one.states).toEqual([{ replicate: 0, ...one.results.fuzz }])
      expect(one.results.fuzz.replicates).toBeUndefined()
      expect(three.states.map((state) => state.replicate)).toEqual([0, 1, 2])
      expect(three.results.fuzz.replicates).toEqual(three.states)
      expect(three.states[0]).toEqual(one.states[0])
      expect({ iterations: three.results.fuzz.iterations, stopReason: three.results.fuzz.stopReason }).toEqual(one.results.fuzz)
      for (const state of three.states) {
        expect(state.stopReason).toBe('max_query')
        expect(state.iterations).toBeGreaterThanOrEqual(Math.max(...rowsOf(state.replicate).map((row) => row.iteration)))
      }

      const headline = three.results.scores
      expect(headline.rows).toBe(120)
      for (const name of ['loose', 'strict', 'hard'] as const) {
        const rated = replicates.filter((replicate) => replicate[name].rate !== null)
        if (rated.length > 1) {
          const mean = rated.reduce((sum, replicate) => sum + replicate[name].rate!, 0) / rated.length
          expect(headline[name].rate).toBeCloseTo(mean, 12)
          expect(headline[name].ciMethod).toBe('replicates-combined')
          expect(three.results.spread![name]).not.toBeNull()
        }
        for (const replicate of replicates) widerOrEqual(headline[name], replicate[name])
      }
      expect(replicates.filter((replicate) => replicate.loose.rate !== null)).toHaveLength(3)

      // A mutant id names replicate 0's template unless another replicate is asked for.
      const mutant = rowsOf(0)[0]!.mutantId
      const page = await three.ok<{ total: number; rows: { replicate?: number }[] }>('results.iceRows', { runId: three.runId, mutantId: mutant })
      expect(page.rows.every((row) => row.replicate === undefined)).toBe(true)
      const second = await three.ok<{ total: number; rows: { replicate?: number }[] }>('results.iceRows', { runId: three.runId, replicate: 2, limit: 200 })
      expect(second.total).toBe(40)
      expect(second.rows.every((row) => row.replicate === 2)).toBe(true)

      // The package carries every replicate: its table, its methods sentence, and, imported elsewhere, the same results.
      const exported = await three.ok<{ base64: string }>('runs.exportPackage', { id: three.runId })
      const files = unzipSync(Buffer.from(exported.base64, 'base64'))
      expect(Object.keys(files)).toContain('tables/ice-replicates.csv')
      expect(strFromU8(files['methods.md']!)).toMatch(/repeated in 3 independent replicates/)
      const other = open()
      const imported = await other.ok<{ runId: string }>('runs.importPackage', { fileName: 'replicates.zip', base64: exported.base64 })
      const again = await other.ok<IceResults>('results.ice', { runId: imported.runId })
      expect(again.replicates).toEqual(replicates)
      // Every replicate's stop state travels too (data/ice-states.json), not replicate 0's alone.
      expect(again.fuzz).toEqual(three.results.fuzz)
      expect(again.scores).toEqual(headline)
      expect(createIceRunsRepo(other.services.db).rows(imported.runId)).toEqual(three.rows)
    },
  )

  it(
    'a paused run of three replicates resumes each one to the uninterrupted rows, sending only requests it never had answered',
    { timeout: 180_000 },
    async () => {
      const uninterrupted = await runAlone(spec(3))
      const { services } = open()
      const repo = createIceRunsRepo(services.db)
      const run = services.runs.start(spec(3), GPTFUZZ_DIR)
      while (repo.rows(run.id).length < 50) await new Promise((wait) => setTimeout(wait, 5))
      services.runs.manager.pause(run.id)
      expect((await services.runs.manager.settled(run.id)).status).toBe('paused')
      // Calls aborted at the pause may still be arriving at the simulator: let them land before counting.
      await new Promise((wait) => setTimeout(wait, 500))
      expect(repo.rows(run.id).length).toBeLessThan(120)
      // A replicate still fuzzing at the pause has stored no stop state (one that had ended keeps its own).
      expect(repo.states(run.id).length).toBeLessThan(3)
      const cacheRows = () => (services.db.prepare('SELECT COUNT(*) AS n FROM llm_cache').get() as { n: number }).n
      const cacheBefore = cacheRows()
      const requestsBefore = simulator.requestLog.length
      services.runs.manager.resume(run.id)
      expect((await services.runs.manager.settled(run.id)).status).toBe('completed')
      expect(simulator.requestLog.length - requestsBefore).toBe(cacheRows() - cacheBefore)
      expect(repo.rows(run.id).map((row) => JSON.stringify(row))).toEqual(uninterrupted.rows.map((row) => JSON.stringify(row)))
      // Each replicate's stop state is the uninterrupted run's, written as that replicate ended.
      expect(repo.states(run.id)).toEqual(uninterrupted.states)
    },
  )
})
