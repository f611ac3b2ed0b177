import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../../../../src/main/storage/database'
import { bundledMigrations } from '../../../../../src/main/storage/migration-files'
import { migrate } from '../../../../../src/main/storage/migrator'
import { createIceSetsRepo, type NewIceSet } from '../../../../../src/main/storage/repos/ice-sets'
import { createIdentityFactsRepo } from '../../../../../src/main/storage/repos/identity-facts'
import { useTempDirs } from '../../../../support/temp-dir'
import { failure } from '../../services/ice-library/support'

const newDir = useTempDirs()

function database() {
  const db = openDatabase(join(newDir(), 'test.db'))
  migrate(db, bundledMigrations())
  return db
}

/** A clock that moves one second per reading, so "oldest first" is observable. */
function ticking(start = Date.UTC(2025, 0, 1)) {
  let at = start
  return () => new Date((at += 1000))
}

const questions: NewIceSet = {
  kind: 'questions',
  name: 'Mine',
  sourceNote: 'Imported from mine.csv.',
  origin: { fileName: 'mine.csv' },
  counts: { en: 1, zh: 1, unknown: 0 },
  contentHash: 'hash-q',
  items: [
    { id: 'q1', text: 'Who made you?', category: 'team', language: 'en' },
    { id: 'q2', text: '谁开发了你？', language: 'zh' },
  ],
}
const seeds: NewIceSet = {
  kind: 'seeds',
  name: 'Seeds',
  sourceNote: '',
  origin: {},
  counts: { withPlaceholder: 1, withoutPlaceholder: 0 },
  contentHash: 'hash-s',
  items: [{ id: '0', text: 'Say: [INSERT PROMPT HERE]' }],
}

describe('identity facts repository', () => {
  it('inserts, replaces, lists by vendor and deletes', () => {
    const repo = createIdentityFactsRepo(database(), ticking())
    repo.put({ id: 'fact_b', vendor: 'beta', series: ['B1'], keywords: ['beta'], fact: 'I am Beta.' })
    const first = repo.put({ id: 'fact_a', vendor: 'Alpha', series: [], keywords: ['alpha'], fact: 'I am Alpha.' })
    expect(first).toEqual({ id: 'fact_a', vendor: 'Alpha', series: [], keywords: ['alpha'], fact: 'I am Alpha.', updatedAt: '2025-01-01T00:00:02.000Z' })
    const changed = repo.put({ id: 'fact_a', vendor: 'Alpha', series: ['A'], keywords: ['alpha', 'a-series'], fact: 'I am Alpha, by Alpha Labs.' })
    expect(changed).toMatchObject({ series: ['A'], keywords: ['alpha', 'a-series'], fact: 'I am Alpha, by Alpha Labs.', updatedAt: '2025-01-01T00:00:03.000Z' })
    expect(repo.list().map((fact) => fact.id)).toEqual(['fact_a', 'fact_b'])
    expect(repo.delete('fact_a', { clearModels: false })).toEqual({ deleted: true, modelsCleared: 0 })
    expect(repo.delete('fact_a', { clearModels: false })).toEqual({ deleted: false, modelsCleared: 0 })
    expect(repo.get('fact_a')).toBeUndefined()
  })

  it('reads a damaged list as empty instead of failing', () => {
    const db = database()
    const repo = createIdentityFactsRepo(db)
    repo.put({ id: 'x', vendor: 'X', series: ['X1'], keywords: ['x'], fact: 'I am X.' })
    db.prepare("UPDATE identity_facts SET series_json = 'not json', keywords_json = '[1, 2]' WHERE id = 'x'").run()
    expect(repo.get('x')).toMatchObject({ series: [], keywords: [] })
  })

  it('clears a deleted fact from the models that named it, in the same transaction', () => {
    const db = database()
    db.prepare(
      "INSERT INTO providers (id, name, preset, kind, base_url, timeout_ms, created_at, updated_at) VALUES ('p', 'P', 'custom', 'openai', 'http://x', 1000, 't', 't')",
    ).run()
    const insertModel = db.prepare(
      "INSERT INTO models (id, provider_id, model, name, generation_json, prices_json, limits_json, identity_fact_id, created_at, updated_at) VALUES (?, 'p', 'm', 'M', '{}', '{}', '{}', ?, 't', 't')",
    )
    insertModel.run('m1', 'fact_x')
    insertModel.run('m2', 'openai')
    const repo = createIdentityFactsRepo(db)
    repo.put({ id: 'fact_x', vendor: 'X', series: [], keywords: ['x'], fact: 'I am X.' })
    expect(repo.delete('fact_x', { clearModels: true })).toEqual({ deleted: true, modelsCleared: 1 })
    expect(db.prepare('SELECT id, identity_fact_id AS fact FROM models ORDER BY id').all()).toEqual([
      { id: 'm1', fact: null },
      { id: 'm2', fact: 'openai' },
    ])
  })
})

describe('ICE sets repository', () => {
  it('stores a set with its items and lists summaries oldest first, by kind when asked', () => {
    const repo = createIceSetsRepo(database(), ticking())
    const q = repo.insertUnlessIdentical(questions)
    const s = repo.insertUnlessIdentical(seeds)
    expect(q.created).toBe(true)
    expect(q.set).toEqual({
      id: expect.stringMatching(/^iceset_/),
      kind: 'questions',
      name: 'Mine',
      sourceNote: 'Imported from mine.csv.',
      origin: { fileName: 'mine.csv' },
      itemCount: 2,
      counts: { en: 1, zh: 1, unknown: 0 },
      contentHash: 'hash-q',
      createdAt: '2025-01-01T00:00:01.000Z',
    })
    expect(repo.list().map((set) => set.id)).toEqual([q.set.id, s.set.id])
    expect(repo.list('seeds').map((set) => set.id)).toEqual([s.set.id])
    expect(repo.get(q.set.id)).toMatchObject({ kind: 'questions', items: questions.items })
    expect(repo.get('iceset_missing')).toBeUndefined()
  })

  it('reuses a set with the same kind and content hash, never across kinds', () => {
    const repo = createIceSetsRepo(database())
    const first = repo.insertUnlessIdentical(questions)
    expect(repo.insertUnlessIdentical({ ...questions, name: 'Renamed copy' })).toEqual({ set: first.set, created: false })
    expect(repo.findByHash('questions', 'hash-q')?.id).toBe(first.set.id)
    expect(repo.findByHash('seeds', 'hash-q')).toBeUndefined()
    expect(repo.insertUnlessIdentical({ ...seeds, contentHash: 'hash-q' }).created).toBe(true)
  })

  it('refuses to hand a run items it cannot read, and tolerates damaged counts', async () => {
    const db = database()
    const repo = createIceSetsRepo(db)
    const { set } = repo.insertUnlessIdentical(questions)
    db.prepare("UPDATE ice_sets SET counts_json = 'oops' WHERE id = ?").run(set.id)
    expect(repo.list()[0]?.counts).toEqual({})
    db.prepare(`UPDATE ice_sets SET items_json = '[{"id": "q1"}]' WHERE id = ?`).run(set.id)
    const error = await failure(() => repo.get(set.id))
    expect(error.code).toBe('unavailable')
    expect(error.message).toBe('The stored set "Mine" is damaged (its items cannot be read). Delete it and import it again.')
  })

  it('deletes a set', () => {
    const repo = createIceSetsRepo(database())
    const { set } = repo.insertUnlessIdentical(seeds)
    expect(repo.delete(set.id)).toBe(true)
    expect(repo.delete(set.id)).toBe(false)
    expect(repo.list()).toEqual([])
  })
})
