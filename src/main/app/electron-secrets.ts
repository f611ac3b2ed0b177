import { safeStorage } from 'electron'
import Store from 'electron-store'
import type { EnvelopeStore } from '../storage/secrets/envelope-store'
import { createSecretStore } from '../storage/secrets/create-secret-store'
import type { SafeStorageLike } from '../storage/secrets/safe-storage'
import { SecretStoreError, type SecretStore } from '../storage/secrets/secret-store'

/**
 * The desktop app's key store: Electron's safeStorage with envelopes in `<dataDir>/secrets.json`,
 * or the passphrase file when the OS cannot protect keys (see `createSecretStore` for the rules).
 * Call after the app's `ready` event: before it, Linux reports its backend as `unknown`.
 */
export function createElectronSecretStore(dataDir: string, options: { preferPassphrase?: boolean } = {}): Promise<SecretStore> {
  return createSecretStore({
    dataDir,
    safeStorage: electronSafeStorage(),
    envelopeStore: electronEnvelopeStore(dataDir),
    preferPassphrase: options.preferPassphrase,
  })
}

/** Bound wrappers; `getSelectedStorageBackend` only where Electron defines it (Linux). */
function electronSafeStorage(): SafeStorageLike {
  const adapter: SafeStorageLike = {
    isAsyncEncryptionAvailable: () => safeStorage.isAsyncEncryptionAvailable(),
    encryptStringAsync: (plainText) => safeStorage.encryptStringAsync(plainText),
    decryptStringAsync: (encrypted) => safeStorage.decryptStringAsync(encrypted),
  }
  if (process.platform === 'linux') adapter.getSelectedStorageBackend = () => safeStorage.getSelectedStorageBackend()
  return adapter
}

/**
 * Opened on first use so a damaged `secrets.json` becomes a 'corrupt' error on the keys (the app
 * still starts) rather than an exception at start-up, and is never cleared automatically.
 */
function electronEnvelopeStore(dataDir: string): EnvelopeStore {
  let store: Store<Record<string, unknown>> | undefined
  const open = (): Store<Record<string, unknown>> => {
    try {
      store ??= new Store<Record<string, unknown>>({
        name: 'secrets',
        cwd: dataDir,
        // Refs may contain dots; they are plain keys, not paths.
        accessPropertiesByDotNotation: false,
        configFileMode: 0o600,
        clearInvalidConfig: false,
        watch: false,
      })
      return store
    } catch {
      // conf's message can quote the file's content; it is not passed on.
      throw new SecretStoreError(
        'corrupt',
        'The file that holds your encrypted API keys (secrets.json in the data folder) is damaged. Move it aside and enter your keys again.',
      )
    }
  }
  return {
    get: (key) => open().get(key),
    set: (key, value) => open().set(key, value),
    delete: (key) => open().delete(key),
    keys: () => Object.keys(open().store),
  }
}
