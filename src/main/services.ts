import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { APP_NAME, APP_VERSION } from './core/app-meta'
import { createEventBus, type EventBus } from './core/event-bus'
import type { Logger } from './core/log'
import { appHandlers } from './ipc/handlers/app'
import { settingsHandlers } from './ipc/handlers/settings'
import type { Handlers } from './ipc/router'
import { DATABASE_FILE_NAME, openDatabase, type Db } from './storage/database'
import { bundledMigrations, type Migration } from './storage/migration-files'
import { migrate } from './storage/migrator'
import { createSettingsRepo } from './storage/repos/settings'

export interface Services {
  readonly dataDir: string
  readonly db: Db
  readonly events: EventBus
  readonly handlers: Handlers
  close(): void
}

export interface ServiceOptions {
  readonly dataDir: string
  readonly log: Logger
  /** Tests substitute their own list; the app always uses the bundled migrations. */
  readonly migrations?: readonly Migration[]
}

/**
 * The composition root shared by the desktop app, browser mode and the command line: opens the
 * data folder and database, brings the schema up to date (or throws MigrationError), and wires
 * every handler. Transports only attach to `handlers` and `events`.
 */
export function createServices(options: ServiceOptions): Services {
  const migrations = options.migrations ?? bundledMigrations()
  mkdirSync(options.dataDir, { recursive: true })
  const databaseFile = join(options.dataDir, DATABASE_FILE_NAME)
  const db = openDatabase(databaseFile)
  try {
    const status = migrate(db, migrations)
    const events = createEventBus((error) => options.log.error('An event listener failed', error))
    const info = {
      name: APP_NAME,
      version: APP_VERSION,
      dataDir: options.dataDir,
      databaseFile,
      schemaVersion: status.applied.at(-1)?.version ?? 0,
    }
    const handlers: Handlers = {
      ...appHandlers({ info, migrations }),
      ...settingsHandlers(createSettingsRepo(db), events),
    }
    return { dataDir: options.dataDir, db, events, handlers, close: () => db.close() }
  } catch (error) {
    db.close()
    throw error
  }
}
