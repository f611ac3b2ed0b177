import { describe, expect, it } from 'vitest'
import { silentLogger } from '../../../src/main/core/log'
import { createServices } from '../../../src/main/compose-services'
import { bundledMigrations, toMigrations } from '../../../src/main/storage/migration-files'
import { MigrationError } from '../../../src/main/storage/migrator'
import { useTempDirs } from '../../support/temp-dir'

const newDir = useTempDirs()

describe('services start-up', () => {
  it('creates the data folder and database, then reopens them on restart', async () => {
    const dataDir = `${newDir()}/nested/data`
    const first = createServices({ dataDir, log: silentLogger })
    first.handlers['settings.update']({ theme: 'dark' })
    await first.close()
    const second = createServices({ dataDir, log: silentLogger })
    expect(second.handlers['settings.get'](undefined)).toEqual({ theme: 'dark' })
    expect(second.handlers['app.info'](undefined)).toMatchObject({ dataDir, schemaVersion: bundledMigrations().length })
    await second.close()
  })

  it('refuses to start when a shipped migration file was edited after being applied', async () => {
    const dataDir = newDir()
    await createServices({ dataDir, log: silentLogger }).close()
    const [initial] = bundledMigrations()
    const edited = toMigrations({ [`./migrations/${initial!.name}.sql`]: `${initial!.sql}\nCREATE INDEX x ON settings(updated_at);` })
    expect(() => createServices({ dataDir, log: silentLogger, migrations: edited })).toThrow(MigrationError)
    expect(() => createServices({ dataDir, log: silentLogger, migrations: edited })).toThrow(/Migration 0001_initial was edited/)
  })

  it('emits settings.changed to attached listeners after an update', async () => {
    const services = createServices({ dataDir: newDir(), log: silentLogger })
    const seen: unknown[] = []
    services.events.attach((event, payload) => seen.push({ event, payload }))
    services.handlers['settings.update']({ theme: 'light' })
    expect(seen).toEqual([{ event: 'settings.changed', payload: { theme: 'light' } }])
    await services.close()
  })
})
