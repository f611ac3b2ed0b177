import { describe, expect, it } from 'vitest'
import { sampleWithSeed } from '../../../../../src/main/core/evaluators/rse/import/sampling'
import type { RunRow } from '../../../../../src/main/core/runs/ports'
import { createSpotCheckService } from '../../../../../src/main/services/spot-check/spot-check-service'
import { createHumanRatingsRepo, type HumanRating } from '../../../../../src/main/storage/repos/human-ratings'
import { createRunsRepo } from '../../../../../src/main/storage/repos/runs'
import { createSpotCheckReads } from '../../../../../src/main/storage/repos/spot-check-reads'
import { runSpecSchema } from '../../../../../src/shared/contract'
import { seedSpotCheckRun } from '../../../../support/ice-spot-check-fixture'
import { openFixtureDb } from '../../../../support/results-fixture'
import { useTempDirs } from '../../../../support/temp-dir'

const newDir = useTempDirs()

const spec = runSpecSchema.parse({
  kind: 'rse',
  models: {
    ref: { provider: 'simulator', model: 'sim-reference' },
    s: { provider: 'simulator', model: 'sim-student-close' },
    j: { provider: 'simulator', model: 'sim-judge' },
  },
  reference: 'ref',
  students: ['s'],
  judge: 'j',
  promptSets: [{ name: 'a', setId: 'x' }],
})
const key = (item: number) => JSON.stringify(['s', 'a', String(item)])

function service(status: RunRow['status'], active = false) {
  const ratings: HumanRating[] = []
  return createSpotCheckService({
    runs: { get: (id) => (id === 'r1' ? ({ id: 'r1', status, spec } as unknown as RunRow) : undefined) },
    reads: {
      rseCandidates: () => [1, 2, 3, 4, 5].map(key),
      rseTexts: () => ({ question: 'q', reference: 'r', candidate: 'c' }),
      rseJudgeRatings: (_runId, found) => [{ judge: 'j', rating: Number(JSON.parse(found)[2]) }],
      iceCandidates: () => [],
      iceTexts: () => undefined,
      iceJudgeRatings: () => [],
    },
    ratings: {
      list: () => [...ratings],
      put: (_runId, rating) => ratings.push(rating),
      remove: () => undefined,
      replaceAll: () => undefined,
    },
    modelOf: () => 'sim-judge',
    isActive: () => active,
    now: () => new Date('2026-12-04T12:00:00Z'),
  })
}

describe('the spot-check service', () => {
  it('refuses a run that is still going, so its sample cannot change under the person', () => {
    expect(() => service('running').sample('r1', 3, 1)).toThrow(/still going/)
    expect(() => service('paused', true).rate('r1', key(1), 3)).toThrow(/still going/)
    expect(() => service('completed').sample('nope', 3, 1)).toThrow(/no longer exists/)
  })

  it('draws at most what the run has, and a rating is stored with its time', () => {
    const spot = service('completed')
    expect(spot.sample('r1', 50, 1).items).toHaveLength(5)
    const summary = spot.rate('r1', key(2), 2)
    expect(summary).toMatchObject({ rated: 1, agreements: [{ judge: 'j', model: 'sim-judge', n: 1, exact: 1 }] })
  })
})

/** The service over a stored ICE run's real reads, so keys, texts and verdicts are the stored rows'. */
function iceService(replicates: number) {
  const db = openFixtureDb(newDir())
  const runId = seedSpotCheckRun(db, replicates)
  const spot = createSpotCheckService({
    runs: createRunsRepo(db),
    reads: createSpotCheckReads(db),
    ratings: createHumanRatingsRepo(db),
    modelOf: () => undefined,
    isActive: () => false,
    now: () => new Date('2026-12-04T12:00:00Z'),
  })
  return { spot, runId }
}
const iceKey = (...parts: number[]) => JSON.stringify(parts)

describe('the spot check of an ICE run with replicates (issue 16)', () => {
  it('draws from every replicate, and shows each answer with the replicate it came from', () => {
    const { spot, runId } = iceService(3)
    const all = spot.sample(runId, 200, 4)
    expect(all.available).toBe(12)
    expect(new Set(all.items.map((item) => item.key))).toEqual(
      new Set([0, 1, 2].flatMap((replicate) => [1, 2].flatMap((m) => [0, 1].map((q) => (replicate === 0 ? iceKey(m, q) : iceKey(m, q, replicate)))))),
    )
    for (const item of all.items) {
      const [mutant, question, replicate] = JSON.parse(item.key) as number[]
      expect(item.ice).toEqual({ fact: 'F', question: 'Who made you?', answer: `${replicate ?? 0}/${mutant}/${question}`, ...(replicate ? { replicate } : {}) })
    }
    // Deterministic for a run and seed, and a smaller sample is the larger one's start.
    expect(spot.sample(runId, 200, 4).items.map((item) => item.key)).toEqual(all.items.map((item) => item.key))
    expect(spot.sample(runId, 5, 4).items.map((item) => item.key)).toEqual(all.items.slice(0, 5).map((item) => item.key))
  })

  it('measures the judges by the rated replicate’s own verdicts', () => {
    const { spot, runId } = iceService(3)
    // Replicate 2, template 1, question 1: j1 said 0 and j2 said 1 (replicate 0's row has 0 and 0).
    const summary = spot.rate(runId, iceKey(1, 1, 2), 1)
    const byJudge = Object.fromEntries(summary.agreements.map((agreement) => [agreement.judge, agreement]))
    expect(byJudge.j1).toMatchObject({ n: 1, exact: 0 })
    expect(byJudge.j2).toMatchObject({ n: 1, exact: 1 })
    expect(spot.sample(runId, 200, 4).items.find((item) => item.key === iceKey(1, 1, 2))?.rating).toBe(1)
  })

  it('refuses a key that names no row the spot check draws', () => {
    const { spot, runId } = iceService(3)
    for (const bad of [iceKey(1, 1, 0), iceKey(1, 1, -1), iceKey(1, 1, 3), iceKey(1, 1, 2, 0), '["1","1"]', 'not json'])
      expect(() => spot.rate(runId, bad, 1)).toThrow('This item is not one the spot check can rate in this run.')
  })

  it('draws a one-replicate run’s sample exactly as before: the same two-element keys in the same order', () => {
    const { spot, runId } = iceService(1)
    const before = [iceKey(1, 0), iceKey(1, 1), iceKey(2, 0), iceKey(2, 1)]
    for (const seed of [1, 7, 123456]) expect(spot.sample(runId, 3, seed).items.map((item) => item.key)).toEqual(sampleWithSeed(before, 3, seed))
    expect(spot.sample(runId, 4, 1).items.every((item) => item.ice?.replicate === undefined)).toBe(true)
  })
})
