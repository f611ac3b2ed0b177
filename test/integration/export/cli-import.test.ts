import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSimulator, type Simulator } from '../../../src/main/providers/simulator'
import { openDatabase } from '../../../src/main/storage/database'
import { requireBuild, runCliAsync } from '../../support/built-app'
import { useServices } from '../../support/services'

/** `distillscope import FILE.zip`: a package from one data folder becomes a run in another. */
let simulator: Simulator
const folder = mkdtempSync(join(tmpdir(), 'distillscope-cli-import-'))
const open = useServices()

beforeAll(async () => {
  requireBuild()
  simulator = await createSimulator({ port: 0 })
})
afterAll(async () => {
  await simulator?.close()
  rmSync(folder, { recursive: true, force: true })
})

describe('distillscope export --package, then import', () => {
  it('imports a package as a completed run, and refuses a file that is not one (exit 2)', { timeout: 120_000 }, async () => {
    const { services, ok } = open()
    const model = (id: string) => ({ provider: 'custom', baseURL: `${simulator.url}/v1`, model: id })
    const spec = {
      kind: 'rse',
      models: { ref: model('sim-reference'), s: model('sim-student-close'), judge: model('sim-judge') },
      reference: 'ref',
      students: ['s'],
      judge: 'judge',
      promptSets: [{ name: 'g', setId: 'builtin-general-v1', sample: 4 }],
    }
    const { runId } = await ok<{ runId: string }>('runs.start', { spec })
    await services.runs.manager.settled(runId)
    const zip = join(folder, 'run.zip')
    const exported = await runCliAsync(['export', runId, '--package', zip, '--data-dir', services.dataDir])
    expect(exported.code, exported.stderr).toBe(0)
    expect(exported.stderr).toMatch(/Wrote the paper package to .*run\.zip/)
    const twoRuns = await runCliAsync(['export', runId, runId, '--package', zip, '--data-dir', services.dataDir])
    expect(twoRuns.code).toBe(2)
    expect(twoRuns.stderr).toMatch(/exactly one run id with --package/)

    const dataDir = join(folder, 'other')
    const imported = await runCliAsync(['import', zip, '--data-dir', dataDir, '--json'])
    expect(imported.code, imported.stderr).toBe(0)
    const { runId: newId } = JSON.parse(imported.stdout) as { runId: string }
    const db = openDatabase(join(dataDir, 'distillscope.db'), { readonly: true })
    expect(db.prepare('SELECT status FROM runs WHERE id = ?').get(newId)).toEqual({ status: 'completed' })
    expect((db.prepare('SELECT COUNT(*) AS n FROM rse_judgments WHERE run_id = ?').get(newId) as { n: number }).n).toBe(4)
    db.close()

    writeFileSync(join(folder, 'bogus.zip'), 'not a zip')
    const bogus = await runCliAsync(['import', join(folder, 'bogus.zip'), '--data-dir', dataDir])
    expect(bogus.code).toBe(2)
    expect(bogus.stderr).toMatch(/bogus\.zip is not a readable zip file/)
    const missing = await runCliAsync(['import', join(folder, 'missing.zip'), '--data-dir', dataDir])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toMatch(/missing\.zip could not be read \(ENOENT\)/)
  })
})
