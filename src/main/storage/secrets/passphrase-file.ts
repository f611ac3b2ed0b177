import { readFile } from 'node:fs/promises'
import { z } from 'zod'
import { writeFileAtomic } from './atomic-write'
import { corruptKeyFile } from './messages'
import { IV_LENGTH, isAcceptableScrypt, KEY_LENGTH, SALT_LENGTH, TAG_LENGTH, type SealedBox } from './passphrase-crypto'
import { isValidRef } from './secret-input'
import { SecretStoreError } from './secret-store'

/**
 * `keys.enc.json`: the passphrase store's file, version 1. Everything sensitive is sealed; the
 * plain parts are the KDF parameters and, per ref, the last four characters and a date.
 */
export const KEY_FILE_FORMAT = 'distillscope-keys'
export const KEY_FILE_VERSION = 1

/** Far more than any realistic number of keys; a larger file is not ours. */
const MAX_FILE_BYTES = 1024 * 1024

const base64Bytes = (length: number) => z.base64().refine((s) => Buffer.from(s, 'base64').length === length)

const boxSchema = z.object({ iv: base64Bytes(IV_LENGTH), tag: base64Bytes(TAG_LENGTH), data: z.base64() })

const entrySchema = boxSchema.extend({ last4: z.string().min(1).max(4).optional(), createdAt: z.iso.datetime() })

const kdfSchema = z
  .object({ name: z.literal('scrypt'), N: z.int(), r: z.int(), p: z.int(), salt: base64Bytes(SALT_LENGTH), keyLength: z.literal(KEY_LENGTH) })
  .refine(isAcceptableScrypt)

const fileSchema = z.object({
  format: z.literal(KEY_FILE_FORMAT),
  version: z.literal(KEY_FILE_VERSION),
  kdf: kdfSchema,
  cipher: z.literal('aes-256-gcm'),
  verifier: boxSchema,
  // The key pattern also keeps `__proto__` and friends out.
  entries: z.record(z.string().refine(isValidRef), entrySchema),
})

export type KeyFileKdf = z.infer<typeof kdfSchema>
export type KeyFileEntry = SealedBox & { readonly last4?: string; readonly createdAt: string }

export interface KeyFile {
  readonly kdf: KeyFileKdf
  readonly verifier: SealedBox
  readonly entries: Map<string, KeyFileEntry>
}

/** The file's contents, undefined when it does not exist; anything unreadable is 'corrupt'. */
export async function readKeyFile(path: string): Promise<KeyFile | undefined> {
  let bytes: Buffer
  try {
    bytes = await readFile(path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
  if (bytes.length > MAX_FILE_BYTES) throw corruptKeyFile(path)
  return parseKeyFile(bytes.toString('utf8'), path)
}

function parseKeyFile(text: string, path: string): KeyFile {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    // JSON.parse's message quotes the file; it is not passed on.
    throw corruptKeyFile(path)
  }
  const parsed = fileSchema.safeParse(json)
  if (parsed.success) return { kdf: parsed.data.kdf, verifier: parsed.data.verifier, entries: new Map(Object.entries(parsed.data.entries)) }
  if (isNewerVersion(json)) {
    throw new SecretStoreError('corrupt', `Your API keys file (${path}) was saved by a newer version of Distillscope. Update the app to read it.`)
  }
  throw corruptKeyFile(path)
}

function isNewerVersion(json: unknown): boolean {
  const version = (json as { version?: unknown } | null)?.version
  return typeof version === 'number' && version > KEY_FILE_VERSION
}

export function writeKeyFile(path: string, file: KeyFile): Promise<void> {
  const json = {
    format: KEY_FILE_FORMAT,
    version: KEY_FILE_VERSION,
    kdf: file.kdf,
    cipher: 'aes-256-gcm',
    verifier: file.verifier,
    entries: Object.fromEntries([...file.entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
  }
  return writeFileAtomic(path, `${JSON.stringify(json, null, 2)}\n`)
}
