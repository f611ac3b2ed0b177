import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { RunSpec } from '../../../../src/shared/contract/run-spec'
import { openDatabase } from '../../../../src/main/storage/database'
import { bundledMigrations } from '../../../../src/main/storage/migration-files'
import { migrate } from '../../../../src/main/storage/migrator'
import { createRunsRepo } from '../../../../src/main/storage/repos/runs'
import { useTempDirs } from '../../../support/temp-dir'

const newDir = useTempDirs()

const spec = {
  kind: 'rse',
  models: {
    ref: { provider: 'simulator', model: 'sim-reference' },
    student: { provider: 'simulator', model: 'sim-student-close' },
    judge: { provider: 'simulator', model: 'sim-judge' },
  },
  reference: 'ref',
  students: ['student'],
  judge: 'judge',
  promptSets: [{ name: 'general', setId: 'builtin-general-v1' }],
} as unknown as RunSpec

function repo() {
  const db = openDatabase(join(newDir(), 'test.db'))
  migrate(db, bundledMigrations())
  return createRunsRepo(db)
}

describe('a run’s status counter', () => {
  it('starts at 0 and goes up by one at every status change, including the start-up sweep to interrupted', () => {
    const runs = repo()
    const run = runs.insert(spec, 'hash', 'Counted')
    expect(run.statusSeq).toBe(0)
    expect(runs.setStatus(run.id, 'running').statusSeq).toBe(1)
    expect(runs.markInterrupted()).toBe(1)
    expect(runs.get(run.id)).toMatchObject({ status: 'interrupted', statusSeq: 2 })
    expect(runs.setStatus(run.id, 'running').statusSeq).toBe(3)
    expect(runs.setStatus(run.id, 'completed').statusSeq).toBe(4)
    expect(runs.list().map((row) => row.statusSeq)).toEqual([4])
  })

  it('does not move when only the budget in the spec changes', () => {
    const runs = repo()
    const run = runs.insert(spec, 'hash', 'Budget')
    runs.setStatus(run.id, 'paused')
    runs.setSpec(run.id, { ...spec, budgetUsd: 5 } as RunSpec)
    expect(runs.get(run.id)).toMatchObject({ statusSeq: 1, spec: { budgetUsd: 5 } })
  })
})
