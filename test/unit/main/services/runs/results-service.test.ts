import { describe, expect, it } from 'vitest'
import { buildRseResults } from '../../../../../src/main/core/evaluators/rse/rse-results'
import type { RunRow } from '../../../../../src/main/core/runs/ports'
import { RESULTS_SHAPE_VERSION } from '../../../../../src/main/services/runs/results-store'
import type { RseResults } from '../../../../../src/shared/contract/results'
import { fixtureResults, openFixtureDb, seedRseRun } from '../../../../support/results-fixture'
import { useTempDirs } from '../../../../support/temp-dir'

const newDir = useTempDirs()
const withoutTime = ({ computedAt: _at, refreshing: _refreshing, modelVersions: _versions, ...results }: RseResults) => results

/** The table as it was built before results were kept: from every judgement at once. */
function computedDirectly(fixture: ReturnType<typeof fixtureResults>, runId: string) {
  const run = fixture.repos.runs.get(runId) as RunRow
  const built = buildRseResults(run, fixture.repos.rse.judgments(runId), (alias) => alias, fixture.repos.calls.totals({ runId }))
  // The service adds each model's display name (figures print them); the fixture's models have none, so their aliases.
  return { ...built, displayNames: Object.fromEntries(Object.keys(run.spec.models).map((alias) => [alias, alias])) }
}

function counting(db: ReturnType<typeof openFixtureDb>, options: Parameters<typeof fixtureResults>[1] = {}) {
  const slices: number[] = []
  const fixture = fixtureResults(db, { ...options, slices: { sliceMs: 10, onSlice: (ms) => slices.push(ms) } })
  return { ...fixture, slices }
}

describe('results of a finished run (issue 17 item 2)', () => {
  it('are the table built from every judgement, computed once and stored, so a restarted app does not recompute them', async () => {
    const db = openFixtureDb(newDir())
    const runId = seedRseRun(db, 60)
    const first = counting(db)
    const results = await first.service.rseResults(runId)
    expect(withoutTime(results)).toEqual(computedDirectly(first, runId))
    expect(results.computedAt).toMatch(/^\d{4}-\d\d-\d\dT/)
    expect(results.unreadable.count).toBeGreaterThan(0)
    expect(first.slices.length).toBeGreaterThan(0)

    const again = first.slices.length
    expect(await first.service.rseResults(runId)).toEqual(results)
    expect(first.slices).toHaveLength(again)
    // A new service over the same database (the app reopened): read back, not computed.
    const reopened = counting(db)
    expect(await reopened.service.rseResults(runId)).toEqual(results)
    expect(reopened.slices).toHaveLength(0)
    expect(withoutTime(reopened.service.rseResultsNow(runId))).toEqual(withoutTime(results))
  })

  it('are computed again after a change of status, and when stored by another shape of results', async () => {
    const db = openFixtureDb(newDir())
    const runId = seedRseRun(db, 20)
    const fixture = counting(db)
    await fixture.service.rseResults(runId)
    const once = fixture.slices.length
    // Resumed and finished again: a new statusSeq.
    fixture.repos.runs.setStatus(runId, 'running')
    fixture.repos.runs.setStatus(runId, 'completed')
    await fixture.service.rseResults(runId)
    expect(fixture.slices.length).toBeGreaterThan(once)

    const seq = (fixture.repos.runs.get(runId) as RunRow).statusSeq
    fixture.cache.put(runId, 'rse', { statusSeq: seq, shapeVersion: RESULTS_SHAPE_VERSION - 1, computedAt: new Date(0).toISOString(), json: '{"old":true}' })
    const reopened = counting(db)
    const results = await reopened.service.rseResults(runId)
    expect(results).not.toHaveProperty('old')
    expect(withoutTime(results)).toEqual(computedDirectly(reopened, runId))
    expect(reopened.slices.length).toBeGreaterThan(0)
    expect(fixture.cache.get(runId, 'rse')?.shapeVersion).toBe(RESULTS_SHAPE_VERSION)
  })

  it('follow a change of judgements once invalidateResults is called, and not before', async () => {
    const db = openFixtureDb(newDir())
    const runId = seedRseRun(db, 30)
    const fixture = counting(db)
    const before = await fixture.service.rseResults(runId)
    // A re-judge: every judgement of one student in one set now says 1.
    for (const judgment of fixture.repos.rse.judgments(runId).filter((j) => j.studentAlias === 'close' && j.setName === 'general')) {
      fixture.repos.rse.saveJudgment(runId, { ...judgment, overall: 1, failedReason: undefined })
    }
    expect(await fixture.service.rseResults(runId)).toEqual(before)
    fixture.service.invalidateResults(runId)
    expect(fixture.cache.get(runId, 'rse')).toBeUndefined()
    const after = await fixture.service.rseResults(runId)
    expect(withoutTime(after)).toEqual(computedDirectly(fixture, runId))
    expect(after.students[0]?.sets[0]?.mean).toBe(1)
    expect(before.students[0]?.sets[0]?.mean).toBeGreaterThan(1)
    // The new results are stored too: a reopened app sees them.
    expect(withoutTime(await counting(db).service.rseResults(runId))).toEqual(withoutTime(after))
  })

  it('refuses a run of the other kind and a run that does not exist', async () => {
    const db = openFixtureDb(newDir())
    const runId = seedRseRun(db, 5)
    const { service } = fixtureResults(db)
    await expect(service.iceResults(runId)).rejects.toThrow('not an ICE run')
    await expect(service.rseResults('nope')).rejects.toThrow('no longer exists')
  })
})

