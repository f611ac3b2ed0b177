import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../../../src/main/storage/database'
import { runDoctor } from '../../../../src/main/storage/doctor'
import { bundledMigrations, toMigrations } from '../../../../src/main/storage/migration-files'
import { migrate } from '../../../../src/main/storage/migrator'
import { useTempDirs } from '../../../support/temp-dir'

const newDir = useTempDirs()
const statusOf = (report: ReturnType<typeof runDoctor>, id: string) => report.checks.find((c) => c.id === id)?.status

describe('doctor', () => {
  it('treats a folder not created yet as fine, and does not create it', () => {
    const dir = join(newDir(), 'later')
    const report = runDoctor(dir, bundledMigrations())
    expect(report.healthy).toBe(true)
    expect(statusOf(report, 'data-folder')).toBe('warning')
    expect(statusOf(report, 'database')).toBe('warning')
  })

  it('reports a migrated database as healthy', () => {
    const dir = newDir()
    migrate(openDatabase(join(dir, 'distillscope.db')), bundledMigrations())
    const report = runDoctor(dir, bundledMigrations())
    expect(report.healthy).toBe(true)
    expect(report.checks.map((c) => c.status)).toEqual(['ok', 'ok', 'ok'])
  })

  it('warns about pending migrations without applying them', () => {
    const dir = newDir()
    const first = { './m/0001_initial.sql': bundledMigrations()[0]!.sql }
    migrate(openDatabase(join(dir, 'distillscope.db')), toMigrations(first))
    const withNext = toMigrations({ ...first, './m/0002_next.sql': 'CREATE TABLE t (x INTEGER) STRICT;' })
    const report = runDoctor(dir, withNext)
    expect(statusOf(report, 'migrations')).toBe('warning')
    expect(report.checks.find((c) => c.id === 'migrations')?.detail).toContain('0002_next')
    expect(runDoctor(dir, withNext).checks.find((c) => c.id === 'migrations')?.status).toBe('warning')
  })

  it('fails on an edited migration and on a file that is not a database', () => {
    const dir = newDir()
    migrate(openDatabase(join(dir, 'distillscope.db')), bundledMigrations())
    const edited = toMigrations({ './m/0001_initial.sql': `${bundledMigrations()[0]!.sql}\n-- edited` })
    const report = runDoctor(dir, edited)
    expect(report.healthy).toBe(false)
    expect(report.checks.find((c) => c.id === 'migrations')?.detail).toMatch(/0001_initial was edited/)

    const other = newDir()
    writeFileSync(join(other, 'distillscope.db'), 'this is not sqlite, just text long enough to be read as a header')
    const broken = runDoctor(other, bundledMigrations())
    expect(broken.healthy).toBe(false)
    expect(statusOf(broken, 'database')).toBe('error')
  })

  it('fails when the data folder is a file', () => {
    const file = join(newDir(), 'a-file')
    writeFileSync(file, 'x')
    const report = runDoctor(file, bundledMigrations())
    expect(report.healthy).toBe(false)
    expect(report.checks[0]?.detail).toMatch(/is a file, not a folder/)
  })
})
