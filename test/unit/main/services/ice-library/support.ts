import { join } from 'node:path'
import { createEventBus } from '../../../../../src/main/core/event-bus'
import { createIceLibraryService, type IceLibraryDeps } from '../../../../../src/main/services/ice-library/ice-library-service'
import { iceLibraryHandlers } from '../../../../../src/main/ipc/handlers/ice-library'
import { openDatabase } from '../../../../../src/main/storage/database'
import { bundledMigrations } from '../../../../../src/main/storage/migration-files'
import { migrate } from '../../../../../src/main/storage/migrator'
import { AppError } from '../../../../../src/shared/contract/errors'
import { iceLibraryRoutes } from '../../../../../src/shared/contract/ice-library'
import { useTempDirs } from '../../../../support/temp-dir'

type RouteName = keyof typeof iceLibraryRoutes

/**
 * The ICE library over a fresh migrated database, wired as services.ts wires it, plus `call`, which
 * validates input with the route's schema before the handler, as the router does, and every event
 * emitted.
 */
export function useIceLibrary() {
  const newDir = useTempDirs()
  return (options: Partial<Omit<IceLibraryDeps, 'db' | 'events'>> = {}) => {
    const dir = newDir()
    const db = openDatabase(join(dir, 'test.db'))
    migrate(db, bundledMigrations())
    const events = createEventBus()
    const emitted: { event: string; payload: unknown }[] = []
    events.attach((event, payload) => emitted.push({ event, payload }))
    const service = createIceLibraryService({ db, events, ...options })
    const handlers = iceLibraryHandlers(service) as Record<RouteName, (input: unknown) => unknown>
    const call = async <T = unknown>(route: RouteName, input?: unknown): Promise<T> => {
      const parsed: unknown = iceLibraryRoutes[route].input.parse(input)
      return (await handlers[route](parsed)) as T
    }
    const storedSets = () => (db.prepare('SELECT COUNT(*) AS n FROM ice_sets').get() as { n: number }).n
    return { dir, db, service, call, emitted, storedSets }
  }
}

/** The AppError a promise (or function) fails with; anything else fails the test. */
export async function failure(action: Promise<unknown> | (() => unknown)): Promise<AppError> {
  const error = await Promise.resolve()
    .then(() => (typeof action === 'function' ? action() : action))
    .then(
      () => undefined,
      (caught: unknown) => caught,
    )
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`)
  return error
}
