import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { chooseSecretStore, createSecretStore, type CreateSecretStoreOptions } from '../../../../../src/main/storage/secrets/create-secret-store'
import { envelopeKey } from '../../../../../src/main/storage/secrets/envelope-store'
import { KEY_FILE_NAME } from '../../../../../src/main/storage/secrets/passphrase-store'
import { useTempDirs } from '../../../../support/temp-dir'
import { FakeSafeStorage, MemoryEnvelopeStore } from './fakes'

const newDir = useTempDirs()
const FAST = { N: 2 ** 15, r: 8, p: 1 }

function desktop(overrides: Partial<CreateSecretStoreOptions> = {}) {
  const safeStorage = new FakeSafeStorage()
  const envelopeStore = new MemoryEnvelopeStore()
  const options = { dataDir: newDir(), safeStorage, envelopeStore, platform: 'linux' as const, scrypt: FAST, ...overrides }
  return { safeStorage, envelopeStore, options }
}

describe('choosing a secret store', () => {
  it('uses OS encryption when it is available with a real password manager', async () => {
    const { options } = desktop()
    expect(await chooseSecretStore(options)).toEqual({ mode: 'os-encryption', why: 'os-encryption-usable' })
    expect((await createSecretStore(options)).state().mode).toBe('os-encryption')
  })

  it('uses a passphrase when asked to, even with OS encryption available', async () => {
    const { options } = desktop({ preferPassphrase: true })
    expect(await chooseSecretStore(options)).toEqual({ mode: 'passphrase', why: 'preferred-passphrase' })
    expect((await createSecretStore(options)).state()).toMatchObject({ mode: 'passphrase', locked: true })
  })

  it('uses a passphrase without safeStorage (browser mode, command line)', async () => {
    const options = { dataDir: newDir(), scrypt: FAST }
    expect(await chooseSecretStore(options)).toEqual({ mode: 'passphrase', why: 'no-os-encryption' })
    expect((await createSecretStore(options)).state().mode).toBe('passphrase')
    const { safeStorage } = desktop()
    expect((await chooseSecretStore({ ...options, safeStorage })).mode).toBe('passphrase')
  })

  it('falls back to a passphrase when encryption is unavailable or the Linux backend is insecure', async () => {
    const unavailable = desktop()
    unavailable.safeStorage.available = false
    expect(await chooseSecretStore(unavailable.options)).toEqual({ mode: 'passphrase', why: 'os-encryption-unavailable' })
    const insecure = desktop()
    insecure.safeStorage.backend = 'basic_text'
    expect(await chooseSecretStore(insecure.options)).toEqual({ mode: 'passphrase', why: 'os-encryption-insecure' })
    expect((await createSecretStore(insecure.options)).state().mode).toBe('passphrase')
  })

  it('ignores the backend outside Linux', async () => {
    const { options, safeStorage } = desktop({ platform: 'win32' })
    safeStorage.backend = 'basic_text'
    expect((await chooseSecretStore(options)).mode).toBe('os-encryption')
  })

  it('keeps OS-encrypted keys reachable when encryption has become unavailable', async () => {
    const { options, safeStorage, envelopeStore } = desktop()
    envelopeStore.set(envelopeKey('prov_a'), { anything: true })
    safeStorage.available = false
    expect(await chooseSecretStore(options)).toEqual({ mode: 'os-encryption', why: 'existing-os-keys' })
  })

  it('keeps using an existing passphrase file when OS encryption has become available', async () => {
    const { options } = desktop()
    writeFileSync(join(options.dataDir, KEY_FILE_NAME), '{}')
    expect(await chooseSecretStore(options)).toEqual({ mode: 'passphrase', why: 'existing-passphrase-file' })
  })

  it('treats an envelope store that cannot be read as holding keys, so its error surfaces', async () => {
    const { options, envelopeStore } = desktop()
    envelopeStore.keys = () => {
      throw new Error('damaged')
    }
    expect((await chooseSecretStore(options)).why).toBe('existing-os-keys')
  })
})
