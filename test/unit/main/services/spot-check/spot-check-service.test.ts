import { describe, expect, it } from 'vitest'
import type { RunRow } from '../../../../../src/main/core/runs/ports'
import { createSpotCheckService } from '../../../../../src/main/services/spot-check/spot-check-service'
import type { HumanRating } from '../../../../../src/main/storage/repos/human-ratings'
import { runSpecSchema } from '../../../../../src/shared/contract'

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
