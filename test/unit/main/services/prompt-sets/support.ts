import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createEventBus } from '../../../../../src/main/core/event-bus'
import { createPromptSetService, type PromptSetServiceDeps } from '../../../../../src/main/services/prompt-sets/prompt-set-service'
import { promptSetHandlers } from '../../../../../src/main/ipc/handlers/prompt-sets'
import { openDatabase } from '../../../../../src/main/storage/database'
import { bundledMigrations } from '../../../../../src/main/storage/migration-files'
import { migrate } from '../../../../../src/main/storage/migrator'
import { createPromptSetsRepo } from '../../../../../src/main/storage/repos/prompt-sets'
import { promptSetRoutes, type PromptSet } from '../../../../../src/shared/contract/prompt-sets'
import { useTempDirs } from '../../../../support/temp-dir'

type RouteName = keyof typeof promptSetRoutes

/**
 * The prompt-set services over a fresh migrated database, as services.ts wires them, plus `call`,
 * which validates input with the route's schema before the handler, as the router does.
 */
export function usePromptSets() {
  const newDir = useTempDirs()
  return (options: Partial<Omit<PromptSetServiceDeps, 'repo' | 'events'>> = {}) => {
    const dir = newDir()
    const db = openDatabase(join(dir, 'test.db'))
    migrate(db, bundledMigrations())
    const repo = createPromptSetsRepo(db)
    const events = createEventBus()
    const changes: (readonly PromptSet[])[] = []
    events.attach((event, payload) => {
      if (event === 'promptSets.changed') changes.push(payload as readonly PromptSet[])
    })
    const service = createPromptSetService({ repo, events, ...options })
    const handlers = promptSetHandlers(service) as Record<RouteName, (input: unknown) => unknown>
    const call = async <T = unknown>(route: RouteName, input: unknown): Promise<T> => {
      const parsed: unknown = promptSetRoutes[route].input.parse(input)
      return (await handlers[route](parsed)) as T
    }
    return { dir, db, repo, service, call, changes }
  }
}

/** The public data beside the project (../shared/data): absent means a broken checkout, so fail loudly. */
export function sharedDataFile(relative: string): string {
  const path = fileURLToPath(new URL(`../../../../../../shared/data/${relative}`, import.meta.url))
  if (!existsSync(path)) {
    throw new Error(
      `Test data is missing: ${path}. These tests need the shared data folder (../shared/data beside the project root); see shared/data/README.md.`,
    )
  }
  return path
}
