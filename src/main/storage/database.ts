import Database from 'better-sqlite3'
import { createPrivateFile } from './private-files'

export type Db = Database.Database

export const DATABASE_FILE_NAME = 'distillscope.db'

/**
 * Opens the app's database with the settings every connection needs: WAL so readers never block the
 * writer (and a crash loses at most the transaction in flight), synchronous NORMAL (below), foreign keys enforced, and a busy
 * timeout so a second process (the command line beside the app) waits instead of failing at once.
 */
export function openDatabase(file: string, options: { readonly?: boolean } = {}): Db {
  // Created 0600 before SQLite opens it; SQLite then gives the -wal and -shm files the same mode.
  if (!options.readonly && file !== ':memory:') createPrivateFile(file)
  const db = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false })
  db.pragma('busy_timeout = 5000')
  if (!options.readonly) db.pragma('journal_mode = WAL')
  // With WAL, NORMAL syncs at checkpoints rather than at every commit: a commit that returned survives
  // the app crashing (the OS has it), only a power cut can undo the last few, and the file is never
  // corrupted. FULL cost a disk flush per commit, most of the call layer's time (issue 17 item 1).
  db.pragma('synchronous = NORMAL')
  db.pragma('foreign_keys = ON')
  return db
}
