import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { IceAttackRow } from '../../../../src/main/core/evaluators/ice'
import { openDatabase } from '../../../../src/main/storage/database'
import { bundledMigrations } from '../../../../src/main/storage/migration-files'
import { migrate } from '../../../../src/main/storage/migrator'
import { createIceRunsRepo } from '../../../../src/main/storage/repos/ice-runs'
import { createRunsRepo } from '../../../../src/main/storage/repos/runs'
import { attackRow, minimalIceSpec } from '../../../support/ice-fixtures'

const folders: string[] = []
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true })
})

const spec = minimalIceSpec()

const row = (mutantId: number, questionIndex: number, replicate?: number): IceAttackRow =>
  attackRow({ mutantId, questionIndex, replicate, answer: `answer ${replicate ?? 0}` })

describe('migration 0015 (issue 16: ICE replicates)', () => {
  it('keeps every node and row stored before it as replicate 0, and then stores another replicate beside it under the same ids', () => {
    const folder = mkdtempSync(join(tmpdir(), 'distillscope-0015-'))
    folders.push(folder)
    const db = openDatabase(join(folder, 'distillscope.db'))
    try {
      const all = bundledMigrations()
      migrate(
        db,
        all.filter((migration) => migration.version < 15),
      )
      const run = createRunsRepo(db).insert(spec, 'h1', 'Old run')
      db.prepare(`INSERT INTO ice_nodes (run_id, node_id, level, text) VALUES (?, 0, 0, 'seed'), (?, 1, 1, 'mutant')`).run(run.id, run.id)
      db.prepare(`INSERT INTO ice_rows (run_id, mutant_id, question_index, iteration, loose, strict, row_json) VALUES (?, 1, 0, 1, 1, NULL, ?)`).run(
        run.id,
        JSON.stringify(row(1, 0)),
      )

      migrate(db, all)
      const repo = createIceRunsRepo(db)
      expect(repo.nodes(run.id).map((node) => [node.replicate, node.id, node.text])).toEqual([
        [undefined, 0, 'seed'],
        [undefined, 1, 'mutant'],
      ])
      expect(repo.rows(run.id)).toEqual([row(1, 0)])
      expect(repo.node(run.id, 1)?.text).toBe('mutant')

      // A second replicate's template 1 and row (1, 0) sit beside replicate 0's instead of replacing them.
      repo.saveNodes(run.id, [{ replicate: 1, id: 1, level: 1, text: 'other mutant' }])
      repo.saveRow(run.id, row(1, 0, 1))
      expect(repo.node(run.id, 1)?.text).toBe('mutant')
      expect(repo.node(run.id, 1, 1)?.text).toBe('other mutant')
      expect(repo.rows(run.id).map((stored) => stored.answer)).toEqual(['answer 0', 'answer 1'])
      expect(repo.rows(run.id)[1]?.replicate).toBe(1)

      // Pruning one replicate leaves the other's nodes and rows alone.
      expect(repo.prune(run.id, new Set([0]), new Set(), 1)).toBe(2)
      expect(repo.nodes(run.id)).toHaveLength(2)
      expect(repo.rows(run.id)).toEqual([row(1, 0)])
    } finally {
      db.close()
    }
  })
})
