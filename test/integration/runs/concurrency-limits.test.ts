import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSimulator, type RequestLogEntry, type Simulator } from '../../../src/main/providers/simulator'
import { runSpecSchema } from '../../../src/shared/contract'
import { useServices } from '../../support/services'

/**
 * Issue 17 item 5, through the app's own path (saved providers and models, runs.start): a run's
 * concurrency applies to saved models, and a provider's server cap holds across all its models.
 * Peaks are read from the simulator's request log, the provider's side of the wire.
 */
let simulator: Simulator
const folder = mkdtempSync(join(tmpdir(), 'distillscope-limits-'))
const open = useServices()

beforeAll(async () => {
  // Latency long enough that calls overlap whenever the limits let them.
  simulator = await createSimulator({ port: 0, seed: 3, latencyMs: 40 })
  const prompts = Array.from({ length: 16 }, (_, i) => `${i + 1},Explain idea number ${i + 1} in two sentences.`)
  writeFileSync(join(folder, 'prompts.csv'), `id,prompt\n${prompts.join('\n')}\n`)
  writeFileSync(join(folder, 'other.csv'), `id,prompt\n${prompts.map((line) => line.replace('Explain', 'Summarise')).join('\n')}\n`)
})
afterAll(async () => {
  await simulator?.close()
  rmSync(folder, { recursive: true, force: true })
})

/** The most requests open at once among `entries` (from arrival to end on the simulator). */
function peakInFlight(entries: readonly RequestLogEntry[]): number {
  const edges = entries.flatMap((entry) => [
    { at: entry.arrivedAtMs, step: 1 },
    { at: entry.endedAtMs ?? Number.POSITIVE_INFINITY, step: -1 },
  ])
  // At equal times an end comes first: a request that ended as another arrived did not overlap it.
  edges.sort((a, b) => a.at - b.at || a.step - b.step)
  let open = 0
  let peak = 0
  for (const edge of edges) peak = Math.max(peak, (open += edge.step))
  return peak
}

describe('limits on calls in flight (issue 17 item 5)', () => {
  it("a run's concurrency caps saved models whose own limit is higher", { timeout: 120_000 }, async () => {
    const { services, ok } = open()
    const provider = await ok<{ id: string }>('providers.create', { name: 'Sim', preset: 'custom', kind: 'openai', baseURL: `${simulator.url}/v1` })
    const saved = async (model: string) =>
      (await ok<{ id: string }>('models.create', { providerId: provider.id, model, name: model, limits: { maxConcurrent: 8 } })).id
    const spec = runSpecSchema.parse({
      kind: 'rse',
      models: {
        ref: { modelId: await saved('sim-reference') },
        student: { modelId: await saved('sim-student-close') },
        judge: { modelId: await saved('sim-judge') },
      },
      reference: 'ref',
      students: ['student'],
      judge: 'judge',
      promptSets: [{ name: 'ideas', file: join(folder, 'prompts.csv') }],
      concurrency: 2,
    })
    const before = simulator.requestLog.length
    const run = services.runs.start(spec, folder)
    expect((await services.runs.manager.settled(run.id)).status).toBe('completed')
    const sent = simulator.requestLog.slice(before)
    expect(sent).toHaveLength(48)
    for (const model of ['sim-reference', 'sim-student-close', 'sim-judge']) {
      const peak = peakInFlight(sent.filter((entry) => entry.model === model))
      expect(peak, model).toBeLessThanOrEqual(2)
      expect(peak, `${model} overlapped at all`).toBe(2)
    }
  })

  it("a provider's server cap holds across all its models, and a spec's endpoints cap inline models", { timeout: 120_000 }, async () => {
    const { services, ok } = open()
    const provider = await ok<{ id: string }>('providers.create', {
      name: 'One server',
      preset: 'custom',
      kind: 'openai',
      baseURL: `${simulator.url}/v1`,
      maxConcurrent: 3,
    })
    expect(provider).toMatchObject({ maxConcurrent: 3 })
    const saved = async (model: string) => (await ok<{ id: string }>('models.create', { providerId: provider.id, model, name: `${model} capped` })).id
    const savedSpec = runSpecSchema.parse({
      kind: 'rse',
      models: {
        ref: { modelId: await saved('sim-reference') },
        s1: { modelId: await saved('sim-student-close') },
        s2: { modelId: await saved('sim-student-far') },
        judge: { modelId: await saved('sim-judge') },
      },
      reference: 'ref',
      students: ['s1', 's2'],
      judge: 'judge',
      promptSets: [{ name: 'ideas', file: join(folder, 'prompts.csv') }],
      concurrency: 8,
    })
    let before = simulator.requestLog.length
    let run = services.runs.start(savedSpec, folder)
    expect((await services.runs.manager.settled(run.id)).status).toBe('completed')
    expect(peakInFlight(simulator.requestLog.slice(before))).toBe(3)

    // The same server described inline, capped by the spec's `endpoints` (matched on scheme, host and port).
    const inline = (model: string) => ({ provider: 'custom', baseURL: `${simulator.url}/v1`, model })
    const inlineSpec = runSpecSchema.parse({
      kind: 'rse',
      models: { ref: inline('sim-reference'), s1: inline('sim-student-close'), s2: inline('sim-student-far'), judge: inline('sim-judge') },
      reference: 'ref',
      students: ['s1', 's2'],
      judge: 'judge',
      // Other prompts than above, so nothing comes from the cache.
      promptSets: [{ name: 'other', file: join(folder, 'other.csv') }],
      concurrency: 8,
      endpoints: { [simulator.url]: { maxConcurrent: 2 } },
    })
    before = simulator.requestLog.length
    run = services.runs.start(inlineSpec, folder)
    expect((await services.runs.manager.settled(run.id)).status).toBe('completed')
    const sent = simulator.requestLog.slice(before)
    expect(sent).toHaveLength(80)
    expect(peakInFlight(sent)).toBe(2)
  })
})
