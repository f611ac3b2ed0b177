import { describe, expect, it } from 'vitest'
import { envelopeKey } from '../../../../../src/main/storage/secrets/envelope-store'
import { createOsEncryptionStore } from '../../../../../src/main/storage/secrets/os-encryption-store'
import { SecretStoreError, type SecretStoreError as SecretStoreErrorType } from '../../../../../src/main/storage/secrets/secret-store'
import { describeError, expectNoTraceOf, FakeSafeStorage, MemoryEnvelopeStore, rejectionOf, withoutBackend } from './fakes'

const SECRET = 'sk-proj-Zq8xW3vT9kLmN2pR7sY4uB6dF1hJ0cXa'

function setup(platform: NodeJS.Platform = 'linux') {
  const safeStorage = new FakeSafeStorage()
  const envelopes = new MemoryEnvelopeStore()
  const store = createOsEncryptionStore({ safeStorage, envelopes, platform, now: () => new Date('2025-01-02T03:04:05.000Z') })
  return { safeStorage, envelopes, store }
}

async function reasonOf(promise: Promise<unknown>): Promise<SecretStoreErrorType['reason']> {
  const error = await rejectionOf(promise)
  expect(error).toBeInstanceOf(SecretStoreError)
  return (error as SecretStoreErrorType).reason
}

