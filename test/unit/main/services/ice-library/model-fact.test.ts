import { describe, expect, it } from 'vitest'
import type { IdentityFactView, Model, Provider } from '../../../../../src/shared/contract'
import { useServices } from '../../../../support/services'

const start = useServices()
const openai = { name: 'OpenAI', preset: 'openai', kind: 'openai', baseURL: 'https://api.openai.com/v1/' }

/** A saved model names its own identity fact (the ICE wizard fills the target's fact from it). */
describe("a model's identity fact", () => {
  it('is stored, read back, kept by unrelated updates and cleared by null', async () => {
    const { ok, services } = start()
    const provider = await ok<Provider>('providers.create', openai)
    const plain = await ok<Model>('models.create', { providerId: provider.id, model: 'gpt-4o', name: 'GPT-4o' })
    expect(plain).not.toHaveProperty('identityFactId')
    const model = await ok<Model>('models.create', { providerId: provider.id, model: 'qwen-max', name: 'Qwen Max', identityFactId: 'alibaba' })
    expect(model.identityFactId).toBe('alibaba')
    expect((await ok<Model[]>('models.list')).find((each) => each.id === model.id)?.identityFactId).toBe('alibaba')
    expect(services.iceLibrary.factFor(model.identityFactId!)?.vendor).toBe('Alibaba')

    const renamed = await ok<Model>('models.update', { id: model.id, changes: { name: 'Qwen Max (0919)' } })
    expect(renamed.identityFactId).toBe('alibaba')
    const cleared = await ok<Model>('models.update', { id: model.id, changes: { identityFactId: null } })
    expect(cleared).not.toHaveProperty('identityFactId')
  })

  it('must name a fact that exists, and a deleted fact is cleared from the models that named it', async () => {
    const { ok, call, services } = start()
    const seen: string[] = []
    services.events.attach((event) => seen.push(event))
    const provider = await ok<Provider>('providers.create', openai)
    const refused = await call('models.create', { providerId: provider.id, model: 'm', name: 'M', identityFactId: 'fact_nope' })
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'identityFactId' }] } })
    expect(await call('models.create', { providerId: provider.id, model: 'm', name: 'M', identityFactId: 'x'.repeat(65) })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    })

    const fact = await ok<IdentityFactView>('ice.facts.save', {
      vendor: 'Acme AI',
      series: ['Roadrunner'],
      keywords: ['acme'],
      fact: 'I am Roadrunner, made by Acme AI.',
    })
    const model = await ok<Model>('models.create', { providerId: provider.id, model: 'roadrunner-1', name: 'Roadrunner', identityFactId: fact.id })
    seen.length = 0
    await ok('ice.facts.reset', { id: fact.id })
    expect(seen).toEqual(['ice.changed', 'models.changed'])
    expect((await ok<Model[]>('models.list')).find((each) => each.id === model.id)).not.toHaveProperty('identityFactId')
  })
})
