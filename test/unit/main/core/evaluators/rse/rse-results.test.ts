import { describe, expect, it } from 'vitest'
import { buildRseResults } from '../../../../../../src/main/core/evaluators/rse/rse-results'
import { PANEL_UNSCORED } from '../../../../../../src/main/core/evaluators/rse/panel-score'
import type { RseScoredJudgment } from '../../../../../../src/main/core/evaluators/rse/ports'
import type { RunRow } from '../../../../../../src/main/core/runs/ports'

const UNREADABLE = "The judge's reply could not be read: no score"
const runWith = (judges: { judge: string } | { judges: string[] }) =>
  ({
    id: 'r1',
    status: 'completed',
    warnings: [],
    spec: { kind: 'rse', reference: 'ref', students: ['stu'], ...judges, promptSets: [{ name: 's' }], seed: 3 },
  }) as unknown as RunRow
const calls = { sent: 0, cached: 0, failed: 0, inputTokens: 0, outputTokens: 0, costUsd: 0 }
const judged = (judgeAlias: string, itemId: string, overall?: number): RseScoredJudgment => ({
  judgeAlias,
  studentAlias: 'stu',
  setName: 's',
  itemId,
  ...(overall === undefined ? { rawReply: 'hmm', failedReason: UNREADABLE } : { overall, style: overall > 3 ? 2 : 1, rawReply: '' }),
})

describe('RSE results of a judge panel (issue 13)', () => {
  // Item 1: both judges scored; item 2: j2's reply unreadable; item 3: neither scored.
  const judgments = [judged('j1', '1', 5), judged('j2', '1', 3), judged('j1', '2', 4), judged('j2', '2'), judged('j1', '3'), judged('j2', '3')]
  const results = buildRseResults(runWith({ judges: ['j1', 'j2'] }), judgments, (alias) => `${alias}-model`, calls)

  it('scores each item by the mean of the judges that scored it, and fails an item none scored', () => {
    const [set] = results.students[0]!.sets
    // (5 + 3) / 2 = 4 for item 1, 4 (j1 alone) for item 2; item 3 failed.
    expect(set).toMatchObject({ n: 2, failed: 1, mean: 4 })
    expect(set!.aspects.style).toBe((1.5 + 2) / 2)
  })

  it("gives each judge's own results, computed from its scores alone", () => {
    expect(results.perJudge?.map((entry) => [entry.judge, entry.students[0]!.sets[0]!.mean, entry.students[0]!.sets[0]!.n])).toEqual([
      ['j1', 4.5, 2],
      ['j2', 3, 1],
    ])
    expect(results.judges).toEqual([
      { alias: 'j1', model: 'j1-model' },
      { alias: 'j2', model: 'j2-model' },
    ])
    expect(results.judge).toEqual({ alias: 'j1', model: 'j1-model' })
  })

  it('names the judge with the most unreadable replies, with each judge counted apart', () => {
    expect(results.unreadable).toMatchObject({ judge: { alias: 'j2' }, count: 2, judged: 3 })
    expect(results.unreadableByJudge?.map((entry) => [entry.judge.alias, entry.count, entry.judged])).toEqual([
      ['j1', 1, 3],
      ['j2', 2, 3],
    ])
  })

  it('gives the generic reason when the judges failed an item for different reasons', () => {
    const mixed = [judged('j1', '1'), { ...judged('j2', '1'), rawReply: undefined, failedReason: 'The judge could not be asked: timeout' }]
    const failures = buildRseResults(runWith({ judges: ['j1', 'j2'] }), mixed, (alias) => alias, calls).students[0]!.sets[0]!
    expect(failures).toMatchObject({ n: 0, failed: 1 })
    expect(PANEL_UNSCORED).toMatch(/No judge/)
  })

  it('a single judge ("judge") gives the shape of before panels: no per-judge results', () => {
    const single = buildRseResults(
      runWith({ judge: 'j1' }),
      judgments.filter((judgment) => judgment.judgeAlias === 'j1'),
      (alias) => alias,
      calls,
    )
    expect(single.perJudge).toBeUndefined()
    expect(single.unreadableByJudge).toBeUndefined()
    expect(single.students[0]!.sets[0]).toMatchObject({ n: 2, failed: 1, mean: 4.5 })
    expect(single.unreadable).toMatchObject({ judge: { alias: 'j1' }, count: 1, judged: 3 })
  })
})
