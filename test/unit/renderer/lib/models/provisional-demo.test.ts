import { describe, expect, it } from 'vitest'
import { takeBack } from '../../../../../src/renderer/src/lib/models/provisional-demo'
import { createApiClient } from '../../../../../src/renderer/src/lib/api'
import type { Envelope } from '../../../../../src/shared/contract/errors'
import { createFakeBridge } from '../../fakes'

function backend(refuse: readonly string[] = []) {
  const fake = createFakeBridge(async (route, input): Promise<Envelope<unknown>> => {
    const id = (input as { id: string }).id
    if (refuse.includes(id)) return { ok: false, error: { code: 'conflict', message: `${id} is in use` } }
    return { ok: true, data: { deleted: true } }
  })
  return { api: createApiClient(fake.bridge), requests: fake.requests }
}

describe('takeBack', () => {
  it('deletes the models added, then the provider added with them, latest addition first', async () => {
    const { api, requests } = backend()
    await takeBack(api, [
      { addedIds: ['m1', 'm2'], createdProvider: true, provider: { id: 'sim' } },
      { addedIds: ['m3'], createdProvider: false, provider: { id: 'sim' } },
    ])
    expect(requests.map((request) => [request.route, (request.input as { id: string }).id])).toEqual([
      ['models.delete', 'm3'],
      ['models.delete', 'm1'],
      ['models.delete', 'm2'],
      ['providers.delete', 'sim'],
    ])
  })

  it('keeps going past a refusal, and touches nothing that existed before', async () => {
    const { api, requests } = backend(['m1'])
    await expect(takeBack(api, [{ addedIds: ['m1', 'm2'], createdProvider: false, provider: { id: 'sim' } }])).resolves.toBeUndefined()
    expect(requests.map((request) => request.route)).toEqual(['models.delete', 'models.delete'])
    await takeBack(api, [])
    expect(requests).toHaveLength(2)
  })
})
