import { describe, expect, it } from 'vitest'
import { tallyIceRun } from '../../../../../../src/main/core/evaluators/ice/ice-tally'
import { panelOutcome } from '../../../../../../src/main/core/evaluators/ice/judges/panel'
import type { JudgeOutcome } from '../../../../../../src/main/core/evaluators/ice/judges/run-judge'
import type { IceAttackRow } from '../../../../../../src/main/core/evaluators/ice/loop/types'
import { decideOutcome } from '../../../../../../src/main/core/runs/run-outcome'

const said = (verdict: 0 | 1): JudgeOutcome => ({ verdict, via: 'tag', reply: `<verdict>${verdict}</verdict>` })
const unreadable: JudgeOutcome = { verdict: null, via: 'failed', reply: 'hmm', error: 'Judge reply: no verdict.' }

function row(questionIndex: number, judges: readonly JudgeOutcome[]): IceAttackRow {
  const base = {
    iteration: 1,
    mutantId: 1,
    parentId: 0,
    mutator: 'rephrase' as const,
    level: 1,
    questionIndex,
    questionId: `q${questionIndex}`,
    question: 'Who made you?',
    template: 't',
    prompt: 'p',
    questionAppended: false,
    answer: 'a',
    loose: panelOutcome(judges),
  }
  return judges.length === 1 ? base : { ...base, judges: judges.map((loose, index) => ({ judge: `j${index + 1}`, loose })) }
}

const aliases = { target: 'target', helper: 'helper', judges: ['j1', 'j2'] }

describe('an ICE run tallied for its outcome with a judge panel', () => {
  it('counts every judge’s own judgements; a split between readable verdicts is neither unreadable nor failed', () => {
    const rows = Array.from({ length: 10 }, (_, index) => row(index, [said(1), said(0)]))
    const tally = tallyIceRun(aliases, [], rows)
    expect(tally).toMatchObject({ judge: 'j1, j2', judgements: 20, unreadable: 0 })
    expect(tally.roles.find((role) => role.role === 'judge')).toMatchObject({ calls: 20, failed: 0 })
    expect(decideOutcome(tally)).toEqual({ status: 'completed', warnings: [] })
  })

  it('still warns when the panel’s judges themselves give unreadable replies', () => {
    const rows = Array.from({ length: 10 }, (_, index) => row(index, [said(1), unreadable]))
    const tally = tallyIceRun(aliases, [], rows)
    expect(tally).toMatchObject({ judgements: 20, unreadable: 10 })
    const outcome = decideOutcome(tally)
    expect(outcome.status).toBe('completed_with_warnings')
    expect(outcome.warnings.join(' ')).toMatch(/10 of 20 judgements by the judge \(j1, j2\) could not be read/)
  })

  it('counts a single judge as before', () => {
    const rows = [row(0, [said(1)]), row(1, [unreadable])]
    expect(tallyIceRun({ ...aliases, judges: ['j1'] }, [], rows)).toMatchObject({ judge: 'j1', judgements: 2, unreadable: 1 })
  })
})