describe('OS-encryption store', () => {
  it('saves a key encrypted and gives it back', async () => {
    const { store, envelopes } = setup()
    await store.set('prov_abc123', `  ${SECRET}\n`)
    expect(await store.reveal('prov_abc123')).toBe(SECRET)
    expectNoTraceOf(SECRET, envelopes.dump())
    const envelope = envelopes.get(envelopeKey('prov_abc123')) as Record<string, unknown>
    expect(envelope).toMatchObject({ version: 1, last4: '0cXa', createdAt: '2025-01-02T03:04:05.000Z' })
  })

  it('reports status with only the last four characters', async () => {
    const { store } = setup()
    expect(await store.status('prov_abc123')).toEqual({ configured: false })
    expect(await store.set('prov_abc123', SECRET)).toEqual({ configured: true, last4: '0cXa' })
    expect(await store.status('prov_abc123')).toEqual({ configured: true, last4: '0cXa' })
    expectNoTraceOf(SECRET, JSON.stringify([await store.status('prov_abc123'), store.state()]))
    expect(store.state()).toEqual({ mode: 'os-encryption', locked: false, initialised: true })
  })

  it('shows no last four characters of a short key', async () => {
    const { store } = setup()
    expect(await store.set('p1', 'abcdefgh123')).toEqual({ configured: true })
    expect(await store.reveal('p1')).toBe('abcdefgh123')
  })

  it('returns nothing for a provider without a key, and forgets removed keys', async () => {
    const { store } = setup()
    expect(await store.reveal('prov_none')).toBeUndefined()
    await store.set('prov_abc123', SECRET)
    await store.remove('prov_abc123')
    expect(await store.status('prov_abc123')).toEqual({ configured: false })
    expect(await store.reveal('prov_abc123')).toBeUndefined()
  })

  it('refuses to store when encryption is unavailable, suggesting a passphrase', async () => {
    const { store, safeStorage, envelopes } = setup()
    safeStorage.available = false
    const error = await rejectionOf(store.set('prov_abc123', SECRET))
    expect((error as SecretStoreErrorType).reason).toBe('encryption_unavailable')
    expect(error.message).toMatch(/passphrase/)
    expect(safeStorage.count('encryptStringAsync')).toBe(0)
    expect(envelopes.data.size).toBe(0)
  })

  it.each(['basic_text', 'unknown', 'some_future_backend', undefined])('refuses the Linux backend %s', async (backend) => {
    const { store, safeStorage, envelopes } = setup('linux')
    safeStorage.backend = backend
    const error = await rejectionOf(store.set('prov_abc123', SECRET))
    expect((error as SecretStoreErrorType).reason).toBe('insecure_backend')
    expect(error.message).toMatch(/passphrase/)
    expect(envelopes.data.size).toBe(0)
  })

  it('refuses on Linux when the backend cannot be asked', async () => {
    const safeStorage = new FakeSafeStorage()
    const store = createOsEncryptionStore({ safeStorage: withoutBackend(safeStorage), envelopes: new MemoryEnvelopeStore(), platform: 'linux' })
    expect(await reasonOf(store.set('prov_abc123', SECRET))).toBe('insecure_backend')
  })

  it.each(['gnome_libsecret', 'kwallet', 'kwallet5', 'kwallet6'])('accepts the Linux backend %s', async (backend) => {
    const { store, safeStorage } = setup('linux')
    safeStorage.backend = backend
    await store.set('prov_abc123', SECRET)
    expect(await store.reveal('prov_abc123')).toBe(SECRET)
  })

  it('ignores the backend outside Linux, where Electron does not define it', async () => {
    const safeStorage = new FakeSafeStorage()
    safeStorage.backend = 'basic_text'
    const store = createOsEncryptionStore({ safeStorage: withoutBackend(safeStorage), envelopes: new MemoryEnvelopeStore(), platform: 'darwin' })
    await store.set('prov_abc123', SECRET)
    expect(await store.reveal('prov_abc123')).toBe(SECRET)
  })

  it('treats an availability check that throws as unavailable', async () => {
    const { store, safeStorage } = setup()
    safeStorage.isAsyncEncryptionAvailable = async () => {
      throw new Error('not ready')
    }
    expect(await reasonOf(store.set('prov_abc123', SECRET))).toBe('encryption_unavailable')
  })

  it('never passes on the encryptor’s error, which may quote the key', async () => {
    const { store, safeStorage } = setup()
    safeStorage.failEncrypt = true
    const error = await rejectionOf(store.set('prov_abc123', SECRET))
    expect((error as SecretStoreErrorType).reason).toBe('encryption_unavailable')
    expect((error as { cause?: unknown }).cause).toBeUndefined()
    expectNoTraceOf(SECRET, describeError(error))
  })

  it('reads status and removes keys while encryption is unavailable, and explains why a key cannot be read', async () => {
    const { store, safeStorage } = setup()
    await store.set('prov_abc123', SECRET)
    safeStorage.available = false
    expect(await store.status('prov_abc123')).toEqual({ configured: true, last4: '0cXa' })
    const error = await rejectionOf(store.reveal('prov_abc123'))
    expect((error as SecretStoreErrorType).reason).toBe('encryption_unavailable')
    expectNoTraceOf(SECRET, describeError(error))
    await store.remove('prov_abc123')
    expect(await store.status('prov_abc123')).toEqual({ configured: false })
  })

  it('reports a malformed envelope as corrupt, naming the provider but not the content', async () => {
    const { store, envelopes } = setup()
    envelopes.set(envelopeKey('prov_abc123'), { version: 1, ciphertext: 'not base64 !!', createdAt: 'yesterday', note: 'GARBAGE-CONTENT' })
    for (const attempt of [() => store.status('prov_abc123'), () => store.reveal('prov_abc123')]) {
      const error = await rejectionOf(attempt())
      expect((error as SecretStoreErrorType).reason).toBe('corrupt')
      expect(error.message).toContain('prov_abc123')
      expect(describeError(error)).not.toContain('GARBAGE')
    }
  })

  it('reports a ciphertext the OS cannot decrypt as corrupt', async () => {
    const { store, envelopes } = setup()
    await store.set('prov_abc123', SECRET)
    const envelope = envelopes.get(envelopeKey('prov_abc123')) as { ciphertext: string }
    const bytes = Buffer.from(envelope.ciphertext, 'base64')
    bytes[bytes.length - 1]! ^= 1
    envelopes.set(envelopeKey('prov_abc123'), { ...envelope, ciphertext: bytes.toString('base64') })
    expect(await reasonOf(store.reveal('prov_abc123'))).toBe('corrupt')
  })

  it('refuses an envelope copied from another provider', async () => {
    const { store, envelopes } = setup()
    await store.set('prov_victim', SECRET)
    envelopes.set(envelopeKey('prov_attacker'), envelopes.get(envelopeKey('prov_victim')))
    const error = await rejectionOf(store.reveal('prov_attacker'))
    expect((error as SecretStoreErrorType).reason).toBe('corrupt')
    expectNoTraceOf(SECRET, describeError(error))
  })

  it('refuses an envelope whose plain last four were changed', async () => {
    const { store, envelopes } = setup()
    await store.set('prov_abc123', SECRET)
    envelopes.set(envelopeKey('prov_abc123'), { ...(envelopes.get(envelopeKey('prov_abc123')) as object), last4: 'ZZZZ' })
    expect(await reasonOf(store.reveal('prov_abc123'))).toBe('corrupt')
  })

  it('re-encrypts and saves when the OS asks for it, once', async () => {
    const { store, safeStorage, envelopes } = setup()
    await store.set('prov_abc123', SECRET)
    const before = envelopes.get(envelopeKey('prov_abc123')) as { ciphertext: string; createdAt: string }
    safeStorage.rotate()
    expect(await store.reveal('prov_abc123')).toBe(SECRET)
    const after = envelopes.get(envelopeKey('prov_abc123')) as { ciphertext: string; createdAt: string }
    expect(after.ciphertext).not.toBe(before.ciphertext)
    expect(after.createdAt).toBe(before.createdAt)
    expect(safeStorage.count('encryptStringAsync')).toBe(2)
    expect(await store.reveal('prov_abc123')).toBe(SECRET)
    expect(safeStorage.count('encryptStringAsync')).toBe(2)
  })

  it('does not re-encrypt to a backend it would not store with, but still returns the key', async () => {
    const { store, safeStorage, envelopes } = setup()
    await store.set('prov_abc123', SECRET)
    const before = envelopes.dump()
    safeStorage.rotate()
    safeStorage.backend = 'basic_text'
    expect(await store.reveal('prov_abc123')).toBe(SECRET)
    expect(envelopes.dump()).toBe(before)
  })

  it('returns the key even if saving the re-encrypted copy fails', async () => {
    const { store, safeStorage, envelopes } = setup()
    await store.set('prov_abc123', SECRET)
    safeStorage.rotate()
    envelopes.set = () => {
      throw new Error('disk full')
    }
    expect(await store.reveal('prov_abc123')).toBe(SECRET)
  })

  it('rejects invalid refs and keys without repeating them', async () => {
    const { store } = setup()
    for (const ref of ['', '../etc', '__proto__', 'a'.repeat(65), 'has space', SECRET.replace(/-/g, '+')]) {
      expect(await reasonOf(store.set(ref, SECRET))).toBe('invalid')
      expect(await reasonOf(store.status(ref))).toBe('invalid')
    }
    for (const bad of ['', '   ', `${SECRET} ${SECRET}`, `${SECRET}\u0000`, 'x'.repeat(9000)]) {
      const error = await rejectionOf(store.set('prov_abc123', bad))
      expect((error as SecretStoreErrorType).reason).toBe('invalid')
      expectNoTraceOf(SECRET, describeError(error))
    }
  })

  it('keeps every key when several are saved at once', async () => {
    const { store } = setup()
    await Promise.all(['a1', 'b2', 'c3'].map((ref) => store.set(ref, `${SECRET}${ref}`)))
    expect(await Promise.all(['a1', 'b2', 'c3'].map((ref) => store.reveal(ref)))).toEqual(['a1', 'b2', 'c3'].map((ref) => `${SECRET}${ref}`))
  })
})
