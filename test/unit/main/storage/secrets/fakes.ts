import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import { expect } from 'vitest'
import type { EnvelopeStore } from '../../../../../src/main/storage/secrets/envelope-store'
import type { SafeStorageLike } from '../../../../../src/main/storage/secrets/safe-storage'

/**
 * A stand-in for Electron's async safeStorage: real AES-GCM under a key per "OS key version", so
 * ciphertexts never contain the plaintext, and `rotate()` makes old data decrypt with
 * `shouldReEncrypt`, as Electron does after a key rotation. Every call is recorded.
 */
export class FakeSafeStorage implements SafeStorageLike {
  available = true
  backend: string | undefined = 'gnome_libsecret'
  failEncrypt = false
  readonly calls: string[] = []
  private readonly keys: Buffer[] = [randomBytes(32)]

  async isAsyncEncryptionAvailable(): Promise<boolean> {
    this.calls.push('isAsyncEncryptionAvailable')
    return this.available
  }

  async encryptStringAsync(plainText: string): Promise<Buffer> {
    this.calls.push('encryptStringAsync')
    // Deliberately quotes the plaintext: the store must never pass such a message on.
    if (this.failEncrypt || !this.available) throw new Error(`Error while encrypting the text provided: ${plainText}`)
    const version = this.keys.length - 1
    const iv = randomBytes(12)
    const cipher = createCipheriv('aes-256-gcm', this.keys[version]!, iv)
    const body = Buffer.concat([cipher.update(plainText, 'utf8'), cipher.final()])
    return Buffer.concat([Buffer.from([version]), iv, cipher.getAuthTag(), body])
  }

  async decryptStringAsync(encrypted: Buffer): Promise<{ result: string; shouldReEncrypt: boolean }> {
    this.calls.push('decryptStringAsync')
    if (!this.available) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.')
    const version = encrypted[0] ?? 255
    const key = this.keys[version]
    if (!key) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.')
    const decipher = createDecipheriv('aes-256-gcm', key, encrypted.subarray(1, 13))
    decipher.setAuthTag(encrypted.subarray(13, 29))
    const result = Buffer.concat([decipher.update(encrypted.subarray(29)), decipher.final()]).toString('utf8')
    return { result, shouldReEncrypt: version < this.keys.length - 1 }
  }

  getSelectedStorageBackend(): string {
    this.calls.push('getSelectedStorageBackend')
    return this.backend as string
  }

  /** A new OS key; data encrypted before still decrypts, flagged for re-encryption. */
  rotate(): void {
    this.keys.push(randomBytes(32))
  }

  count(call: string): number {
    return this.calls.filter((c) => c === call).length
  }
}

/** Electron's safeStorage on macOS or Windows has no getSelectedStorageBackend at all. */
export function withoutBackend(fake: FakeSafeStorage): SafeStorageLike {
  return {
    isAsyncEncryptionAvailable: () => fake.isAsyncEncryptionAvailable(),
    encryptStringAsync: (text) => fake.encryptStringAsync(text),
    decryptStringAsync: (buf) => fake.decryptStringAsync(buf),
  }
}

/** An EnvelopeStore that round-trips values through JSON, like electron-store's file. */
export class MemoryEnvelopeStore implements EnvelopeStore {
  readonly data = new Map<string, string>()

  get(key: string): unknown {
    const text = this.data.get(key)
    return text === undefined ? undefined : JSON.parse(text)
  }

  set(key: string, value: unknown): void {
    this.data.set(key, JSON.stringify(value))
  }

  delete(key: string): void {
    this.data.delete(key)
  }

  keys(): Iterable<string> {
    return this.data.keys()
  }

  /** Everything the store would have written to disk. */
  dump(): string {
    return JSON.stringify(Object.fromEntries(this.data))
  }
}

/** The rejection of `promise`, failing the test if it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise
  } catch (error) {
    return error as Error
  }
  throw new Error('expected the promise to reject')
}

/** `text` holds no trace of `secret`: not as is, nor in base64, base64url or hex. */
export function expectNoTraceOf(secret: string, text: string): void {
  const bytes = Buffer.from(secret, 'utf8')
  for (const form of [secret, bytes.toString('base64'), bytes.toString('base64url'), bytes.toString('hex')]) {
    expect(text).not.toContain(form)
  }
}

/** Everything an error could show: message, stack, cause, and its enumerable fields. */
export function describeError(error: Error): string {
  return [error.message, error.stack ?? '', String((error as { cause?: unknown }).cause ?? ''), JSON.stringify(error)].join('\n')
}
