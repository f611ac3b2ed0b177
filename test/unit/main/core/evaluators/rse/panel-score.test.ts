import { describe, expect, it } from 'vitest'
import { PANEL_UNSCORED, panelScore } from '../../../../../../src/main/core/evaluators/rse/panel-score'
import { judgedItemsSteps } from '../../../../../../src/main/core/evaluators/rse/panel-items'
import type { RseScoredJudgment } from '../../../../../../src/main/core/evaluators/rse/ports'
import { runToEnd } from '../../../../../../src/main/core/stats/steps'

const unreadable = { failedReason: "The judge's reply could not be read: no score", rawReply: 'hmm' }

describe('the panel score of an item (issue 13)', () => {
  it('is the mean of the overall and of each aspect over the judges that scored it', () => {
    expect(
      panelScore([
        { overall: 4, style: 2, structure: 1, content: 2 },
        { overall: 3, style: 1, structure: 1 },
        { overall: 2, style: 0, structure: 1, content: 1 },
      ]),
    ).toEqual({ overall: 3, style: 1, structure: 1, content: 1.5 })
  })

  it('leaves out a judge whose reply could not be read', () => {
    expect(panelScore([{ overall: 5, style: 2 }, { ...unreadable }, { overall: 4, style: 1 }])).toEqual({
      overall: 4.5,
      style: 1.5,
      structure: undefined,
      content: undefined,
    })
  })

  it('leaves out a score outside its scale rather than averaging it in', () => {
    expect(panelScore([{ overall: 5 }, { overall: 9 }]).overall).toBe(5)
  })

  it('fails the item when no judge scored it, with the reason they share or the panel reason', () => {
    expect(panelScore([unreadable, unreadable])).toEqual({ failedReason: unreadable.failedReason })
    expect(panelScore([unreadable, { failedReason: 'The judge could not be asked: timeout' }])).toEqual({ failedReason: PANEL_UNSCORED })
    expect(panelScore([])).toEqual({ failedReason: PANEL_UNSCORED })
  })

  it('is a panel of one judge its judgement unchanged (so single-judge results stay as they were)', () => {
    expect(panelScore([{ overall: 7, style: 2 }])).toEqual({ overall: 7, style: 2, structure: undefined, content: undefined, failedReason: undefined })
    expect(panelScore([unreadable])).toEqual({ failedReason: unreadable.failedReason })
  })
})

describe('judged items of a panel', () => {
  const row = (judgeAlias: string, itemId: string, overall?: number): RseScoredJudgment => ({
    judgeAlias,
    studentAlias: 'stu',
    setName: 's',
    itemId,
    ...(overall === undefined ? unreadable : { overall, rawReply: '' }),
  })

  it("gives one panel item per (student, item) and each judge's own items", () => {
    const { panel, perJudge } = runToEnd(judgedItemsSteps([row('a', '1', 4), row('b', '1', 2), row('a', '2'), row('b', '2')], ['a', 'b']))
    expect(panel.map((item) => [item.itemId, item.overall, item.failed])).toEqual([
      ['1', 3, undefined],
      ['2', undefined, unreadable.failedReason],
    ])
    expect(perJudge.get('a')?.map((item) => item.overall)).toEqual([4, undefined])
    expect(perJudge.get('b')?.map((item) => item.overall)).toEqual([2, undefined])
  })

  it('keeps no per-judge items for a panel of one', () => {
    const { panel, perJudge } = runToEnd(judgedItemsSteps([row('a', '1', 4), row('a', '2', 5)], ['a']))
    expect(panel.map((item) => item.overall)).toEqual([4, 5])
    expect(perJudge.size).toBe(0)
  })
})
