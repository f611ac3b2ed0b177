import { describe, expect, it } from 'vitest'
import { rseJson } from '../../../../src/main/cli/rse-report'
import { aggregateRse } from '../../../../src/main/core/evaluators/rse/aggregate'
import type { RseResults } from '../../../../src/shared/contract/results'

/** Issue 14 item 2: `--json` carries the pairs, rank stability and aspect intervals. */
const RESULTS: RseResults = {
  runId: 'r1',
  status: 'completed',
  warnings: [],
  unreadable: { judge: { alias: 'judge', model: 'judge-model' }, count: 0, judged: 0, examples: [] },
  reference: { alias: 'ref', model: 'gpt-4o' },
  judge: { alias: 'judge', model: 'judge-model' },
  sets: ['Numina'],
  students: [
    {
      alias: 's1',
      model: 'm1',
      sets: [{ name: 'Numina', mean: 4, n: 10, failed: 0, ci: { low: 3.5, high: 4.4 }, aspects: { style: 1.5 }, aspectCi: { style: { low: 1.2, high: 1.8 } } }],
      avg: 4,
    },
    { alias: 's2', model: 'm2', sets: [{ name: 'Numina', mean: 3.5, n: 10, failed: 0, aspects: {} }], avg: 3.5 },
  ],
  pairs: [{ a: 's1', b: 's2', diff: 0.5, ci: { low: 0.5, high: 0.5 }, p: 0, adjustedP: 0, adjustedExcludesZero: true }],
  rankStability: [
    { alias: 's1', rank: 1, keepsRank: 1 },
    { alias: 's2', rank: 2, keepsRank: 1 },
  ],
  calls: { sent: 1, cached: 0, failed: 0 },
  costUsd: 0,
}

describe('rse --json', () => {
  it('lists every pair as {a, b, diff, ci, adjustedExcludesZero}, with rank stability and aspect intervals', () => {
    const json = rseJson(RESULTS)
    expect(json.pairs).toEqual([{ a: 's1', b: 's2', diff: 0.5, ci: [0.5, 0.5], adjustedP: 0, adjustedExcludesZero: true }])
    expect(json.rankStability).toEqual([
      { model: 's1', rank: 1, keepsRank: 1 },
      { model: 's2', rank: 2, keepsRank: 1 },
    ])
    expect(json.results[0]!.sets[0]!.aspects).toEqual({
      style: { mean: 1.5, ci: [1.2, 1.8] },
      structure: { mean: null, ci: null },
      content: { mean: null, ci: null },
    })
  })

  it('aggregateRse gives each aspect mean its bootstrap interval', () => {
    const items = [1, 2, 0, 2, 1].map((style, i) => ({ studentId: 's', setName: 'Numina', itemId: `i${i}`, overall: 3, aspects: { style } }))
    const [summary] = aggregateRse(items, { resamples: 500 })
    const ci = summary!.sets[0]!.aspectCis.style!
    expect(ci.low).toBeLessThanOrEqual(1.2)
    expect(ci.high).toBeGreaterThanOrEqual(1.2)
    expect(summary!.sets[0]!.aspectCis.content).toBeUndefined()
  })
})
