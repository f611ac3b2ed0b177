import { chmodSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEFAULT_SCRYPT } from '../../../../../src/main/storage/secrets/passphrase-crypto'
import { createPassphraseStore, KEY_FILE_NAME } from '../../../../../src/main/storage/secrets/passphrase-store'
import { SecretStoreError, type SecretStore } from '../../../../../src/main/storage/secrets/secret-store'
import { useTempDirs } from '../../../../support/temp-dir'
import { describeError, expectNoTraceOf, rejectionOf } from './fakes'

const newDir = useTempDirs()
const SECRET = 'sk-ant-api03-Qm7yV2nB8xK4pL9wR3tZ6cJ1hF5dS0aE'
const PASSPHRASE = 'correct horse battery'
/** The weakest parameters the store accepts, so tests stay fast. */
const FAST = { N: 2 ** 15, r: 8, p: 1 }

type Json = {
  kdf: Record<string, unknown>
  verifier: Record<string, string>
  entries: Record<string, Record<string, string>>
  [k: string]: unknown
}

function setup(dir = newDir()) {
  const store = createPassphraseStore({ dataDir: dir, scrypt: FAST })
  const file = join(dir, KEY_FILE_NAME)
  const readJson = () => JSON.parse(readFileSync(file, 'utf8')) as Json
  const writeJson = (json: unknown) => writeFileSync(file, JSON.stringify(json))
  return { dir, file, store, readJson, writeJson }
}

async function reasonOf(promise: Promise<unknown>): Promise<string> {
  const error = await rejectionOf(promise)
  expect(error).toBeInstanceOf(SecretStoreError)
  return (error as SecretStoreError).reason
}

async function unlockedWithKey(store: SecretStore, ref = 'prov_abc123'): Promise<void> {
  await store.unlock(PASSPHRASE)
  await store.set(ref, SECRET)
}

