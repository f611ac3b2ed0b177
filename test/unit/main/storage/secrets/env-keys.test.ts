import { inspect } from 'node:util'
import { describe, expect, it, vi } from 'vitest'
import { keyFromEnvironment, resolveApiKey } from '../../../../../src/main/storage/secrets/env-keys'
import { SecretStoreError, type SecretStore } from '../../../../../src/main/storage/secrets/secret-store'
import { describeError, expectNoTraceOf, rejectionOf } from './fakes'

const ENV_KEY = 'sk-env-Hk3mP9qR2tV5wX8yZ1aB4cD7'
const STORED_KEY = 'sk-store-Lm2nO4pQ6rS8tU0vW3xY5z'

function fakeStore(key: string | undefined): SecretStore & { reveal: ReturnType<typeof vi.fn> } {
  return {
    state: () => ({ mode: 'passphrase', locked: false, initialised: true }),
    status: async () => ({ configured: key !== undefined }),
    set: async () => ({ configured: true }),
    remove: async () => undefined,
    reveal: vi.fn(async () => key),
    unlock: async () => undefined,
    lock: () => undefined,
  }
}

describe('keyFromEnvironment', () => {
  it('reads the named variable, trimmed', () => {
    expect(keyFromEnvironment('OPENAI_API_KEY', { OPENAI_API_KEY: ` ${ENV_KEY}\n` })).toBe(ENV_KEY)
    expect(keyFromEnvironment('_X1', { _X1: ENV_KEY })).toBe(ENV_KEY)
  })

  it('returns nothing when no variable is named, or it is unset or blank', () => {
    expect(keyFromEnvironment(undefined, { OPENAI_API_KEY: ENV_KEY })).toBeUndefined()
    expect(keyFromEnvironment('', { OPENAI_API_KEY: ENV_KEY })).toBeUndefined()
    expect(keyFromEnvironment('OPENAI_API_KEY', {})).toBeUndefined()
    expect(keyFromEnvironment('OPENAI_API_KEY', { OPENAI_API_KEY: '  ' })).toBeUndefined()
  })

  it.each(['openai_api_key', '1KEY', 'MY-KEY', 'A B', 'PATH=/x', ENV_KEY, 'A'.repeat(200)])('refuses the name %s without repeating it', (name) => {
    let error: unknown
    try {
      keyFromEnvironment(name, { [name]: 'value' })
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(SecretStoreError)
    expect((error as SecretStoreError).reason).toBe('invalid')
    expect((error as Error).message).not.toContain(name)
  })

  it('never hands out Distillscope’s own variables, such as the passphrase', () => {
    expect(() => keyFromEnvironment('DISTILLSCOPE_PASSPHRASE', { DISTILLSCOPE_PASSPHRASE: 'my passphrase' })).toThrow(SecretStoreError)
    expect(() => keyFromEnvironment('DISTILLSCOPE_DATA_DIR', { DISTILLSCOPE_DATA_DIR: '/data' })).toThrow(SecretStoreError)
  })

  it('refuses a value that cannot be a key, naming the variable but not the value', () => {
    const value = `${ENV_KEY} ${ENV_KEY}`
    let error: Error | undefined
    try {
      keyFromEnvironment('OPENAI_API_KEY', { OPENAI_API_KEY: value })
    } catch (caught) {
      error = caught as Error
    }
    expect(error?.message).toContain('OPENAI_API_KEY')
    expectNoTraceOf(ENV_KEY, describeError(error!))
  })
})

describe('resolveApiKey', () => {
  it('prefers the environment variable over the store, without asking the store', async () => {
    const store = fakeStore(STORED_KEY)
    const resolved = await resolveApiKey({ ref: 'prov_a', apiKeyEnv: 'OPENAI_API_KEY' }, store, { OPENAI_API_KEY: ENV_KEY })
    expect(resolved).toMatchObject({ key: ENV_KEY, source: 'env' })
    expect(store.reveal).not.toHaveBeenCalled()
  })

  it('falls back to the store when the variable is unset', async () => {
    const store = fakeStore(STORED_KEY)
    const resolved = await resolveApiKey({ ref: 'prov_a', apiKeyEnv: 'OPENAI_API_KEY' }, store, {})
    expect(resolved).toMatchObject({ key: STORED_KEY, source: 'store' })
    expect(store.reveal).toHaveBeenCalledWith('prov_a')
  })

  it('returns nothing when neither has a key', async () => {
    expect(await resolveApiKey({ ref: 'prov_a' }, fakeStore(undefined), {})).toBeUndefined()
    expect(await resolveApiKey({ apiKeyEnv: 'OPENAI_API_KEY' }, fakeStore(STORED_KEY), {})).toBeUndefined()
    expect(await resolveApiKey({ ref: 'prov_a', apiKeyEnv: 'OPENAI_API_KEY' }, undefined, {})).toBeUndefined()
  })

  it('passes on the store’s refusal, and rejects an invalid variable name', async () => {
    const store = fakeStore(STORED_KEY)
    store.reveal.mockRejectedValueOnce(new SecretStoreError('locked', 'locked'))
    expect(((await rejectionOf(resolveApiKey({ ref: 'prov_a' }, store, {}))) as SecretStoreError).reason).toBe('locked')
    expect(((await rejectionOf(resolveApiKey({ ref: 'prov_a', apiKeyEnv: 'bad-name' }, store, {}))) as SecretStoreError).reason).toBe('invalid')
  })

  it('keeps the key out of JSON and console output if the result is logged by mistake', async () => {
    for (const resolved of [
      await resolveApiKey({ apiKeyEnv: 'OPENAI_API_KEY' }, undefined, { OPENAI_API_KEY: ENV_KEY }),
      await resolveApiKey({ ref: 'prov_a' }, fakeStore(STORED_KEY), {}),
    ]) {
      expect(resolved?.key).toMatch(/^sk-/)
      expectNoTraceOf(resolved!.key, JSON.stringify(resolved))
      expectNoTraceOf(resolved!.key, inspect(resolved))
      expectNoTraceOf(resolved!.key, `${JSON.stringify({ wrapped: resolved })}`)
    }
  })
})
