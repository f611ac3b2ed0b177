import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSimulator, type Simulator } from '../../../src/main/providers/simulator'
import { runSpecSchema } from '../../../src/shared/contract'
import { useServices } from '../../support/services'

/** Issue 18 item 4: a run's default name labels every role the same way, by the models' display names. */
let simulator: Simulator
const folder = mkdtempSync(join(tmpdir(), 'distillscope-run-names-'))
const open = useServices()

beforeAll(async () => {
  simulator = await createSimulator({ port: 0, seed: 5 })
  writeFileSync(join(folder, 'prompts.csv'), 'id,prompt\n1,Say hello.\n2,Say goodbye.\n')
})
afterAll(async () => {
  await simulator?.close()
  rmSync(folder, { recursive: true, force: true })
})

describe('default run names', () => {
  it('use the saved models’ display names for students and reference alike; inline models keep their alias', { timeout: 60_000 }, async () => {
    const { services, ok } = open()
    const provider = await ok<{ id: string }>('providers.create', { name: 'Sim', preset: 'custom', kind: 'openai', baseURL: `${simulator.url}/v1` })
    const saved = async (model: string, name: string) => (await ok<{ id: string }>('models.create', { providerId: provider.id, model, name })).id
    const spec = runSpecSchema.parse({
      kind: 'rse',
      models: {
        Offline_demo_reference_simulated: { modelId: await saved('sim-reference', 'Demo reference') },
        student_1: { modelId: await saved('sim-student-close', 'Close student') },
        far: { provider: 'custom', kind: 'openai', baseURL: `${simulator.url}/v1`, model: 'sim-student-far' },
        judge: { modelId: await saved('sim-judge', 'Demo judge') },
      },
      reference: 'Offline_demo_reference_simulated',
      students: ['student_1', 'far'],
      judge: 'judge',
      promptSets: [{ name: 'tiny', file: join(folder, 'prompts.csv') }],
    })
    const run = await services.runs.startChecked(spec, folder)
    expect(run.name).toBe('RSE: Close student, far vs Demo reference')
    expect((await services.runs.manager.settled(run.id)).status).toBe('completed')
    // A name the spec gives is kept as it is.
    const named = services.runs.start({ ...spec, name: 'My run' }, folder)
    expect(named.name).toBe('My run')
    await services.runs.manager.settled(named.id)
  })
})
