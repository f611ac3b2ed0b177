import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../../../src/main/storage/database'
import { bundledMigrations, checksumOf, toMigrations } from '../../../../src/main/storage/migration-files'
import { inspectMigrations, migrate, MigrationError } from '../../../../src/main/storage/migrator'
import { useTempDirs } from '../../../support/temp-dir'

const newDir = useTempDirs()
const open = () => openDatabase(join(newDir(), 'test.db'))

const files = {
  './migrations/0001_first.sql': 'CREATE TABLE a (id INTEGER PRIMARY KEY) STRICT;',
  './migrations/0002_second.sql': 'CREATE TABLE b (id INTEGER PRIMARY KEY, a_id INTEGER REFERENCES a(id)) STRICT;',
}

describe('migration files', () => {
  it('orders by number and names each migration after its file', () => {
    const migrations = toMigrations({
      [Object.keys(files)[1]!]: files['./migrations/0002_second.sql'],
      './migrations/0001_first.sql': files['./migrations/0001_first.sql'],
    })
    expect(migrations.map((m) => m.name)).toEqual(['0001_first', '0002_second'])
  })

  it('refuses badly named files and gaps in the numbering', () => {
    expect(() => toMigrations({ './m/1_first.sql': '' })).toThrow(/NNNN_lower_snake_name/)
    expect(() => toMigrations({ './m/0001_a.sql': '', './m/0003_c.sql': '' })).toThrow(/without gaps.*0003_c/)
  })

  it('ignores line-ending style in checksums but not content', () => {
    expect(checksumOf('a\r\nb')).toBe(checksumOf('a\nb'))
    expect(checksumOf('a\nb ')).not.toBe(checksumOf('a\nb'))
  })

  it('bundles the shipped migrations, starting at 0001', () => {
    const shipped = bundledMigrations()
    expect(shipped[0]?.name).toBe('0001_initial')
    expect(shipped.every((m, i) => m.version === i + 1)).toBe(true)
  })
})

describe('migrate', () => {
  it('applies pending migrations once and records their checksums', () => {
    const db = open()
    const status = migrate(db, toMigrations(files))
    expect(status.applied.map((m) => m.name)).toEqual(['0001_first', '0002_second'])
    expect(status.pending).toEqual([])
    const again = migrate(db, toMigrations(files))
    expect(again.applied).toEqual(status.applied)
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
  })

  it('fails at start-up, naming the migration, when an applied migration was edited', () => {
    const db = open()
    migrate(db, toMigrations(files))
    const edited = toMigrations({ ...files, './migrations/0002_second.sql': `${files['./migrations/0002_second.sql']}\n-- tweak` })
    expect(() => migrate(db, edited)).toThrow(MigrationError)
    expect(() => migrate(db, edited)).toThrow(/Migration 0002_second was edited after it was applied/)
  })

  it('refuses a database made by a newer version', () => {
    const db = open()
    migrate(db, toMigrations(files))
    const older = toMigrations({ './migrations/0001_first.sql': files['./migrations/0001_first.sql'] })
    expect(() => migrate(db, older)).toThrow(/newer version of Distillscope.*0002_second/)
  })

  it('rolls a failing migration back completely and leaves earlier ones applied', () => {
    const db = open()
    const broken = toMigrations({
      './migrations/0001_first.sql': files['./migrations/0001_first.sql'],
      './migrations/0002_broken.sql': 'CREATE TABLE c (id INTEGER) STRICT; INSERT INTO nowhere VALUES (1);',
    })
    expect(() => migrate(db, broken)).toThrow(/Migration 0002_broken failed and was rolled back/)
    const status = inspectMigrations(db, broken)
    expect(status.applied.map((m) => m.name)).toEqual(['0001_first'])
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'c'").get()).toBeUndefined()
  })
})
