import { chmodSync, closeSync, mkdirSync, openSync, statSync } from 'node:fs'
import type { Logger } from '../core/log'

/**
 * The data folder holds prompts, answers and (encrypted) keys: on a shared machine other users
 * must not read them. POSIX modes only; Windows keeps the per-user profile's ACLs.
 */
const POSIX = process.platform !== 'win32'

/** Group or others can do anything with it. */
const isShared = (mode: number) => (mode & 0o077) !== 0

/**
 * Creates the folder (and missing parents) 0700. An existing folder open to others, such as one
 * Electron or an older version created 0755, is tightened.
 */
export function ensurePrivateDir(dir: string, log: Logger): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 })
  if (!POSIX || !isShared(statSync(dir).mode)) return
  try {
    chmodSync(dir, 0o700)
  } catch (error) {
    log.warn(`The data folder ${dir} can be read by other users and could not be made private (${(error as NodeJS.ErrnoException).code ?? 'error'}).`)
  }
}

/** Creates an empty file 0600 unless it exists, so a file SQLite creates later is never readable by others first. */
export function createPrivateFile(path: string): void {
  try {
    closeSync(openSync(path, 'wx', 0o600))
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
  }
}

/**
 * Makes an existing file 0600 when others can read it; returns whether it changed. A missing
 * file is fine (it will be created private).
 */
export function tightenFile(path: string): boolean {
  if (!POSIX) return false
  let mode: number
  try {
    mode = statSync(path).mode
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false
    throw error
  }
  if (!isShared(mode)) return false
  chmodSync(path, 0o600)
  return true
}
