/**
 * Where API keys live. Implementations encrypt at rest (Electron safeStorage, or a passphrase)
 * and never log, return or persist a key anywhere else. Only the main process holds one; callers
 * outside `reveal` see a KeyStatus.
 */
export interface KeyStatus {
  readonly configured: boolean
  /** Last four characters, for recognising a key; absent when not configured. */
  readonly last4?: string
}

export type SecretStoreMode = 'os-encryption' | 'passphrase'

export interface SecretStoreState {
  readonly mode: SecretStoreMode
  /** Passphrase mode only: keys cannot be read or written until `unlock` succeeds. */
  readonly locked: boolean
  /** Passphrase mode only: whether a passphrase was ever set (a key file exists). */
  readonly initialised: boolean
}

export interface SecretStore {
  state(): SecretStoreState
  status(ref: string): Promise<KeyStatus>
  set(ref: string, secret: string): Promise<KeyStatus>
  remove(ref: string): Promise<void>
  /** The key itself, for building an SDK client in main. Never send it anywhere else. */
  reveal(ref: string): Promise<string | undefined>
  /** Passphrase mode: unlock (or create, the first time) with the passphrase. */
  unlock(passphrase: string): Promise<void>
  lock(): void
}

/** Raised with messages fit for the person using the app; never contains a key. */
export class SecretStoreError extends Error {
  constructor(
    readonly reason: 'encryption_unavailable' | 'insecure_backend' | 'locked' | 'wrong_passphrase' | 'corrupt' | 'invalid',
    message: string,
  ) {
    super(message)
    this.name = 'SecretStoreError'
  }
}
