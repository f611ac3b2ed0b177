import type { Db } from './database'
import type { Migration } from './migration-files'

export interface AppliedMigration {
  readonly version: number
  readonly name: string
  readonly checksum: string
  readonly appliedAt: string
}

export interface MigrationStatus {
  readonly applied: readonly AppliedMigration[]
  readonly pending: readonly Migration[]
  /** Applied migrations whose file changed since: the database no longer matches the code. */
  readonly edited: readonly { readonly name: string; readonly recorded: string; readonly current: string }[]
  /** Applied migrations this build does not know: the database was made by a newer version. */
  readonly unknown: readonly AppliedMigration[]
}

/** Raised for any state that must stop start-up; the message names the migration and what to do. */
export class MigrationError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'MigrationError'
  }
}

const BOOKKEEPING = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version    INTEGER PRIMARY KEY,
  name       TEXT NOT NULL,
  checksum   TEXT NOT NULL,
  applied_at TEXT NOT NULL
) STRICT`

function readApplied(db: Db): AppliedMigration[] {
  const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get()
  if (!exists) return []
  return db.prepare('SELECT version, name, checksum, applied_at AS appliedAt FROM schema_migrations ORDER BY version').all() as AppliedMigration[]
}

/** Compares the database with the migrations of this build, without changing anything. */
export function inspectMigrations(db: Db, migrations: readonly Migration[]): MigrationStatus {
  const applied = readApplied(db)
  const byVersion = new Map(migrations.map((migration) => [migration.version, migration]))
  const appliedVersions = new Set(applied.map((row) => row.version))
  const edited = applied.flatMap((row) => {
    const current = byVersion.get(row.version)
    return current && current.checksum !== row.checksum ? [{ name: current.name, recorded: row.checksum, current: current.checksum }] : []
  })
  return {
    applied,
    pending: migrations.filter((migration) => !appliedVersions.has(migration.version)),
    edited,
    unknown: applied.filter((row) => !byVersion.has(row.version)),
  }
}

/** Explains, for a person, why this database cannot be used with this build; undefined when it can. */
export function describeBlockingProblem(status: MigrationStatus): string | undefined {
  const [edited] = status.edited
  if (edited) {
    return (
      `Migration ${edited.name} was edited after it was applied to this database ` +
      `(recorded checksum ${edited.recorded.slice(0, 12)}, file now ${edited.current.slice(0, 12)}). ` +
      'Applied migrations must never change: restore the original file and add a new numbered migration instead.'
    )
  }
  const [unknown] = status.unknown
  if (unknown) {
    return (
      `This database was updated by a newer version of Distillscope (it has migration ${unknown.name}, ` +
      'which this version does not know). Install the newer version, or use another data folder.'
    )
  }
  return undefined
}

/**
 * Brings the database up to date. Each migration runs in its own transaction together with its
 * bookkeeping row, so a failing migration leaves the database exactly as it was before it.
 */
export function migrate(db: Db, migrations: readonly Migration[], now: () => Date = () => new Date()): MigrationStatus {
  db.exec(BOOKKEEPING)
  const status = inspectMigrations(db, migrations)
  const problem = describeBlockingProblem(status)
  if (problem) throw new MigrationError(problem)
  const record = db.prepare('INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (?, ?, ?, ?)')
  for (const migration of status.pending) {
    const apply = db.transaction(() => {
      db.exec(migration.sql)
      record.run(migration.version, migration.name, migration.checksum, now().toISOString())
    })
    try {
      apply()
    } catch (error) {
      throw new MigrationError(`Migration ${migration.name} failed and was rolled back: ${(error as Error).message}`)
    }
  }
  return inspectMigrations(db, migrations)
}
