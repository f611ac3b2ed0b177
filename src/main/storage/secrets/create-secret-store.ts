import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { hasEnvelopes, type EnvelopeStore } from './envelope-store'
import { createOsEncryptionStore } from './os-encryption-store'
import type { ScryptParams } from './passphrase-crypto'
import { createPassphraseStore, KEY_FILE_NAME } from './passphrase-store'
import { checkOsEncryption, type SafeStorageLike } from './safe-storage'
import type { SecretStore, SecretStoreMode } from './secret-store'

export interface CreateSecretStoreOptions {
  readonly dataDir: string
  /** Electron's safeStorage (desktop app only); absent in browser mode and the command line. */
  readonly safeStorage?: SafeStorageLike
  /** Where OS-encrypted envelopes are kept; required together with `safeStorage`. */
  readonly envelopeStore?: EnvelopeStore
  /** The person chose a passphrase over the OS keyring (a setting). */
  readonly preferPassphrase?: boolean
  readonly platform?: NodeJS.Platform
  /** For new passphrase files; tests use cheaper (still accepted) parameters. */
  readonly scrypt?: ScryptParams
}

export type SecretStoreChoice =
  | 'preferred-passphrase'
  | 'no-os-encryption'
  | 'existing-os-keys'
  | 'existing-passphrase-file'
  | 'os-encryption-usable'
  | 'os-encryption-unavailable'
  | 'os-encryption-insecure'

/**
 * Which store to use, in this order (first match wins):
 * 1. `preferPassphrase` → passphrase.
 * 2. No safeStorage or envelope store (browser mode, command line) → passphrase.
 * 3. Envelopes already saved → OS encryption, even if it is unavailable right now: the person
 *    then sees "secure storage unavailable" on those keys instead of keys silently vanishing.
 * 4. A passphrase file already exists → passphrase, for the same reason.
 * 5. OS encryption available and (Linux) a real password manager → OS encryption.
 * 6. Otherwise → passphrase (the caller can tell the person why from the choice).
 */
export async function chooseSecretStore(options: CreateSecretStoreOptions): Promise<{ mode: SecretStoreMode; why: SecretStoreChoice }> {
  if (options.preferPassphrase) return { mode: 'passphrase', why: 'preferred-passphrase' }
  if (!options.safeStorage || !options.envelopeStore) return { mode: 'passphrase', why: 'no-os-encryption' }
  if (hasEnvelopes(options.envelopeStore)) return { mode: 'os-encryption', why: 'existing-os-keys' }
  if (existsSync(join(options.dataDir, KEY_FILE_NAME))) return { mode: 'passphrase', why: 'existing-passphrase-file' }
  const check = await checkOsEncryption(options.safeStorage, options.platform ?? process.platform)
  if (check.usable) return { mode: 'os-encryption', why: 'os-encryption-usable' }
  return { mode: 'passphrase', why: check.reason === 'insecure_backend' ? 'os-encryption-insecure' : 'os-encryption-unavailable' }
}

export async function createSecretStore(options: CreateSecretStoreOptions): Promise<SecretStore> {
  const { mode } = await chooseSecretStore(options)
  if (mode === 'os-encryption' && options.safeStorage && options.envelopeStore) {
    return createOsEncryptionStore({ safeStorage: options.safeStorage, envelopes: options.envelopeStore, platform: options.platform })
  }
  return createPassphraseStore({ dataDir: options.dataDir, scrypt: options.scrypt })
}
