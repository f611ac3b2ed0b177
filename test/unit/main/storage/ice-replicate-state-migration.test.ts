import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openDatabase } from '../../../../src/main/storage/database'
import { bundledMigrations } from '../../../../src/main/storage/migration-files'
import { migrate } from '../../../../src/main/storage/migrator'
import { createIceRunsRepo } from '../../../../src/main/storage/repos/ice-runs'
import { createRunsRepo } from '../../../../src/main/storage/repos/runs'
import { minimalIceSpec } from '../../../support/ice-fixtures'

const folders: string[] = []
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true })
})

const spec = minimalIceSpec()

describe('migration 0016 (issue 16: each ICE replicate’s stop state)', () => {
  it('keeps a stop state stored before it as replicate 0’s, and then stores other replicates’ beside it', () => {
    const folder = mkdtempSync(join(tmpdir(), 'distillscope-0016-'))
    folders.push(folder)
    const db = openDatabase(join(folder, 'distillscope.db'))
    try {
      const all = bundledMigrations()
      migrate(
        db,
        all.filter((migration) => migration.version < 16),
      )
      const runs = createRunsRepo(db)
      const stopped = runs.insert(spec, 'h1', 'Old stopped run')
      const paused = runs.insert(spec, 'h2', 'Old paused run')
      db.prepare(`INSERT INTO ice_run_state (run_id, stop_reason, iterations) VALUES (?, 'max_query', 17)`).run(stopped.id)

      migrate(db, all)
      const repo = createIceRunsRepo(db)
      expect(repo.state(stopped.id)).toEqual({ stopReason: 'max_query', iterations: 17 })
      expect(repo.states(stopped.id)).toEqual([{ replicate: 0, stopReason: 'max_query', iterations: 17 }])
      expect(repo.state(paused.id)).toBeUndefined()
      expect(repo.states(paused.id)).toEqual([])

      repo.saveState(stopped.id, { stopReason: 'stalled', iterations: 5 }, 1)
      expect(repo.states(stopped.id).map((state) => [state.replicate, state.stopReason])).toEqual([
        [0, 'max_query'],
        [1, 'stalled'],
      ])
      // Deleting the run still takes its state with it.
      db.prepare('DELETE FROM runs WHERE id = ?').run(stopped.id)
      expect(repo.states(stopped.id)).toEqual([])
    } finally {
      db.close()
    }
  })
})
