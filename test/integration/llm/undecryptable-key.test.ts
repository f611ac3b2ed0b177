import { describe, expect, it } from 'vitest'
import type { SecretStore } from '../../../src/main/storage/secrets/secret-store'
import { corruptKey } from '../../../src/main/storage/secrets/messages'
import { useServices } from '../../support/services'
import { useSimulators } from '../simulator/support'

/**
 * Item 7 of issue 12: a saved key this machine cannot decrypt (copied data folder, another user's
 * keyring) was reported as "the provider refused the API key", though no request was ever sent.
 */
const startServices = useServices()
const startSimulator = useSimulators()

/** A store holding a key for every provider that it cannot decrypt, as the OS store reports it. */
const undecryptable: SecretStore = {
  state: () => ({ mode: 'os-encryption', locked: false, initialised: true }),
  status: async () => ({ configured: true, last4: 'abcd' }),
  set: async () => ({ configured: true, last4: 'abcd' }),
  remove: async () => {},
  reveal: async (ref) => {
    throw corruptKey(ref)
  },
  unlock: async () => {},
  lock: () => {},
}

describe('a saved key that cannot be decrypted', () => {
  it('is named as such, for the model, and no request is sent', async () => {
    const simulator = await startSimulator()
    const { ok } = startServices({ secrets: undecryptable })
    const provider = await ok<{ id: string }>('providers.create', { name: 'Gateway', preset: 'custom', kind: 'openai', baseURL: `${simulator.url}/v1` })
    const model = await ok<{ id: string }>('models.create', { providerId: provider.id, model: 'sim-reference', name: 'Teacher model' })
    const result = await ok<{ ok: boolean; errorClass?: string; message?: string }>('models.testConnection', { id: model.id })
    expect(result.ok).toBe(false)
    expect(result.message).toMatch(/saved API key for Teacher model could not be decrypted on this machine; enter it again/)
    expect(result.message).not.toMatch(/refused the API key/)
    expect(simulator.requestLog).toEqual([])
  })
})
