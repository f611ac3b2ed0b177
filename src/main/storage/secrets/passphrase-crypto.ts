import { createCipheriv, createDecipheriv, randomBytes, scrypt, type ScryptOptions } from 'node:crypto'

/**
 * The passphrase file's cryptography: scrypt turns the passphrase into a 256-bit key, and every
 * value is sealed with AES-256-GCM under a fresh 12-byte IV. Associated data binds each sealed
 * value to its place in the file, so moving one (say, to another provider's ref) fails to open.
 */
export interface ScryptParams {
  readonly N: number
  readonly r: number
  readonly p: number
}

/** OWASP's scrypt recommendation (2^17, 8, 1): 128 MiB and about a quarter of a second. */
export const DEFAULT_SCRYPT: ScryptParams = { N: 2 ** 17, r: 8, p: 1 }
export const KEY_LENGTH = 32 as const
export const SALT_LENGTH = 16
export const IV_LENGTH = 12
export const TAG_LENGTH = 16

/** Most memory one derivation may take, so a hand-edited file cannot exhaust the machine. */
const MAX_SCRYPT_MEMORY = 256 * 1024 * 1024

/**
 * Accepts the parameters of a new file or one read from disk: at least 2^15 (the floor the team
 * agreed on) and at most 256 MiB of memory.
 */
export function isAcceptableScrypt(params: ScryptParams): boolean {
  const { N, r, p } = params
  const powerOfTwo = Number.isInteger(N) && N > 1 && (N & (N - 1)) === 0
  const sane = powerOfTwo && N >= 2 ** 15 && Number.isInteger(r) && r >= 8 && r <= 32 && Number.isInteger(p) && p >= 1 && p <= 4
  return sane && 128 * N * r <= MAX_SCRYPT_MEMORY
}

export function deriveKey(passphrase: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  // Node refuses when 128 * N * r exceeds maxmem (32 MiB by default); leave headroom for p.
  const options: ScryptOptions = { N: params.N, r: params.r, p: params.p, maxmem: 128 * params.N * params.r * (params.p + 1) }
  return new Promise((resolve, reject) => {
    scrypt(passphrase.normalize('NFC'), salt, KEY_LENGTH, options, (error, key) => (error ? reject(error) : resolve(key)))
  })
}

export interface SealedBox {
  readonly iv: string
  readonly tag: string
  readonly data: string
}

export function seal(key: Buffer, plaintext: string, aad: string): SealedBox {
  const iv = randomBytes(IV_LENGTH)
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_LENGTH })
  cipher.setAAD(Buffer.from(aad, 'utf8'))
  const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()])
  return { iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), data: data.toString('base64') }
}

/** The plaintext, or undefined when the key is wrong or anything was altered. */
export function openBox(key: Buffer, box: SealedBox, aad: string): string | undefined {
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(box.iv, 'base64'), { authTagLength: TAG_LENGTH })
    decipher.setAAD(Buffer.from(aad, 'utf8'))
    decipher.setAuthTag(Buffer.from(box.tag, 'base64'))
    return Buffer.concat([decipher.update(Buffer.from(box.data, 'base64')), decipher.final()]).toString('utf8')
  } catch {
    return undefined
  }
}

export function newSalt(): Buffer {
  return randomBytes(SALT_LENGTH)
}
