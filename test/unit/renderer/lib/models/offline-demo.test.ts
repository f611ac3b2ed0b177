import { describe, expect, it } from 'vitest'
import { hasOfflineDemo, hasSimulatedModel, tryOfflineDemo } from '../../../../../src/renderer/src/lib/models/offline-demo'
import { DEMO_MODELS } from '../../../../../src/renderer/src/lib/models/demo-models'
import { ICE_DEMO_MODELS, addIceDemoModels, hasIceDemoModels } from '../../../../../src/renderer/src/lib/models/ice-demo'
import { ApiError, createApiClient } from '../../../../../src/renderer/src/lib/api'
import type { Envelope } from '../../../../../src/shared/contract/errors'
import type { Model } from '../../../../../src/shared/contract/models'
import type { Provider } from '../../../../../src/shared/contract/providers'
import { createFakeBridge } from '../../fakes'

const stamp = { createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z' }

function simulatorProvider(id = 'sim'): Provider {
  return {
    id,
    name: 'Offline demo (simulated)',
    preset: 'simulator',
    kind: 'openai',
    baseURL: '',
    headers: {},
    timeoutMs: 120_000,
    endpoint: 'http://127.0.0.1:5000/v1/chat/completions',
    key: { configured: false, source: 'none' },
    ...stamp,
  }
}

function demoModel(providerId: string, id = 'm-demo'): Model {
  return {
    id,
    providerId,
    model: 'sim-reference',
    name: 'Offline demo reference (simulated)',
    generation: { temperature: 0, systemPrompt: 'You are a helpful assistant.' },
    prices: { inputPerMTok: 0, outputPerMTok: 0 },
    limits: { maxConcurrent: 8 },
    ...stamp,
  }
}

/** A backend holding lists in memory, answering the routes the demo uses. */
function backend(initial: { providers?: Provider[]; models?: Model[]; fail?: string } = {}) {
  const providers = [...(initial.providers ?? [])]
  const models = [...(initial.models ?? [])]
  const fake = createFakeBridge(async (route, input): Promise<Envelope<unknown>> => {
    if (route === initial.fail) return { ok: false, error: { code: 'unavailable', message: 'The Offline demo is not available here.' } }
    switch (route) {
      case 'providers.list':
        return { ok: true, data: providers }
      case 'models.list':
        return { ok: true, data: models }
      case 'providers.create': {
        const created = { ...simulatorProvider(`p${providers.length + 1}`), ...(input as object) }
        providers.push(created)
        return { ok: true, data: created }
      }
      case 'models.create': {
        const created = { ...demoModel('x', `m${models.length + 1}`), ...(input as object) }
        models.push(created)
        return { ok: true, data: created }
      }
      default:
        return { ok: false, error: { code: 'unknown_route', message: route } }
    }
  })
  return { api: createApiClient(fake.bridge), requests: fake.requests, providers, models }
}

const ALL_IDS = DEMO_MODELS.map((demo) => demo.model)

describe('tryOfflineDemo', () => {
  it('creates the simulated provider and every demo model once, with display names, free of charge', async () => {
    const { api, requests, models } = backend()
    const result = await tryOfflineDemo(api)
    expect(requests.map((request) => request.route)).toEqual(['providers.list', 'providers.create', 'models.list', ...ALL_IDS.map(() => 'models.create')])
    expect(requests[1]?.input).toEqual({ name: 'Offline demo (simulated)', preset: 'simulator', kind: 'openai', baseURL: '' })
    expect(requests[3]?.input).toEqual({
      providerId: 'p1',
      model: 'sim-reference',
      name: 'Offline demo reference (simulated)',
      prices: { inputPerMTok: 0, outputPerMTok: 0 },
    })
    // Reference, two students, three judges, two ICE targets and the helper, each exactly once.
    expect(models.map((model) => model.model).sort()).toEqual(
      [
        'sim-reference',
        'sim-student-close',
        'sim-student-far',
        'sim-judge',
        'sim-judge-json',
        'sim-judge-final-answer',
        'sim-target-leaky',
        'sim-target-loyal',
        'sim-helper',
      ].sort(),
    )
    expect(new Set(models.map((model) => model.name)).size).toBe(models.length)
    for (const model of models) expect(model).toMatchObject({ providerId: 'p1', prices: { inputPerMTok: 0, outputPerMTok: 0 } })
    expect(models.filter((model) => model.identityFactId === 'simulator').map((model) => model.model)).toEqual(['sim-target-leaky', 'sim-target-loyal'])
    expect(result).toMatchObject({ createdProvider: true, createdModel: true, added: 9, provider: { id: 'p1' }, model: { model: 'sim-reference' } })
    expect(result.models.studentFar.model).toBe('sim-student-far')
    expect(hasOfflineDemo(models, [simulatorProvider('p1')])).toBe(true)
  })

  it('adds nothing on a second call', async () => {
    const { api, requests, models, providers } = backend()
    await tryOfflineDemo(api)
    requests.length = 0
    const again = await tryOfflineDemo(api)
    expect(requests.map((request) => request.route)).toEqual(['providers.list', 'models.list'])
    expect(again).toMatchObject({ added: 0, createdModel: false, createdProvider: false })
    expect(models).toHaveLength(9)
    expect(providers).toHaveLength(1)
  })

  it('completes a partly set-up demo, reusing what is left', async () => {
    const { api, requests, models } = backend({ providers: [simulatorProvider('sim')], models: [demoModel('sim', 'existing')] })
    expect(hasOfflineDemo(models, [simulatorProvider('sim')])).toBe(false)
    const result = await tryOfflineDemo(api)
    expect(requests.filter((request) => request.route === 'models.create')).toHaveLength(8)
    expect(requests.some((request) => request.route === 'providers.create')).toBe(false)
    expect(result).toMatchObject({ createdProvider: false, added: 8, model: { id: 'existing' } })
    expect(models.filter((model) => model.model === 'sim-reference')).toHaveLength(1)
    expect(hasOfflineDemo(models, [simulatorProvider('sim')])).toBe(true)
  })

  it('reuses an existing simulated provider', async () => {
    const other: Provider = { ...simulatorProvider('openai-1'), preset: 'openai', name: 'OpenAI' }
    const { api, requests } = backend({ providers: [other, simulatorProvider('sim-9')] })
    const result = await tryOfflineDemo(api)
    expect(requests.slice(0, 2).map((request) => request.route)).toEqual(['providers.list', 'models.list'])
    expect(result).toMatchObject({ createdProvider: false, createdModel: true, model: { providerId: 'sim-9' } })
  })

  it('does not count a sim-reference model on another provider, and gives the new one a free name', async () => {
    const { api } = backend({ providers: [simulatorProvider('sim')], models: [demoModel('elsewhere', 'other')] })
    await expect(tryOfflineDemo(api)).resolves.toMatchObject({ createdModel: true, model: { providerId: 'sim', name: 'Offline demo reference (simulated) 2' } })
  })

  it('names its provider apart from a provider of the same name that is not simulated', async () => {
    const taken: Provider = { ...simulatorProvider('x'), preset: 'custom' }
    const { api, requests } = backend({ providers: [taken] })
    await tryOfflineDemo(api)
    expect(requests[1]?.input).toMatchObject({ name: 'Offline demo (simulated) 2', preset: 'simulator' })
  })

  it('passes a refusal on as an ApiError, leaving what was created', async () => {
    const { api, providers } = backend({ fail: 'models.create' })
    const error = await tryOfflineDemo(api).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ code: 'unavailable', message: 'The Offline demo is not available here.' })
    // A second try reuses this provider instead of adding another.
    expect(providers).toHaveLength(1)
  })
})

