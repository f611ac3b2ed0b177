import { describe, expect, it } from 'vitest'
import { isSimulatedModel, runModelInfo, runModels } from '../../../../../src/renderer/src/lib/runs/spec-models'
import type { Model, Provider, RunSpec } from '../../../../../src/shared/contract/index'

const providers = [
  { id: 'p-sim', preset: 'simulator' },
  { id: 'p-oai', preset: 'openai' },
] as unknown as Provider[]
const models = [
  { id: 'm1', providerId: 'p-sim', model: 'sim-reference', name: 'Demo reference' },
  { id: 'm2', providerId: 'p-oai', model: 'gpt-4o-mini', name: 'Mini' },
] as unknown as Model[]

const spec = {
  kind: 'rse',
  models: {
    ref: { modelId: 'm1' },
    judge: { modelId: 'm2' },
    gone: { modelId: 'm9' },
    cli: { provider: 'simulator', model: 'sim-student-far' },
    real: { provider: 'openai', model: 'gpt-4o' },
  },
  reference: 'ref',
  students: ['gone', 'cli', 'real'],
  judge: 'judge',
  promptSets: [],
  concurrency: 8,
  seed: 1,
} as unknown as RunSpec

describe('a run’s models', () => {
  it('uses saved models’ names and marks the Offline demo as simulated', () => {
    expect(runModelInfo(spec, 'ref', models, providers)).toEqual({
      alias: 'ref',
      name: 'Demo reference',
      model: 'sim-reference',
      simulated: true,
      missing: false,
    })
    expect(runModelInfo(spec, 'judge', models, providers)).toEqual({ alias: 'judge', name: 'Mini', model: 'gpt-4o-mini', simulated: false, missing: false })
  })

  it('falls back to the alias for deleted and inline models', () => {
    expect(runModelInfo(spec, 'gone', models, providers)).toEqual({ alias: 'gone', name: 'gone', simulated: false, missing: true })
    expect(runModelInfo(spec, 'cli', models, providers)).toEqual({ alias: 'cli', name: 'cli', model: 'sim-student-far', simulated: true, missing: false })
    expect(runModelInfo(spec, 'real', models, providers).simulated).toBe(false)
    expect(runModelInfo(spec, 'nobody', models, providers).missing).toBe(true)
    expect(runModelInfo(spec, 'toString', models, providers).missing).toBe(true)
  })

  it('lists the reference, students and judge', () => {
    expect([...runModels(spec, models, providers).keys()]).toEqual(['ref', 'gone', 'cli', 'real', 'judge'])
    expect(isSimulatedModel(models[0]!, providers)).toBe(true)
    expect(isSimulatedModel(models[1]!, providers)).toBe(false)
  })
})
