import { accessSync, constants, existsSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { DoctorCheck, DoctorReport } from '../../shared/contract/app'
import { DATABASE_FILE_NAME, openDatabase } from './database'
import type { Migration } from './migration-files'
import { describeBlockingProblem, inspectMigrations } from './migrator'

/**
 * Checks a data folder without changing it: the folder, the database file, and whether its schema
 * matches this build's migrations. Shared by `distillscope doctor` and the Settings page.
 */
export function runDoctor(dataDir: string, migrations: readonly Migration[]): DoctorReport {
  const checks: DoctorCheck[] = [checkFolder(dataDir)]
  const databaseFile = join(dataDir, DATABASE_FILE_NAME)
  if (!existsSync(databaseFile)) {
    checks.push({
      id: 'database',
      label: 'Database',
      status: 'warning',
      detail: `${databaseFile} does not exist yet; it is created the first time Distillscope starts with this folder.`,
    })
  } else {
    checks.push(...checkDatabase(databaseFile, migrations))
  }
  return { healthy: checks.every((check) => check.status !== 'error'), checks }
}

function checkFolder(dataDir: string): DoctorCheck {
  const base = { id: 'data-folder', label: 'Data folder' }
  if (!existsSync(dataDir)) {
    return { ...base, status: 'warning', detail: `${dataDir} does not exist yet; it is created on first start.` }
  }
  if (!statSync(dataDir).isDirectory()) {
    return { ...base, status: 'error', detail: `${dataDir} is a file, not a folder. Choose another --data-dir.` }
  }
  try {
    accessSync(dataDir, constants.R_OK | constants.W_OK)
  } catch {
    return { ...base, status: 'error', detail: `${dataDir} cannot be written by this user. Check its permissions.` }
  }
  return { ...base, status: 'ok', detail: `${dataDir} exists and is writable.` }
}

function checkDatabase(databaseFile: string, migrations: readonly Migration[]): DoctorCheck[] {
  let db
  try {
    db = openDatabase(databaseFile, { readonly: true })
  } catch (error) {
    return [{ id: 'database', label: 'Database', status: 'error', detail: `${databaseFile} cannot be opened: ${(error as Error).message}` }]
  }
  try {
    const integrity = db.pragma('quick_check', { simple: true })
    const database: DoctorCheck =
      integrity === 'ok'
        ? { id: 'database', label: 'Database', status: 'ok', detail: `${databaseFile} opens and passes SQLite's integrity check.` }
        : { id: 'database', label: 'Database', status: 'error', detail: `${databaseFile} is damaged: ${String(integrity)}` }
    return [database, checkMigrations(inspectMigrations(db, migrations), migrations.length)]
  } catch (error) {
    return [{ id: 'database', label: 'Database', status: 'error', detail: `${databaseFile} could not be read: ${(error as Error).message}` }]
  } finally {
    db.close()
  }
}

function checkMigrations(status: ReturnType<typeof inspectMigrations>, known: number): DoctorCheck {
  const base = { id: 'migrations', label: 'Database schema' }
  const problem = describeBlockingProblem(status)
  if (problem) return { ...base, status: 'error', detail: problem }
  if (status.pending.length > 0) {
    const names = status.pending.map((migration) => migration.name).join(', ')
    return { ...base, status: 'warning', detail: `${status.pending.length} migration(s) will be applied at next start: ${names}.` }
  }
  return { ...base, status: 'ok', detail: `Up to date: all ${known} migration(s) applied, checksums match.` }
}
