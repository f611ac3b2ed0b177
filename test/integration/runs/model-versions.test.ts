import { strFromU8, unzipSync } from 'fflate'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { versionChangeWarnings } from '../../../src/main/services/runs/model-versions'
import { createSimulator, type Simulator } from '../../../src/main/providers/simulator'
import { runSpecSchema, type RseResults } from '../../../src/shared/contract'
import { useServices } from '../../support/services'

/**
 * Issue 15 item 5: every call keeps the model version its provider reported (the reply's model
 * field and system fingerprint); a cache hit reports the version that wrote the stored answer; the
 * results, the manifest and the methods paragraph list them, and a change mid-run is named.
 */
let steady: Simulator
let updating: Simulator
const folder = mkdtempSync(join(tmpdir(), 'distillscope-versions-'))
const open = useServices()

beforeAll(async () => {
  steady = await createSimulator({ port: 0, seed: 6 })
  // After four answers the provider "updates" its models.
  updating = await createSimulator({ port: 0, seed: 6, versionChangeAfter: 4 })
  writeFileSync(join(folder, 'prompts.csv'), 'id,prompt\n1,What is a prime number?\n2,Why is the sky blue?\n3,What does a compiler do?\n4,What is an API?\n')
})
afterAll(async () => {
  await steady?.close()
  await updating?.close()
  rmSync(folder, { recursive: true, force: true })
})

const spec = (simulator: Simulator) => {
  const model = (id: string) => ({ provider: 'custom', baseURL: `${simulator.url}/v1`, model: id, limits: { maxConcurrent: 1 } })
  return runSpecSchema.parse({
    kind: 'rse',
    models: { ref: model('sim-reference'), s: model('sim-student-close'), judge: model('sim-judge') },
    reference: 'ref',
    students: ['s'],
    judge: 'judge',
    promptSets: [{ name: 'few', file: join(folder, 'prompts.csv') }],
    concurrency: 1,
  })
}

describe('the reproducibility record (issue 15 item 5)', () => {
  it('stores each call’s reported version, keeps it through the cache, and lists it in results, manifest and methods', { timeout: 120_000 }, async () => {
    const { services, ok } = open()
    const first = services.runs.start(spec(steady), folder)
    expect((await services.runs.manager.settled(first.id)).status).toBe('completed')
    const results = await ok<RseResults>('results.rse', { runId: first.id })
    expect(results.modelVersions).toEqual([
      { alias: 'ref', versions: [{ model: 'sim-reference', fingerprint: 'fp_simulated', calls: 4 }], changed: false },
      { alias: 's', versions: [{ model: 'sim-student-close', fingerprint: 'fp_simulated', calls: 4 }], changed: false },
      { alias: 'judge', versions: [{ model: 'sim-judge', fingerprint: 'fp_simulated', calls: 4 }], changed: false },
    ])
    // The same spec again, in a new run: every answer from the cache, which keeps the version that wrote it.
    const before = steady.requestLog.length
    const again = services.runs.start({ ...spec(steady), name: 'again' }, folder)
    expect((await services.runs.manager.settled(again.id)).status).toBe('completed')
    expect(steady.requestLog.length).toBe(before)
    expect((await ok<RseResults>('results.rse', { runId: again.id })).modelVersions?.[0]).toEqual({
      alias: 'ref',
      versions: [{ model: 'sim-reference', fingerprint: 'fp_simulated', calls: 4 }],
      changed: false,
    })

    const exported = await ok<{ base64: string }>('runs.exportPackage', { id: first.id })
    const files = unzipSync(Buffer.from(exported.base64, 'base64'))
    const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as {
      models: { alias: string; reportedVersions?: unknown }[]
      inputs: { source?: string }[]
    }
    // Each input names its source and licence, or says they were not recorded.
    expect(manifest.inputs[0]!.source).toMatch(/the file prompts\.csv, given to this run \(its source and licence were not recorded\)/)
    expect(manifest.models.find((model) => model.alias === 'judge')!.reportedVersions).toEqual([{ model: 'sim-judge', fingerprint: 'fp_simulated', calls: 4 }])
    expect(strFromU8(files['methods.md']!)).toMatch(/The providers reported these model versions: ref: sim-reference \(fingerprint fp_simulated\)/)
    // The package still imports, its manifest checked by the same schema.
    expect(services.packages.importPackage(Buffer.from(exported.base64, 'base64'), 'versions.zip').status).toBe('completed')
  })

  it('names a model whose provider reported another version during the run', { timeout: 120_000 }, async () => {
    const { services, ok } = open()
    const run = services.runs.start(spec(updating), folder)
    expect((await services.runs.manager.settled(run.id)).status).toBe('completed')
    const results = await ok<RseResults>('results.rse', { runId: run.id })
    const changed = results.modelVersions!.filter((entry) => entry.changed)
    expect(changed.length).toBeGreaterThan(0)
    for (const entry of changed) expect(entry.versions.map((version) => version.model)).toEqual(expect.arrayContaining([expect.stringMatching(/-2026-12-01$/)]))
    const warnings = versionChangeWarnings(results.modelVersions!)
    expect(warnings[0]).toMatch(/reported different model versions during the run/)
    const exported = await ok<{ base64: string }>('runs.exportPackage', { id: run.id })
    expect(strFromU8(unzipSync(Buffer.from(exported.base64, 'base64'))['methods.md']!)).toMatch(/reported more than one version during the run/)
  })
})
