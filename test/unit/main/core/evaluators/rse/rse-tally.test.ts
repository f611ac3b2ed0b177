import { describe, expect, it } from 'vitest'
import { JUDGE_CALL_FAILED, JUDGE_REPLY_UNREADABLE, tallyRseRun } from '../../../../../../src/main/core/evaluators/rse/rse-tally'
import type { RseJudgmentOutcome } from '../../../../../../src/main/core/evaluators/rse/ports'
import type { RseSpec } from '../../../../../../src/shared/contract/run-spec'
import { decideOutcome } from '../../../../../../src/main/core/runs/run-outcome'

const spec = (judges: string[]) => ({ kind: 'rse', reference: 'ref', students: ['stu'], judges, models: {}, promptSets: [] }) as unknown as RseSpec
const answers = Array.from({ length: 10 }, (_, i) => [
  { modelAlias: 'ref', setName: 's', itemId: String(i), answered: true },
  { modelAlias: 'stu', setName: 's', itemId: String(i), answered: true },
]).flat()
const judged = (judgeAlias: string, outcome: (i: number) => Partial<RseJudgmentOutcome>): RseJudgmentOutcome[] =>
  Array.from({ length: 10 }, (_, i) => ({ judgeAlias, studentAlias: 'stu', setName: 's', itemId: String(i), replied: true, ...outcome(i) }))

describe('the tally of an RSE run with a judge panel (issue 13)', () => {
  it('counts each judge as a role of its own, with its own failed calls', () => {
    const tally = tallyRseRun(spec(['a', 'b']), answers, [
      ...judged('a', () => ({})),
      ...judged('b', (i) => (i < 2 ? { replied: false, failedReason: `${JUDGE_CALL_FAILED}HTTP 500` } : {})),
    ])
    expect(tally.roles.filter((role) => role.role === 'judge')).toEqual([
      { role: 'judge', alias: 'a', calls: 10, failed: 0 },
      { role: 'judge', alias: 'b', calls: 10, failed: 2, exampleError: 'HTTP 500' },
    ])
    expect(tally.judgements).toBe(18)
    const outcome = decideOutcome(tally)
    expect(outcome.status).toBe('completed_with_warnings')
    expect(outcome.warnings).toEqual([expect.stringContaining('2 of 10 calls to the judge model (b) failed')])
  })

  it('warns of unreadable replies per judge, naming the judge, even when the panel as a whole is under the threshold', () => {
    const unreadable = { failedReason: `${JUDGE_REPLY_UNREADABLE}no score` }
    const tally = tallyRseRun(spec(['a', 'b', 'c', 'd']), answers, [
      ...judged('a', () => ({})),
      ...judged('b', () => ({})),
      ...judged('c', () => ({})),
      ...judged('d', (i) => (i < 1 ? unreadable : {})),
    ])
    expect(tally.perJudge).toEqual([
      { judge: 'a', judgements: 10, unreadable: 0 },
      { judge: 'b', judgements: 10, unreadable: 0 },
      { judge: 'c', judgements: 10, unreadable: 0 },
      { judge: 'd', judgements: 10, unreadable: 1 },
    ])
    // 1 of 40 (2.5%) over the panel would pass the 5% rule; 1 of 10 of judge d's does not.
    expect(decideOutcome(tally).warnings).toEqual([expect.stringContaining('1 of 10 judgements by the judge (d) could not be read')])
  })

  it('counts a single judge as before, with no per-judge counts', () => {
    const tally = tallyRseRun(
      { ...spec([]), judges: undefined, judge: 'a' } as unknown as RseSpec,
      answers,
      judged('a', () => ({})),
    )
    expect(tally.perJudge).toBeUndefined()
    expect(tally.roles.at(-1)).toEqual({ role: 'judge', alias: 'a', calls: 10, failed: 0 })
    expect(decideOutcome(tally)).toEqual({ status: 'completed', warnings: [] })
  })
})