describe('hasSimulatedModel', () => {
  it('is true once a model uses a simulated provider', () => {
    const sim = simulatorProvider('sim')
    const real: Provider = { ...simulatorProvider('real'), preset: 'openai' }
    expect(hasSimulatedModel([], [sim])).toBe(false)
    expect(hasSimulatedModel([demoModel('real')], [sim, real])).toBe(false)
    expect(hasSimulatedModel([demoModel('sim')], [sim, real])).toBe(true)
  })
})

describe('addIceDemoModels', () => {
  it('adds the simulated provider and the four ICE models, free of charge', async () => {
    const { api, requests, models } = backend()
    const result = await addIceDemoModels(api)
    expect(requests.map((request) => request.route)).toEqual([
      'providers.list',
      'providers.create',
      'models.list',
      'models.create',
      'models.create',
      'models.create',
      'models.create',
    ])
    expect(models.map((model) => model.model).sort()).toEqual(['sim-helper', 'sim-judge', 'sim-target-leaky', 'sim-target-loyal'])
    const created = requests.filter((request) => request.route === 'models.create').map((request) => request.input as { model: string })
    expect(created.find((input) => input.model === 'sim-target-leaky')).toMatchObject({
      providerId: 'p1',
      prices: { inputPerMTok: 0, outputPerMTok: 0 },
      identityFactId: 'simulator',
    })
    expect(created.find((input) => input.model === 'sim-helper')).not.toHaveProperty('identityFactId')
    expect(result.added).toBe(4)
    expect(result.models.leaky.model).toBe('sim-target-leaky')
    expect(result.models.judge.model).toBe('sim-judge')
  })

  it('reuses models already on the simulated provider (the RSE demo’s judge) and adds only the rest', async () => {
    const judge = { ...demoModel('sim', 'my-judge'), model: 'sim-judge', name: 'Demo judge' }
    const { api, models } = backend({ providers: [simulatorProvider('sim')], models: [demoModel('sim'), judge] })
    const result = await addIceDemoModels(api)
    expect(result.added).toBe(3)
    expect(result.models.judge.id).toBe('my-judge')
    expect(models.filter((model) => model.model === 'sim-judge')).toHaveLength(1)
    expect(hasIceDemoModels(models, [simulatorProvider('sim')])).toBe(true)
    // A second click adds nothing.
    await expect(addIceDemoModels(api)).resolves.toMatchObject({ added: 0 })
  })

  it('is offered until every ICE demo model exists', () => {
    const sim = simulatorProvider('sim')
    const some = ICE_DEMO_MODELS.slice(0, 3).map((demo, index) => ({ ...demoModel('sim', `m${index}`), model: demo.model }))
    expect(hasIceDemoModels(some, [sim])).toBe(false)
    expect(hasIceDemoModels([...some, { ...demoModel('sim', 'j'), model: 'sim-judge' }], [sim])).toBe(true)
    expect(hasIceDemoModels([...some, { ...demoModel('sim', 'j'), model: 'sim-judge' }], [])).toBe(false)
  })
})