describe('results of a running run (issue 17 item 2)', () => {
  it('are computed at most once per interval: a request gets the latest at once, marked while newer ones are computed', async () => {
    const db = openFixtureDb(newDir())
    const runId = seedRseRun(db, 30, 'running')
    let clock = 1_000_000
    const fixture = counting(db, { refreshMs: 3000, now: () => clock })
    const first = await fixture.service.rseResults(runId)
    expect(first.refreshing).toBe(false)
    const computedOnce = fixture.slices.length

    clock += 1000
    expect(await fixture.service.rseResults(runId)).toEqual(first)
    expect(fixture.slices).toHaveLength(computedOnce)

    // Judged meanwhile; once the interval has passed, a request starts a refresh and does not wait for it.
    const judgment = fixture.repos.rse.judgments(runId).find((j) => j.studentAlias === 'far' && j.failedReason === undefined)!
    fixture.repos.rse.saveJudgment(runId, { ...judgment, failedReason: 'no score found', overall: undefined })
    clock += 3000
    const stale = await fixture.service.rseResults(runId)
    expect(stale.refreshing).toBe(true)
    expect(stale.computedAt).toBe(first.computedAt)
    await new Promise((resolve) => setTimeout(resolve, 200))
    const fresh = await fixture.service.rseResults(runId)
    expect(fresh.refreshing).toBe(false)
    expect(fresh.unreadable.count).toBe(first.unreadable.count + 1)
    expect(Date.parse(fresh.computedAt!)).toBe(clock)
    // Nothing of a running run is stored: its results change until it ends.
    expect(fixture.cache.get(runId, 'rse')).toBeUndefined()
  })

  it('keep every synchronous slice of the work on ~9,000 judgements far under 50 ms', async () => {
    const db = openFixtureDb(newDir())
    const runId = seedRseRun(db, 1000, 'running')
    const fixture = counting(db)
    const results = await fixture.service.rseResults(runId)
    expect(results.students.reduce((sum, student) => sum + student.sets.reduce((n, set) => n + set.n + set.failed, 0), 0)).toBeGreaterThan(8500)
    // Read in pages of 2,000 judgements: the same table as from all of them at once.
    expect(withoutTime(results)).toEqual(computedDirectly(fixture, runId))
    expect(fixture.slices.length).toBeGreaterThan(5)
    expect(Math.max(...fixture.slices)).toBeLessThan(50)
  })
})
