import { describe, expect, it } from 'vitest'
import { createResultsCacheRepo } from '../../../../../src/main/storage/repos/results-cache'
import { createRunsRepo } from '../../../../../src/main/storage/repos/runs'
import { openFixtureDb, rseSpec } from '../../../../support/results-fixture'
import { useTempDirs } from '../../../../support/temp-dir'

const newDir = useTempDirs()
const stored = { statusSeq: 2, shapeVersion: 1, computedAt: '2026-01-01T00:00:00.000Z', json: '{"a":1}' }

describe('stored results (migration 0010)', () => {
  it('keeps one row per run and kind, replaced on put, gone with the run or on delete', () => {
    const db = openFixtureDb(newDir())
    const runs = createRunsRepo(db)
    const cache = createResultsCacheRepo(db)
    const run = runs.insert(rseSpec, 'h', 'Kept')
    const other = runs.insert(rseSpec, 'h2', 'Other')
    cache.put(run.id, 'rse', stored)
    cache.put(run.id, 'rse', { ...stored, statusSeq: 3 })
    cache.put(other.id, 'rse', stored)
    expect(cache.get(run.id, 'rse')).toEqual({ ...stored, statusSeq: 3 })
    expect(cache.get(run.id, 'ice')).toBeUndefined()
    cache.delete(run.id)
    expect(cache.get(run.id, 'rse')).toBeUndefined()
    expect(cache.get(other.id, 'rse')).toEqual(stored)
    runs.delete(other.id)
    expect(cache.get(other.id, 'rse')).toBeUndefined()
  })

  it('keeps nothing for a run deleted while its results were computed', () => {
    const db = openFixtureDb(newDir())
    const cache = createResultsCacheRepo(db)
    cache.put('run-gone', 'rse', stored)
    expect(cache.get('run-gone', 'rse')).toBeUndefined()
  })
})
