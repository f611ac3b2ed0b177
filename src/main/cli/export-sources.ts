import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { DATABASE_FILE_NAME } from '../storage/database'

/** A problem with what was asked for (exit code 2); the message says what to do instead. */
export class ExportUsageError extends Error {
  override readonly name = 'ExportUsageError'
}

/** Refuses a data folder with no database rather than creating an empty one to export nothing from. */
export function requireDataFolder(dataDir: string): void {
  if (!existsSync(join(dataDir, DATABASE_FILE_NAME))) {
    throw new ExportUsageError(`There is no Distillscope data in ${dataDir} (no ${DATABASE_FILE_NAME}). Pass --data-dir with the folder your runs are in.`)
  }
}