describe('passphrase store', () => {
  it('starts locked and uninitialised, and creates the file on first unlock', async () => {
    const { store, file } = setup()
    expect(store.state()).toEqual({ mode: 'passphrase', locked: true, initialised: false })
    await store.unlock(PASSPHRASE)
    expect(store.state()).toEqual({ mode: 'passphrase', locked: false, initialised: true })
    expect(existsSync(file)).toBe(true)
  })

  it('refuses a short first passphrase and creates nothing', async () => {
    const { store, file } = setup()
    expect(await reasonOf(store.unlock('short'))).toBe('invalid')
    expect(await reasonOf(store.unlock(''))).toBe('invalid')
    expect(existsSync(file)).toBe(false)
    expect(store.state().locked).toBe(true)
  })

  it('keeps keys across instances: status while locked, the key after unlocking again', async () => {
    const { dir, store } = setup()
    await unlockedWithKey(store)
    expect(await store.reveal('prov_abc123')).toBe(SECRET)

    const again = setup(dir).store
    expect(again.state()).toEqual({ mode: 'passphrase', locked: true, initialised: true })
    expect(await again.status('prov_abc123')).toEqual({ configured: true, last4: 'S0aE' })
    expect(await reasonOf(again.reveal('prov_abc123'))).toBe('locked')
    await again.unlock(PASSPHRASE)
    expect(await again.reveal('prov_abc123')).toBe(SECRET)
  })

  it('says a wrong passphrase is wrong, and stays locked', async () => {
    const { dir, store } = setup()
    await unlockedWithKey(store)
    const again = setup(dir).store
    for (const wrong of ['correct horse battery!', 'short', 'Correct horse battery']) {
      const error = await rejectionOf(again.unlock(wrong))
      expect((error as SecretStoreError).reason).toBe('wrong_passphrase')
      expect(describeError(error)).not.toContain(wrong)
    }
    expect(again.state().locked).toBe(true)
  })

  it('refuses to read or save keys while locked', async () => {
    const { store } = setup()
    expect(await reasonOf(store.set('prov_abc123', SECRET))).toBe('locked')
    await unlockedWithKey(store)
    store.lock()
    expect(store.state().locked).toBe(true)
    expect(await reasonOf(store.reveal('prov_abc123'))).toBe('locked')
    expect(await reasonOf(store.set('prov_other', SECRET))).toBe('locked')
    // Nothing to hide about a provider without a key.
    expect(await store.reveal('prov_none')).toBeUndefined()
  })

  it('removes a key while locked', async () => {
    const { store } = setup()
    await unlockedWithKey(store)
    store.lock()
    await store.remove('prov_abc123')
    expect(await store.status('prov_abc123')).toEqual({ configured: false })
  })

  it('stays locked when lock() is called while unlocking', async () => {
    const { store } = setup()
    const unlocking = store.unlock(PASSPHRASE)
    store.lock()
    await unlocking
    expect(store.state().locked).toBe(true)
  })

  it('re-locks when the file was replaced by one with another passphrase', async () => {
    const { dir, store, file } = setup()
    await unlockedWithKey(store)
    const other = setup(newDir())
    await other.store.unlock('another passphrase')
    writeFileSync(file, readFileSync(other.file))
    expect(await reasonOf(store.set('prov_x', SECRET))).toBe('locked')
    expect(store.state().locked).toBe(true)
    expect(existsSync(join(dir, KEY_FILE_NAME))).toBe(true)
  })

  it('writes the key file with owner-only permissions, replacing looser ones', async () => {
    if (process.platform === 'win32') return
    const { store, file } = setup()
    await store.unlock(PASSPHRASE)
    expect(statSync(file).mode & 0o777).toBe(0o600)
    chmodSync(file, 0o644)
    await store.set('prov_abc123', SECRET)
    expect(statSync(file).mode & 0o777).toBe(0o600)
  })

  it('leaves no temporary file behind', async () => {
    const { dir, store } = setup()
    await unlockedWithKey(store)
    await store.set('prov_two', SECRET)
    await store.remove('prov_two')
    expect(readdirSync(dir)).toEqual([KEY_FILE_NAME])
  })

  it('never lets the key or passphrase show in the file, errors, state or status', async () => {
    const { dir, store, file } = setup()
    await unlockedWithKey(store)
    const bytes = readFileSync(file, 'utf8')
    expectNoTraceOf(SECRET, bytes)
    expectNoTraceOf(PASSPHRASE, bytes)
    expectNoTraceOf(SECRET, JSON.stringify([store.state(), await store.status('prov_abc123')]))
    const again = setup(dir).store
    const errors = [
      await rejectionOf(again.reveal('prov_abc123')),
      await rejectionOf(again.unlock(`${PASSPHRASE}x`)),
      await rejectionOf(again.set('bad ref', SECRET)),
    ]
    for (const error of errors) {
      expectNoTraceOf(SECRET, describeError(error))
      expectNoTraceOf(PASSPHRASE, describeError(error))
    }
  })

  it('records the KDF parameters, a random salt and a fresh IV per value', async () => {
    const { store, readJson } = setup()
    await unlockedWithKey(store)
    await store.set('prov_two', SECRET)
    const json = readJson()
    expect(json).toMatchObject({ format: 'distillscope-keys', version: 1, cipher: 'aes-256-gcm' })
    expect(json.kdf).toMatchObject({ name: 'scrypt', N: 2 ** 15, r: 8, p: 1, keyLength: 32 })
    expect(Buffer.from(json.kdf.salt as string, 'base64')).toHaveLength(16)
    const ivs = [json.verifier.iv, json.entries.prov_abc123!.iv, json.entries.prov_two!.iv]
    expect(new Set(ivs).size).toBe(3)
    expect(json.entries.prov_abc123!.data).not.toBe(json.entries.prov_two!.data)
    expect(DEFAULT_SCRYPT.N).toBeGreaterThanOrEqual(2 ** 17)
  })

  it('refuses weaker scrypt parameters than agreed', () => {
    expect(() => createPassphraseStore({ dataDir: newDir(), scrypt: { N: 2 ** 14, r: 8, p: 1 } })).toThrow(RangeError)
  })

  it('reports a tampered key as corrupt, naming the provider only', async () => {
    const { store, readJson, writeJson } = setup()
    await unlockedWithKey(store)
    const json = readJson()
    const entry = json.entries.prov_abc123!
    const data = Buffer.from(entry.data!, 'base64')
    data[0]! ^= 1
    entry.data = data.toString('base64')
    writeJson(json)
    const error = await rejectionOf(store.reveal('prov_abc123'))
    expect((error as SecretStoreError).reason).toBe('corrupt')
    expect(error.message).toContain('prov_abc123')
    expect(error.message).not.toContain(entry.data)
  })

  it('reports a changed last4 or a key moved to another provider as corrupt', async () => {
    const { store, readJson, writeJson } = setup()
    await unlockedWithKey(store, 'prov_victim')
    const json = readJson()
    json.entries.prov_attacker = json.entries.prov_victim!
    json.entries.prov_victim = { ...json.entries.prov_victim!, last4: 'ZZZZ' }
    writeJson(json)
    expect(await reasonOf(store.reveal('prov_attacker'))).toBe('corrupt')
    expect(await reasonOf(store.reveal('prov_victim'))).toBe('corrupt')
  })

  it('treats a tampered verifier as a wrong passphrase', async () => {
    const { dir, store, readJson, writeJson } = setup()
    await unlockedWithKey(store)
    const json = readJson()
    const tag = Buffer.from(json.verifier.tag!, 'base64')
    tag[0]! ^= 1
    json.verifier.tag = tag.toString('base64')
    writeJson(json)
    expect(await reasonOf(setup(dir).store.unlock(PASSPHRASE))).toBe('wrong_passphrase')
  })

  it('reports an unreadable file as corrupt without quoting it, and never overwrites it', async () => {
    const { store, file } = setup()
    writeFileSync(file, '{"format": "distillscope-keys", "entries": SECRET-LOOKING-CONTENT')
    for (const attempt of [() => store.status('prov_abc123'), () => store.unlock(PASSPHRASE), () => store.remove('prov_abc123')]) {
      const error = await rejectionOf(attempt())
      expect((error as SecretStoreError).reason).toBe('corrupt')
      expect(describeError(error)).not.toContain('SECRET-LOOKING')
    }
    expect(readFileSync(file, 'utf8')).toContain('SECRET-LOOKING')
  })

  it('refuses a file with absurd KDF parameters or bad refs as corrupt', async () => {
    const { dir, store, readJson, writeJson } = setup()
    await unlockedWithKey(store)
    const good = readJson()
    for (const bad of [
      { ...good, kdf: { ...good.kdf, N: 1024 } },
      { ...good, kdf: { ...good.kdf, N: 2 ** 24 } },
      { ...good, entries: { ...good.entries, 'bad ref': good.entries.prov_abc123 } },
    ]) {
      writeJson(bad)
      expect(await reasonOf(setup(dir).store.unlock(PASSPHRASE))).toBe('corrupt')
    }
  })

  it('drops a `__proto__` entry instead of letting it touch any prototype', async () => {
    const { dir, store, readJson, file } = setup()
    await unlockedWithKey(store)
    writeFileSync(file, JSON.stringify(readJson()).replace('"prov_abc123"', '"__proto__"'))
    const again = setup(dir).store
    await again.unlock(PASSPHRASE)
    expect(await again.status('prov_abc123')).toEqual({ configured: false })
    expect(await again.reveal('iv')).toBeUndefined()
    expect(({} as Record<string, unknown>).iv).toBeUndefined()
  })

  it('says when the file comes from a newer version', async () => {
    const { store, readJson, writeJson } = setup()
    await unlockedWithKey(store)
    writeJson({ ...readJson(), version: 2 })
    const error = await rejectionOf(store.status('prov_abc123'))
    expect((error as SecretStoreError).reason).toBe('corrupt')
    expect(error.message).toMatch(/newer version/)
  })

  it('keeps every key when several are saved at once', async () => {
    const { dir, store } = setup()
    await store.unlock(PASSPHRASE)
    const refs = ['a1', 'b2', 'c3', 'd4']
    await Promise.all(refs.map((ref) => store.set(ref, `${SECRET}-${ref}`)))
    const again = setup(dir).store
    await again.unlock(PASSPHRASE)
    expect(await Promise.all(refs.map((ref) => again.reveal(ref)))).toEqual(refs.map((ref) => `${SECRET}-${ref}`))
  })

  it('rejects (never throws synchronously) on invalid input', async () => {
    const { store } = setup()
    await store.unlock(PASSPHRASE)
    const calls = [() => store.set('', SECRET), () => store.set('prov_abc123', ' '), () => store.reveal('../x'), () => store.unlock('x'.repeat(2000))]
    for (const call of calls) {
      let result: Promise<unknown> | undefined
      expect(() => (result = call())).not.toThrow()
      expect(await reasonOf(result!)).toBe('invalid')
    }
  })

  it('keeps every key when several are saved at once, and a refused change does not hold up the next', async () => {
    const { store } = setup()
    await store.unlock(PASSPHRASE)
    const refs = ['prov_a1', 'prov_b2', 'prov_c3']
    const refused = reasonOf(store.set('not a ref!', SECRET))
    await Promise.all(refs.map((ref) => store.set(ref, `${SECRET}${ref}`)))
    expect(await refused).toBe('invalid')
    expect(await Promise.all(refs.map((ref) => store.reveal(ref)))).toEqual(refs.map((ref) => `${SECRET}${ref}`))
  })
})
