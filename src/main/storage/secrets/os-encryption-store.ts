import PQueue from 'p-queue'
import { envelopeKey, type EnvelopeStore } from './envelope-store'
import { corruptKey, encryptionUnavailable, insecureBackend } from './messages'
import { decodePayload, encodePayload, OS_ENVELOPE_VERSION, parseEnvelope, type OsEnvelope } from './os-envelope'
import { checkOsEncryption, type SafeStorageLike } from './safe-storage'
import { assertValidRef, last4Of, normaliseSecret } from './secret-input'
import type { KeyStatus, SecretStore, SecretStoreState } from './secret-store'

export interface OsEncryptionStoreOptions {
  readonly safeStorage: SafeStorageLike
  readonly envelopes: EnvelopeStore
  /** Decides whether the Linux backend check applies; defaults to the running platform. */
  readonly platform?: NodeJS.Platform
  readonly now?: () => Date
}

const STATE: SecretStoreState = { mode: 'os-encryption', locked: false, initialised: true }

export function createOsEncryptionStore(options: OsEncryptionStoreOptions): SecretStore {
  return new OsEncryptionStore(options)
}

/**
 * Keys encrypted by the operating system (Keychain, DPAPI, libsecret/KWallet) through Electron's
 * safeStorage. Storing is refused, never downgraded, when the OS cannot really protect the key.
 * Status and removal need no encryption, so they work even while it is unavailable.
 */
class OsEncryptionStore implements SecretStore {
  private readonly safeStorage: SafeStorageLike
  private readonly envelopes: EnvelopeStore
  private readonly platform: NodeJS.Platform
  private readonly now: () => Date
  // Writes and re-encryption are read-modify-write on one entry: one at a time.
  /** One change at a time: each change rewrites the file (read-modify-write), so overlapping ones would lose a key. */
  private readonly queue = new PQueue({ concurrency: 1 })

  constructor(options: OsEncryptionStoreOptions) {
    this.safeStorage = options.safeStorage
    this.envelopes = options.envelopes
    this.platform = options.platform ?? process.platform
    this.now = options.now ?? (() => new Date())
  }

  state(): SecretStoreState {
    return STATE
  }

  async status(ref: string): Promise<KeyStatus> {
    assertValidRef(ref)
    return statusOf(this.readEnvelope(ref))
  }

  async set(ref: string, secret: string): Promise<KeyStatus> {
    assertValidRef(ref)
    const key = normaliseSecret(secret)
    return await this.queue.add(async () => {
      const check = await checkOsEncryption(this.safeStorage, this.platform)
      if (!check.usable) throw check.reason === 'insecure_backend' ? insecureBackend() : encryptionUnavailable()
      const envelope = await this.seal(ref, key, this.now())
      this.envelopes.set(envelopeKey(ref), envelope)
      return statusOf(envelope)
    })
  }

  async remove(ref: string): Promise<void> {
    assertValidRef(ref)
    return await this.queue.add(async () => this.envelopes.delete(envelopeKey(ref)))
  }

  async reveal(ref: string): Promise<string | undefined> {
    assertValidRef(ref)
    return await this.queue.add(async () => {
      const envelope = this.readEnvelope(ref)
      if (!envelope) return undefined
      // Reading only needs the encryptor; the backend check guards writing (see reEncrypt).
      if (!(await this.encryptorAvailable())) throw encryptionUnavailable()
      const { key, shouldReEncrypt } = await this.open(ref, envelope)
      if (shouldReEncrypt) await this.reEncrypt(ref, key, envelope)
      return key
    })
  }

  // OS encryption has nothing to unlock; these exist so callers need not know the mode.
  async unlock(): Promise<void> {}

  lock(): void {}

  private readEnvelope(ref: string): OsEnvelope | undefined {
    const raw = this.envelopes.get(envelopeKey(ref))
    if (raw === undefined) return undefined
    const envelope = parseEnvelope(raw)
    if (!envelope) throw corruptKey(ref)
    return envelope
  }

  private async encryptorAvailable(): Promise<boolean> {
    try {
      return (await this.safeStorage.isAsyncEncryptionAvailable()) === true
    } catch {
      return false
    }
  }

  private async seal(ref: string, key: string, createdAt: Date): Promise<OsEnvelope> {
    let encrypted: Buffer
    try {
      encrypted = await this.safeStorage.encryptStringAsync(encodePayload(ref, key))
    } catch {
      // The encryptor's own error is dropped on purpose: none of its text reaches a message.
      throw encryptionUnavailable()
    }
    const last4 = last4Of(key)
    const base = { version: OS_ENVELOPE_VERSION, ciphertext: encrypted.toString('base64'), createdAt: createdAt.toISOString() }
    return last4 === undefined ? base : { ...base, last4 }
  }

  private async open(ref: string, envelope: OsEnvelope): Promise<{ key: string; shouldReEncrypt: boolean }> {
    let decrypted: { result: string; shouldReEncrypt: boolean }
    try {
      decrypted = await this.safeStorage.decryptStringAsync(Buffer.from(envelope.ciphertext, 'base64'))
    } catch {
      throw corruptKey(ref)
    }
    const key = typeof decrypted?.result === 'string' ? decodePayload(decrypted.result, ref) : undefined
    if (key === undefined || last4Of(key) !== envelope.last4) throw corruptKey(ref)
    return { key, shouldReEncrypt: decrypted.shouldReEncrypt === true }
  }

  /**
   * Best effort, and only to a backend we would store with (never a downgrade to basic_text):
   * the key was read fine, so a failed refresh must not fail the read; the next read retries.
   */
  private async reEncrypt(ref: string, key: string, read: OsEnvelope): Promise<void> {
    try {
      if (!(await checkOsEncryption(this.safeStorage, this.platform)).usable) return
      this.envelopes.set(envelopeKey(ref), await this.seal(ref, key, new Date(read.createdAt)))
    } catch {
      // Ignored on purpose, see above.
    }
  }
}

function statusOf(envelope: OsEnvelope | undefined): KeyStatus {
  if (!envelope) return { configured: false }
  return envelope.last4 === undefined ? { configured: true } : { configured: true, last4: envelope.last4 }
}
