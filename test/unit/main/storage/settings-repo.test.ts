import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../../../src/main/storage/database'
import { bundledMigrations } from '../../../../src/main/storage/migration-files'
import { migrate } from '../../../../src/main/storage/migrator'
import { createSettingsRepo } from '../../../../src/main/storage/repos/settings'
import { useTempDirs } from '../../../support/temp-dir'

const newDir = useTempDirs()

function setup() {
  const file = join(newDir(), 'test.db')
  const db = openDatabase(file)
  migrate(db, bundledMigrations())
  return { db, file, repo: createSettingsRepo(db) }
}

describe('settings repository', () => {
  it('returns defaults before anything is saved', () => {
    expect(setup().repo.get()).toEqual({ theme: 'auto' })
  })

  it('persists an update across connections', () => {
    const { db, file, repo } = setup()
    expect(repo.update({ theme: 'dark' })).toEqual({ theme: 'dark' })
    db.close()
    const reopened = openDatabase(file)
    expect(createSettingsRepo(reopened).get()).toEqual({ theme: 'dark' })
  })

  it('falls back to the default for a stored value that is no longer valid', () => {
    const { db, repo } = setup()
    db.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('theme', '\"purple\"', 'x')").run()
    expect(repo.get()).toEqual({ theme: 'auto' })
    db.prepare("UPDATE settings SET value = 'not json' WHERE key = 'theme'").run()
    expect(repo.get()).toEqual({ theme: 'auto' })
  })

  it('ignores keys this version does not know', () => {
    const { db, repo } = setup()
    db.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('future', '1', 'x')").run()
    expect(repo.get()).toEqual({ theme: 'auto' })
  })
})
