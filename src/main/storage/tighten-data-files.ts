import { join } from 'node:path'
import type { Logger } from '../core/log'
import { DATABASE_FILE_NAME } from './database'
import { tightenFile } from './private-files'
import { KEY_FILE_NAME } from './secrets/passphrase-store'

/** electron-store's file of OS-encrypted key envelopes (see app/electron-secrets.ts). */
const ENVELOPE_FILE_NAME = 'secrets.json'

/**
 * Database files left readable by others (by an older version) are tightened quietly: SQLite
 * gives the -wal and -shm files the main file's mode. A key file readable by others is
 * tightened with a warning, since someone may already have copied it.
 */
export function tightenDataFiles(dataDir: string, log: Logger): void {
  for (const suffix of ['', '-wal', '-shm']) tightenFile(join(dataDir, DATABASE_FILE_NAME + suffix))
  for (const name of [KEY_FILE_NAME, ENVELOPE_FILE_NAME]) {
    const file = join(dataDir, name)
    if (tightenFile(file)) {
      log.warn(`The API key file ${file} could be read by other users of this computer; its permissions were changed to 0600 (owner only).`)
    }
  }
}
