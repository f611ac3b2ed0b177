import { describe, expect, it } from 'vitest'
import type { Model, Provider } from '../../src/shared/contract'
import { useServices } from '../support/services'

const start = useServices()
const openai = { name: 'OpenAI', preset: 'openai', kind: 'openai', baseURL: 'https://api.openai.com/v1/' }

describe('providers', () => {
  it('normalises the base URL, shows the exact endpoint and reports the key from the environment', async () => {
    const { ok } = start({ env: { OPENAI_API_KEY: 'sk-from-env-abcd1234' } })
    const provider = await ok<Provider>('providers.create', { ...openai, apiKeyEnv: 'OPENAI_API_KEY' })
    expect(provider).toMatchObject({ baseURL: 'https://api.openai.com/v1', endpoint: 'https://api.openai.com/v1/chat/completions', timeoutMs: 120_000 })
    expect(provider.key).toEqual({ configured: true, last4: '1234', source: 'env' })
    expect(JSON.stringify(await ok('providers.list'))).not.toContain('sk-from-env')
  })

  it('refuses an unusable base URL and credentials in custom headers, naming the field', async () => {
    const { call } = start()
    const badUrl = await call('providers.create', { ...openai, baseURL: 'api.openai.com' })
    expect(badUrl).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'baseURL' }] } })
    const header = await call('providers.create', { ...openai, headers: { Authorization: 'Bearer sk-x' } })
    expect(header).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'headers' }] } })
    expect(JSON.stringify(header)).not.toContain('sk-x')
  })

  it('previews the endpoint for the form, with warnings and errors', async () => {
    const { ok } = start()
    expect(await ok('providers.previewEndpoint', { kind: 'anthropic', baseURL: 'https://api.anthropic.com/v1' })).toEqual({
      endpoint: 'https://api.anthropic.com/v1/messages',
    })
    expect(await ok('providers.previewEndpoint', { kind: 'openai', baseURL: 'http://10.0.0.5:8000' })).toMatchObject({
      endpoint: 'http://10.0.0.5:8000/v1/chat/completions',
      warning: expect.stringMatching(/unencrypted/),
    })
    expect(await ok('providers.previewEndpoint', { kind: 'openai', baseURL: 'nope' })).toMatchObject({ error: expect.any(String) })
  })

  it('clears the proxy and key variable when an update sends null, and keeps them otherwise', async () => {
    const { ok } = start()
    const provider = await ok<Provider>('providers.create', { ...openai, proxy: 'http://proxy.lan:3128', apiKeyEnv: 'OPENAI_API_KEY' })
    const renamed = await ok<Provider>('providers.update', { id: provider.id, changes: { name: 'Renamed' } })
    expect(renamed).toMatchObject({ name: 'Renamed', proxy: 'http://proxy.lan:3128', apiKeyEnv: 'OPENAI_API_KEY' })
    const cleared = await ok<Provider>('providers.update', { id: provider.id, changes: { proxy: null, apiKeyEnv: null } })
    expect(cleared).not.toHaveProperty('proxy')
    expect(cleared).not.toHaveProperty('apiKeyEnv')
  })

  it('will not delete a provider that models use, and says so', async () => {
    const { ok, call } = start()
    const provider = await ok<Provider>('providers.create', openai)
    const model = await ok<Model>('models.create', { providerId: provider.id, model: 'gpt-4o-2024-08-06', name: 'GPT-4o' })
    expect(await call('providers.delete', { id: provider.id })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringMatching(/used by 1 model/) },
    })
    await ok('models.delete', { id: model.id })
    expect(await ok('providers.delete', { id: provider.id })).toEqual({ deleted: true })
    expect(await ok('providers.list')).toEqual([])
  })
})

describe('models', () => {
  it('applies the paper defaults, validates, updates and announces changes', async () => {
    const { ok, call, services } = start()
    const seen: string[] = []
    services.events.attach((event) => seen.push(event))
    const provider = await ok<Provider>('providers.create', openai)
    const model = await ok<Model>('models.create', {
      providerId: provider.id,
      model: 'gpt-4o',
      name: 'GPT-4o',
      prices: { inputPerMTok: 2.5, outputPerMTok: 10 },
    })
    expect(model.generation).toEqual({ temperature: 0, systemPrompt: 'You are a helpful assistant.' })
    expect(model.limits).toEqual({ maxConcurrent: 8 })
    const updated = await ok<Model>('models.update', { id: model.id, changes: { limits: { maxConcurrent: 4, rpm: 120 } } })
    expect(updated.limits).toEqual({ maxConcurrent: 4, rpm: 120 })
    expect(await call('models.update', { id: model.id, changes: { generation: { temperature: 5 } } })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: 'changes.generation.temperature' }] },
    })
    expect(await call('models.create', { providerId: 'prov_missing', model: 'x', name: 'X' })).toMatchObject({ ok: false, error: { code: 'not_found' } })
    expect(seen).toEqual(['providers.changed', 'models.changed', 'models.changed'])
  })

  it('suggests known prices and estimates what a connection test costs before it is sent', async () => {
    const { ok } = start()
    expect(await ok('models.suggestPrices', { model: 'gpt-4o-2024-08-06' })).toEqual({ known: true, inputPerMTok: 2.5, outputPerMTok: 10 })
    expect(await ok('models.suggestPrices', { model: 'my-finetune' })).toEqual({ known: false, inputPerMTok: 0, outputPerMTok: 0 })
    const provider = await ok<Provider>('providers.create', openai)
    const model = await ok<Model>('models.create', {
      providerId: provider.id,
      model: 'gpt-4o',
      name: 'GPT-4o',
      prices: { inputPerMTok: 2.5, outputPerMTok: 10 },
    })
    const estimate = await ok<{ maxCostUsd: number; prompt: string }>('models.estimateTest', { id: model.id })
    expect(estimate.maxCostUsd).toBeGreaterThan(0)
    expect(estimate.maxCostUsd).toBeLessThan(0.001)
  })
})
