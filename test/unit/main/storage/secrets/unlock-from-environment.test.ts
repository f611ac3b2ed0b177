import { describe, expect, it } from 'vitest'
import { createOsEncryptionStore } from '../../../../../src/main/storage/secrets/os-encryption-store'
import { createPassphraseStore } from '../../../../../src/main/storage/secrets/passphrase-store'
import type { SecretStoreError } from '../../../../../src/main/storage/secrets/secret-store'
import { PASSPHRASE_ENV, unlockFromEnvironment } from '../../../../../src/main/storage/secrets/unlock-from-environment'
import { useTempDirs } from '../../../../support/temp-dir'
import { describeError, FakeSafeStorage, MemoryEnvelopeStore, rejectionOf } from './fakes'

const newDir = useTempDirs()
const FAST = { N: 2 ** 15, r: 8, p: 1 }

describe('unlockFromEnvironment', () => {
  it('reads DISTILLSCOPE_PASSPHRASE', () => {
    expect(PASSPHRASE_ENV).toBe('DISTILLSCOPE_PASSPHRASE')
  })

  it('does nothing when the variable is unset or empty', async () => {
    const store = createPassphraseStore({ dataDir: newDir(), scrypt: FAST })
    expect(await unlockFromEnvironment(store, {})).toBe('not-set')
    expect(await unlockFromEnvironment(store, { DISTILLSCOPE_PASSPHRASE: '' })).toBe('not-set')
    expect(store.state().locked).toBe(true)
  })

  it('unlocks (creating the file the first time), then again from a new process', async () => {
    const dir = newDir()
    const env = { DISTILLSCOPE_PASSPHRASE: ' spaces count here ' }
    const first = createPassphraseStore({ dataDir: dir, scrypt: FAST })
    expect(await unlockFromEnvironment(first, env)).toBe('unlocked')
    await first.set('prov_a', 'sk-abcdefghijklmnop')
    const second = createPassphraseStore({ dataDir: dir, scrypt: FAST })
    expect(await unlockFromEnvironment(second, env)).toBe('unlocked')
    expect(await second.reveal('prov_a')).toBe('sk-abcdefghijklmnop')
    // Not trimmed: the same words without the spaces are another passphrase.
    const third = createPassphraseStore({ dataDir: dir, scrypt: FAST })
    const error = await rejectionOf(unlockFromEnvironment(third, { DISTILLSCOPE_PASSPHRASE: 'spaces count here' }))
    expect((error as SecretStoreError).reason).toBe('wrong_passphrase')
    expect(describeError(error)).not.toContain('spaces count here')
  })

  it('leaves an OS-encryption store alone', async () => {
    const store = createOsEncryptionStore({ safeStorage: new FakeSafeStorage(), envelopes: new MemoryEnvelopeStore(), platform: 'linux' })
    expect(await unlockFromEnvironment(store, { DISTILLSCOPE_PASSPHRASE: 'whatever passphrase' })).toBe('not-needed')
  })
})
