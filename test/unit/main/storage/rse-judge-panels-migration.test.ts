import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { RunSpec } from '../../../../src/shared/contract/run-spec'
import { openDatabase } from '../../../../src/main/storage/database'
import { bundledMigrations } from '../../../../src/main/storage/migration-files'
import { migrate } from '../../../../src/main/storage/migrator'
import { createRseResultsRepo } from '../../../../src/main/storage/repos/rse-results'
import { createRunsRepo } from '../../../../src/main/storage/repos/runs'

const folders: string[] = []
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true })
})

const specWith = (judges: { judge: string } | { judges: string[] }) =>
  ({
    kind: 'rse',
    models: Object.fromEntries(['ref', 'stu', 'j1', 'j2'].map((alias) => [alias, { provider: 'simulator', model: `sim-${alias}` }])),
    reference: 'ref',
    students: ['stu'],
    ...judges,
    promptSets: [{ name: 's', file: 's.csv' }],
  }) as unknown as RunSpec

describe('migration 0012 (issue 13: RSE judge panels)', () => {
  it("keeps every judgement stored before it, filed under its run's judge, and then stores one per judge", () => {
    const folder = mkdtempSync(join(tmpdir(), 'distillscope-0012-'))
    folders.push(folder)
    const db = openDatabase(join(folder, 'distillscope.db'))
    try {
      const all = bundledMigrations()
      migrate(
        db,
        all.filter((migration) => migration.version < 12),
      )
      const runs = createRunsRepo(db)
      const single = runs.insert(specWith({ judge: 'j1' }), 'h1', 'Single')
      const panel = runs.insert(specWith({ judges: ['j1', 'j2'] }), 'h2', 'Panel')
      const insertOld = db.prepare(
        `INSERT INTO rse_judgments (run_id, student_alias, set_name, item_id, overall, style, raw_reply, parsed_via, reasked, failed_reason)
         VALUES (?, 'stu', 's', ?, ?, ?, ?, ?, ?, ?)`,
      )
      insertOld.run(single.id, '1', 4, 2, 'Overall: 4', 'tag', 0, null)
      insertOld.run(single.id, '2', null, null, 'nonsense', null, 1, 'unreadable')
      insertOld.run(panel.id, '1', 3, null, 'Overall: 3', 'tag', 0, null)

      migrate(db, all)
      const repo = createRseResultsRepo(db)
      expect(repo.judgments(single.id).sort((a, b) => a.itemId.localeCompare(b.itemId))).toEqual([
        expect.objectContaining({ judgeAlias: 'j1', itemId: '1', overall: 4, style: 2, rawReply: 'Overall: 4', parsedVia: 'tag', reasked: false }),
        expect.objectContaining({ judgeAlias: 'j1', itemId: '2', overall: undefined, rawReply: 'nonsense', reasked: true, failedReason: 'unreadable' }),
      ])
      expect(repo.judgments(panel.id).map((judgment) => [judgment.judgeAlias, judgment.overall])).toEqual([['j1', 3]])

      // The same (student, item) judged by a second judge is a second row, not a replacement.
      repo.saveJudgment(panel.id, { judgeAlias: 'j2', studentAlias: 'stu', setName: 's', itemId: '1', reasked: false, overall: 5 })
      expect(
        repo
          .outcomes(panel.id)
          .judgments.map((judgment) => judgment.judgeAlias)
          .sort(),
      ).toEqual(['j1', 'j2'])
    } finally {
      db.close()
    }
  })
})
