import PQueue from 'p-queue'
import { existsSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { corruptKey, locked, wrongPassphrase } from './messages'
import { DEFAULT_SCRYPT, deriveKey, isAcceptableScrypt, KEY_LENGTH, newSalt, openBox, seal, type ScryptParams } from './passphrase-crypto'
import { readKeyFile, writeKeyFile, type KeyFile, type KeyFileEntry } from './passphrase-file'
import { assertValidRef, last4Of, normaliseSecret } from './secret-input'
import { SecretStoreError, type KeyStatus, type SecretStore, type SecretStoreState } from './secret-store'

export const KEY_FILE_NAME = 'keys.enc.json'
export const MIN_PASSPHRASE_LENGTH = 8
const MAX_PASSPHRASE_LENGTH = 1024

const VERIFIER_PLAINTEXT = 'distillscope-keys-verifier'
const VERIFIER_AAD = 'distillscope-keys/v1/verifier'
/** Binds a sealed key to its ref and its plain last4, so neither can be swapped unnoticed. */
const entryAad = (ref: string, last4: string | undefined) => `distillscope-keys/v1/entry/${ref}/${last4 ?? ''}`

export interface PassphraseStoreOptions {
  readonly dataDir: string
  /** For a new file only; an existing file keeps the parameters it was created with. */
  readonly scrypt?: ScryptParams
  readonly now?: () => Date
}

export function createPassphraseStore(options: PassphraseStoreOptions): SecretStore {
  return new PassphraseStore(options)
}

interface Unlocked {
  readonly key: Buffer
  /** The salt the key was derived with: if the file is replaced, this key no longer fits. */
  readonly salt: string
}

/**
 * Keys encrypted with a key derived from the person's passphrase, for machines whose OS cannot
 * protect them, browser mode and the command line. The derived key lives only in memory, from
 * `unlock` to `lock`. Status (configured, last4) stays readable while locked so the UI can show
 * which providers have keys; reading or saving a key needs the passphrase.
 */
class PassphraseStore implements SecretStore {
  readonly file: string
  private readonly dataDir: string
  private readonly scrypt: ScryptParams
  private readonly now: () => Date
  /** One change at a time: each change rewrites the file (read-modify-write), so overlapping ones would lose a key. */
  private readonly queue = new PQueue({ concurrency: 1 })
  private unlocked: Unlocked | undefined
  // Bumped by lock(): an unlock still deriving its key when lock() is called must not win.
  private generation = 0

  constructor(options: PassphraseStoreOptions) {
    this.dataDir = options.dataDir
    this.file = join(options.dataDir, KEY_FILE_NAME)
    this.scrypt = options.scrypt ?? DEFAULT_SCRYPT
    this.now = options.now ?? (() => new Date())
    if (!isAcceptableScrypt(this.scrypt)) throw new RangeError('scrypt parameters are weaker or larger than allowed')
  }

  state(): SecretStoreState {
    return { mode: 'passphrase', locked: this.unlocked === undefined, initialised: existsSync(this.file) }
  }

  async status(ref: string): Promise<KeyStatus> {
    assertValidRef(ref)
    const entry = (await readKeyFile(this.file))?.entries.get(ref)
    if (!entry) return { configured: false }
    return entry.last4 === undefined ? { configured: true } : { configured: true, last4: entry.last4 }
  }

  async set(ref: string, secret: string): Promise<KeyStatus> {
    assertValidRef(ref)
    const plain = normaliseSecret(secret)
    return await this.queue.add(async () => {
      const { file, key } = this.unlockedWith(await readKeyFile(this.file))
      const last4 = last4Of(plain)
      const sealed = seal(key, plain, entryAad(ref, last4))
      const entry: KeyFileEntry = { ...sealed, ...(last4 === undefined ? {} : { last4 }), createdAt: this.now().toISOString() }
      file.entries.set(ref, entry)
      await writeKeyFile(this.file, file)
      return last4 === undefined ? { configured: true } : { configured: true, last4 }
    })
  }

  /** Works while locked: forgetting a key needs no passphrase, and anyone able to edit the file could. */
  async remove(ref: string): Promise<void> {
    assertValidRef(ref)
    return await this.queue.add(async () => {
      const file = await readKeyFile(this.file)
      if (!file?.entries.delete(ref)) return
      await writeKeyFile(this.file, file)
    })
  }

  /** Undefined for a ref without a key even while locked (status says as much already). */
  async reveal(ref: string): Promise<string | undefined> {
    assertValidRef(ref)
    return await this.queue.add(async () => {
      const file = await readKeyFile(this.file)
      const entry = file?.entries.get(ref)
      if (!entry) return undefined
      const plain = openBox(this.unlockedWith(file).key, entry, entryAad(ref, entry.last4))
      if (plain === undefined) throw corruptKey(ref)
      return plain
    })
  }

  async unlock(passphrase: string): Promise<void> {
    const checked = checkPassphrase(passphrase)
    const generation = this.generation
    return await this.queue.add(async () => {
      const file = await readKeyFile(this.file)
      const unlocked = file ? await verify(file, checked) : await this.create(checked)
      if (generation !== this.generation) {
        unlocked.key.fill(0)
        return
      }
      this.forget()
      this.unlocked = unlocked
    })
  }

  lock(): void {
    this.generation += 1
    this.forget()
  }

  private forget(): void {
    this.unlocked?.key.fill(0)
    this.unlocked = undefined
  }

  /**
   * The in-memory key, checked against the file just read. Called after the last `await` before
   * the cryptography, so a `lock()` cannot zero the key half-way through using it.
   */
  private unlockedWith(file: KeyFile | undefined): { file: KeyFile; key: Buffer } {
    if (this.unlocked && file && file.kdf.salt === this.unlocked.salt) return { file, key: this.unlocked.key }
    // A replaced or deleted file was made with another passphrase or salt: start over.
    this.forget()
    throw locked()
  }

  private async create(passphrase: string): Promise<Unlocked> {
    if (Array.from(passphrase).length < MIN_PASSPHRASE_LENGTH) {
      throw new SecretStoreError('invalid', `Choose a passphrase of at least ${MIN_PASSPHRASE_LENGTH} characters.`)
    }
    const salt = newSalt()
    const key = await deriveKey(passphrase, salt, this.scrypt)
    const kdf = { name: 'scrypt' as const, ...this.scrypt, salt: salt.toString('base64'), keyLength: KEY_LENGTH }
    await mkdir(this.dataDir, { recursive: true, mode: 0o700 })
    await writeKeyFile(this.file, { kdf, verifier: seal(key, VERIFIER_PLAINTEXT, VERIFIER_AAD), entries: new Map() })
    return { key, salt: kdf.salt }
  }
}

function checkPassphrase(passphrase: unknown): string {
  if (typeof passphrase !== 'string' || passphrase.length === 0) throw new SecretStoreError('invalid', 'Enter a passphrase.')
  if (passphrase.length > MAX_PASSPHRASE_LENGTH) throw new SecretStoreError('invalid', 'That passphrase is too long.')
  return passphrase
}

async function verify(file: KeyFile, passphrase: string): Promise<Unlocked> {
  // A new file needs at least this many characters, so anything shorter cannot be right.
  if (Array.from(passphrase).length < MIN_PASSPHRASE_LENGTH) throw wrongPassphrase()
  const key = await deriveKey(passphrase, Buffer.from(file.kdf.salt, 'base64'), file.kdf)
  if (openBox(key, file.verifier, VERIFIER_AAD) !== VERIFIER_PLAINTEXT) {
    key.fill(0)
    throw wrongPassphrase()
  }
  return { key, salt: file.kdf.salt }
}
