import { describe, expect, it } from 'vitest'
import { routes } from '../../../../src/shared/contract'
import type { Handlers } from '../../../../src/main/ipc/router'
import { createServices } from '../../../../src/main/compose-services'
import { silentLogger } from '../../../../src/main/core/log'
import { useTempDirs } from '../../../support/temp-dir'

const newDir = useTempDirs()

// Compile-time half of the check (run by `npm run typecheck`): a table missing a route must not
// type-check. If Handlers ever stopped requiring every route, this directive would be unused and
// the type check would fail.
// @ts-expect-error settings.update is missing
const incomplete: Handlers = {
  'app.info': () => ({ name: '', version: '', dataDir: '', databaseFile: '', schemaVersion: 0 }),
  'app.doctor': () => ({ healthy: true, checks: [] }),
  'settings.get': () => ({ theme: 'auto' }),
}

describe('handler table', () => {
  it('has a function for every route of the contract at run time too', async () => {
    const services = createServices({ dataDir: newDir(), log: silentLogger })
    try {
      expect(Object.keys(services.handlers).sort()).toEqual(Object.keys(routes).sort())
      expect(Object.values(services.handlers).every((handler) => typeof handler === 'function')).toBe(true)
    } finally {
      await services.close()
    }
    expect(incomplete).toBeDefined()
  })
})
