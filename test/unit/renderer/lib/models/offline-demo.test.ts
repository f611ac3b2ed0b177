import { describe, expect, it } from 'vitest'
import { OFFLINE_DEMO_MODEL_ID, OFFLINE_DEMO_MODEL_NAME, hasSimulatedModel, tryOfflineDemo } from '../../../../../src/renderer/src/lib/models/offline-demo'
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
    model: OFFLINE_DEMO_MODEL_ID,
    name: OFFLINE_DEMO_MODEL_NAME,
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

describe('tryOfflineDemo', () => {
  it('creates the simulated provider and its reference model when neither exists', async () => {
    const { api, requests, models } = backend()
    const result = await tryOfflineDemo(api)
    expect(requests.map((request) => request.route)).toEqual(['providers.list', 'providers.create', 'models.create'])
    expect(requests[1]?.input).toEqual({ name: 'Offline demo (simulated)', preset: 'simulator', kind: 'openai', baseURL: '' })
    expect(requests[2]?.input).toEqual({
      providerId: 'p1',
      model: 'sim-reference',
      name: 'Offline demo reference (simulated)',
      prices: { inputPerMTok: 0, outputPerMTok: 0 },
    })
    expect(result).toMatchObject({ createdProvider: true, createdModel: true, provider: { id: 'p1' }, model: { providerId: 'p1', model: 'sim-reference' } })
    expect(models).toHaveLength(1)
  })

  it('reuses an existing simulated provider', async () => {
    const other: Provider = { ...simulatorProvider('openai-1'), preset: 'openai', name: 'OpenAI' }
    const { api, requests } = backend({ providers: [other, simulatorProvider('sim-9')] })
    const result = await tryOfflineDemo(api)
    expect(requests.map((request) => request.route)).toEqual(['providers.list', 'models.list', 'models.create'])
    expect(result).toMatchObject({ createdProvider: false, createdModel: true, model: { providerId: 'sim-9' } })
  })

  it('adds nothing when the demo model already exists', async () => {
    const { api, requests } = backend({ providers: [simulatorProvider('sim')], models: [demoModel('sim', 'existing')] })
    const result = await tryOfflineDemo(api)
    expect(requests.map((request) => request.route)).toEqual(['providers.list', 'models.list'])
    expect(result).toMatchObject({ createdProvider: false, createdModel: false, model: { id: 'existing' } })
  })

  it('does not count a sim-reference model on another provider', async () => {
    const { api } = backend({ providers: [simulatorProvider('sim')], models: [demoModel('elsewhere', 'other')] })
    await expect(tryOfflineDemo(api)).resolves.toMatchObject({ createdModel: true, model: { providerId: 'sim' } })
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
      'models.create',
      'models.create',
      'models.create',
      'models.create',
    ])
    expect(models.map((model) => model.model)).toEqual(['sim-target-leaky', 'sim-target-loyal', 'sim-helper', 'sim-judge'])
    expect(requests[2]?.input).toMatchObject({ providerId: 'p1', prices: { inputPerMTok: 0, outputPerMTok: 0 }, identityFactId: 'simulator' })
    expect(requests[4]?.input).not.toHaveProperty('identityFactId')
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
