import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openDatabase } from '../../../../src/main/storage/database'
import { bundledMigrations } from '../../../../src/main/storage/migration-files'
import { migrate } from '../../../../src/main/storage/migrator'
import { createLlmCallsRepo } from '../../../../src/main/storage/repos/llm-calls'

const folders: string[] = []
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true })
})

describe('migration 0009 (issue 15 item 5)', () => {
  it('keeps the calls recorded before it, with no version, and records versions after it', () => {
    const folder = mkdtempSync(join(tmpdir(), 'distillscope-0009-'))
    folders.push(folder)
    const db = openDatabase(join(folder, 'distillscope.db'))
    try {
      const all = bundledMigrations()
      const before = all.filter((migration) => migration.version < 9)
      migrate(db, before)
      db.prepare(
        `INSERT INTO llm_calls (at, model_id, run_id, cached, input_tokens, output_tokens, cost_usd, latency_ms) VALUES ('2026-12-01T00:00:00Z', 'm1', 'r1', 0, 10, 5, 0.001, 120)`,
      ).run()
      migrate(db, all)
      const calls = createLlmCallsRepo(db)
      calls.record({
        modelId: 'm1',
        runId: 'r1',
        cached: false,
        inputTokens: 10,
        outputTokens: 5,
        costUsd: 0.001,
        latencyMs: 100,
        reported: { model: 'gpt-4o-2024-08-06', fingerprint: 'fp_1' },
      })
      expect(calls.versions('r1')).toEqual([
        { modelId: 'm1', reportedModel: null, fingerprint: null, calls: 1 },
        { modelId: 'm1', reportedModel: 'gpt-4o-2024-08-06', fingerprint: 'fp_1', calls: 1 },
      ])
      expect(calls.totals({ runId: 'r1' }).sent).toBe(2)
    } finally {
      db.close()
    }
  })
})
