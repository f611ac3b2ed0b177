/**
 * The part of Electron's asynchronous `safeStorage` API (Electron 45, `electron.d.ts`) that the
 * OS-encryption store uses. Electron's own `safeStorage` object satisfies it structurally; tests
 * pass a fake. Declared here, type-only, so storage code never loads `electron`.
 */
export interface SafeStorageLike {
  /** Resolves once the asynchronous encryptor is initialised; only meaningful after app `ready`. */
  isAsyncEncryptionAvailable(): Promise<boolean>
  encryptStringAsync(plainText: string): Promise<Buffer>
  /** `shouldReEncrypt`: the OS key was rotated or upgraded; encrypt the result again and save it. */
  decryptStringAsync(encrypted: Buffer): Promise<{ result: string; shouldReEncrypt: boolean }>
  /**
   * Linux only (Electron defines it only there): which password manager protects the key.
   * `basic_text` means a hard-coded password, i.e. no protection; `unknown` means "called before
   * the app was ready".
   */
  getSelectedStorageBackend?(): string
}

/** Linux backends that really keep the encryption key in a password manager. */
const TRUSTED_LINUX_BACKENDS: ReadonlySet<string> = new Set(['gnome_libsecret', 'kwallet', 'kwallet5', 'kwallet6'])

export type OsEncryptionCheck = { readonly usable: true } | { readonly usable: false; readonly reason: 'encryption_unavailable' | 'insecure_backend' }

/**
 * Whether keys may be stored with OS encryption. On Linux the backend is an allow-list: a name
 * this code does not know (a future Electron's) is refused until someone checks what it means,
 * because the failure mode of trusting `basic_text`-like storage is keys readable by anyone.
 */
export async function checkOsEncryption(safeStorage: SafeStorageLike, platform: NodeJS.Platform): Promise<OsEncryptionCheck> {
  let available = false
  try {
    available = await safeStorage.isAsyncEncryptionAvailable()
  } catch {
    available = false
  }
  if (available !== true) return { usable: false, reason: 'encryption_unavailable' }
  if (platform !== 'linux') return { usable: true }
  const backend = linuxBackend(safeStorage)
  return TRUSTED_LINUX_BACKENDS.has(backend) ? { usable: true } : { usable: false, reason: 'insecure_backend' }
}

function linuxBackend(safeStorage: SafeStorageLike): string {
  try {
    return typeof safeStorage.getSelectedStorageBackend === 'function' ? safeStorage.getSelectedStorageBackend() : 'unknown'
  } catch {
    return 'unknown'
  }
}
