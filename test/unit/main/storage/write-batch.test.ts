import { setImmediate as nextTurn } from 'node:timers/promises'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openDatabase, type Db } from '../../../../src/main/storage/database'
import { bundledMigrations } from '../../../../src/main/storage/migration-files'
import { migrate } from '../../../../src/main/storage/migrator'
import { createLlmCacheRepo } from '../../../../src/main/storage/repos/llm-cache'
import { createLlmCallsRepo } from '../../../../src/main/storage/repos/llm-calls'
import { createRseResultsRepo } from '../../../../src/main/storage/repos/rse-results'
import { createWriteBatch, type WriteBatch } from '../../../../src/main/storage/write-batch'

let db: Db
beforeEach(() => {
  db = openDatabase(':memory:')
  migrate(db, bundledMigrations())
  db.exec('CREATE TABLE t (v INTEGER NOT NULL UNIQUE)')
})
afterEach(() => db.close())

const values = () => (db.prepare('SELECT v FROM t ORDER BY v').all() as { v: number }[]).map((row) => row.v)
const insert = (v: number) => () => void db.prepare('INSERT INTO t (v) VALUES (?)').run(v)

/** Counts the batch's commits (its onCommit runs once per transaction). */
function countingCommits(batch: (onCommit: () => void) => WriteBatch) {
  let commits = 0
  return { batch: batch(() => commits++), commits: () => commits }
}

describe('write batch (issue 17 item 1)', () => {
  it('commits the writes of one turn of the event loop together, at the end of that turn', async () => {
    const { batch, commits } = countingCommits((onCommit) => createWriteBatch(db, { onCommit }))
    for (let v = 1; v <= 50; v++) batch.add(insert(v))
    expect(values()).toEqual([])
    expect(batch.pending()).toBe(50)
    await nextTurn()
    expect(values()).toHaveLength(50)
    expect(commits()).toBe(1)
    expect(batch.pending()).toBe(0)
  })

  it('commits at once when the queue reaches its bound', () => {
    const { batch, commits } = countingCommits((onCommit) => createWriteBatch(db, { maxPending: 10, onCommit }))
    for (let v = 1; v <= 25; v++) batch.add(insert(v))
    expect(values()).toHaveLength(20)
    expect(commits()).toBe(2)
    batch.flush()
    expect(values()).toHaveLength(25)
  })

  it('keeps the good writes when one fails, and the next flush throws the failure', async () => {
    const batch = createWriteBatch(db)
    batch.add(insert(1))
    batch.add(insert(1)) // violates UNIQUE
    batch.add(insert(2))
    await nextTurn()
    expect(values()).toEqual([1, 2])
    expect(() => batch.flush()).toThrow(/UNIQUE/)
    // Told once: the batch carries on.
    batch.add(insert(3))
    batch.flush()
    expect(values()).toEqual([1, 2, 3])
  })

  it('throws an earlier failure at the next add, so a run stops at its next write', async () => {
    const batch = createWriteBatch(db)
    batch.add(insert(7))
    batch.add(insert(7))
    await nextTurn()
    expect(() => batch.add(insert(8))).toThrow(/UNIQUE/)
  })
})

describe('repositories written through a batch', () => {
  it('the response cache answers a reply put in this turn before its batch commits', () => {
    const batch = createWriteBatch(db, { onCommit: () => cache.committed() })
    const cache = createLlmCacheRepo(db, { batch })
    const reply = { text: 'hello', finishReason: 'stop', usage: { inputTokens: 3, outputTokens: 1 } }
    cache.put('k1', reply)
    expect(batch.pending()).toBe(1)
    expect(cache.get('k1')).toEqual(reply)
    expect(db.prepare('SELECT COUNT(*) AS n FROM llm_cache').get()).toEqual({ n: 0 })
    expect(cache.size()).toBe(1)
    expect(cache.get('k1')).toEqual(reply)
  })

  it('call totals and RSE answers read after what was queued before them', () => {
    const batch = createWriteBatch(db)
    const calls = createLlmCallsRepo(db, { batch })
    const rse = createRseResultsRepo(db, batch)
    db.prepare(
      "INSERT INTO runs (id, kind, name, status, spec_json, spec_hash, created_at) VALUES ('r1', 'rse', 'r', 'running', '{}', 'h', '2026-12-04')",
    ).run()
    calls.record({ modelId: 'm', runId: 'r1', cached: false, inputTokens: 5, outputTokens: 2, costUsd: 0.01, latencyMs: 10 })
    rse.saveAnswer('r1', { modelAlias: 'ref', setName: 's', itemId: '1', text: 'an answer', costUsd: 0.01, cached: false })
    expect(batch.pending()).toBe(2)
    expect(calls.totals({ runId: 'r1' })).toMatchObject({ sent: 1, inputTokens: 5 })
    expect(rse.answers('r1').map((answer) => answer.text)).toEqual(['an answer'])
  })
})
