import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openDatabase, type Db } from '../../../../../src/main/storage/database'
import { bundledMigrations } from '../../../../../src/main/storage/migration-files'
import { migrate } from '../../../../../src/main/storage/migrator'
import { createIceRunsRepo } from '../../../../../src/main/storage/repos/ice-runs'

let db: Db
const addRun = (id: string) =>
  db.prepare("INSERT INTO runs (id, kind, name, status, spec_json, spec_hash, created_at) VALUES (?, 'ice', 'r', 'completed', '{}', 'h', '2026-12-04')").run(id)
beforeEach(() => {
  db = openDatabase(':memory:')
  migrate(db, bundledMigrations())
})
afterEach(() => db.close())

describe('an ICE run’s stop state, replicate by replicate (issue 16)', () => {
  it('keeps each replicate’s own stop reason and iterations; `state` is replicate 0’s, `states` every one in order', () => {
    addRun('a')
    const repo = createIceRunsRepo(db)
    repo.saveState('a', { stopReason: 'max_success', iterations: 9 }, 2)
    repo.saveState('a', { stopReason: 'max_query', iterations: 12 })
    repo.saveState('a', { stopReason: 'stalled', iterations: 4 }, 1)

    expect(repo.state('a')).toEqual({ stopReason: 'max_query', iterations: 12 })
    expect(repo.states('a')).toEqual([
      { replicate: 0, stopReason: 'max_query', iterations: 12 },
      { replicate: 1, stopReason: 'stalled', iterations: 4 },
      { replicate: 2, stopReason: 'max_success', iterations: 9 },
    ])
  })

  it('a replicate that ends again (a resumed run) overwrites only its own state', () => {
    addRun('a')
    const repo = createIceRunsRepo(db)
    repo.saveState('a', { stopReason: 'max_query', iterations: 12 }, 0)
    repo.saveState('a', { stopReason: 'max_query', iterations: 11 }, 1)
    repo.saveState('a', { stopReason: 'stalled', iterations: 15 }, 1)
    expect(repo.states('a')).toEqual([
      { replicate: 0, stopReason: 'max_query', iterations: 12 },
      { replicate: 1, stopReason: 'stalled', iterations: 15 },
    ])
  })

  it('a run that has not stopped has no state; another run’s states are not mixed in', () => {
    addRun('a')
    addRun('b')
    const repo = createIceRunsRepo(db)
    repo.saveState('b', { stopReason: 'max_query', iterations: 3 }, 1)
    expect(repo.state('a')).toBeUndefined()
    expect(repo.states('a')).toEqual([])
    // Only replicate 1 of "b" stopped: the run's own (replicate 0) state is still unknown.
    expect(repo.state('b')).toBeUndefined()
    expect(repo.states('b')).toEqual([{ replicate: 1, stopReason: 'max_query', iterations: 3 }])
  })

  it('refuses a stop state for a run that does not exist', () => {
    const repo = createIceRunsRepo(db)
    expect(() => repo.saveState('missing', { stopReason: 'max_query', iterations: 1 }, 1)).toThrow(/FOREIGN KEY/)
  })
})
