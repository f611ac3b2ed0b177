import { describe, expect, it } from 'vitest'
import { anchorValues, calibrationSteps } from '../../../../../../../src/main/core/evaluators/rse/checks/calibration'
import { positionCheckSteps } from '../../../../../../../src/main/core/evaluators/rse/checks/position-check'
import { withSamplesSteps } from '../../../../../../../src/main/core/evaluators/rse/checks/sample-items'
import type { RseCheckScore } from '../../../../../../../src/main/core/evaluators/rse/checks/ports'
import type { JudgedItem } from '../../../../../../../src/main/core/evaluators/rse/aggregate'
import type { RseScoredJudgment } from '../../../../../../../src/main/core/evaluators/rse/ports'
import { runToEnd } from '../../../../../../../src/main/core/stats/steps'

const check = (fields: Partial<RseCheckScore> & Pick<RseCheckScore, 'kind' | 'itemId'>): RseCheckScore => ({
  judgeAlias: 'j',
  studentAlias: 'stu',
  setName: 's',
  sample: 0,
  replied: true,
  ...fields,
})
const item = (itemId: string, overall: number | undefined, studentId = 'stu'): JudgedItem => ({
  studentId,
  setName: 's',
  itemId,
  ...(overall !== undefined ? { overall } : { failed: 'unreadable' }),
  aspects: { style: 1, structure: 1, content: 1 },
})

describe("a student's further samples (issue 16 item 2)", () => {
  it("scores a prompt by the mean of its samples' readable scores and reports the mean within-prompt SD", () => {
    const items = [item('1', 4), item('2', undefined), item('3', 2)]
    const checks = [
      check({ kind: 'sample', itemId: '1', sample: 1, overall: 2 }),
      check({ kind: 'sample', itemId: '2', sample: 1, overall: 3 }),
      check({ kind: 'sample', itemId: '2', sample: 2, overall: 5 }),
      check({ kind: 'sample', itemId: '3', sample: 1, failedReason: 'unreadable' }),
      check({ kind: 'floor', itemId: '3', overall: 1 }),
    ]
    const { items: merged, withinSd } = runToEnd(withSamplesSteps(items, checks))
    expect(merged.map((entry) => [entry.itemId, entry.overall, entry.failed])).toEqual([
      ['1', 3, undefined],
      ['2', 4, undefined],
      ['3', 2, undefined],
    ])
    // SDs of {4, 2} and {3, 5}: sqrt(2) each; prompt 3 has one readable sample and no SD.
    expect(withinSd.get('stu')).toBeCloseTo(Math.SQRT2, 12)
  })

  it("folds in only the named judge's samples for that judge's own results", () => {
    const checks = [
      check({ kind: 'sample', itemId: '1', sample: 1, overall: 2, judgeAlias: 'a' }),
      check({ kind: 'sample', itemId: '1', sample: 1, overall: 4, judgeAlias: 'b' }),
    ]
    expect(runToEnd(withSamplesSteps([item('1', 4)], checks, 'a')).items[0]!.overall).toBe(3)
    // The panel's sample score is the judges' mean (3), then the prompt's mean over samples.
    expect(runToEnd(withSamplesSteps([item('1', 4)], checks)).items[0]!.overall).toBe(3.5)
  })
})

describe('the ceiling and the floor (issue 16 item 1)', () => {
  const checks = [
    check({ kind: 'ceiling', studentAlias: 'ref', itemId: '1', sample: 1, overall: 5 }),
    check({ kind: 'ceiling', studentAlias: 'ref', itemId: '2', sample: 1, overall: 4 }),
    check({ kind: 'ceiling', studentAlias: 'ref', itemId: '3', sample: 1, failedReason: 'The judge could not be asked: timeout' }),
    check({ kind: 'floor', studentAlias: 'a', itemId: '1', overall: 1 }),
    check({ kind: 'floor', studentAlias: 'b', itemId: '1', overall: 2 }),
    check({ kind: 'floor', studentAlias: 'a', itemId: '2', overall: 1 }),
  ]

  it('pools the floor over students per prompt and counts the units no judge scored', () => {
    expect([...anchorValues(checks, 'floor').bySet.get('s')!]).toEqual([
      ['1', 1.5],
      ['2', 1],
    ])
    const ceiling = anchorValues(checks, 'ceiling')
    expect([...ceiling.bySet.get('s')!.values()]).toEqual([5, 4])
    expect(ceiling.failed.get('s')).toBe(1)
  })

  it('reports both anchors with intervals and normalises a student between them', () => {
    const { calibration, normalise } = runToEnd(
      calibrationSteps({ checks, sets: ['s'], seed: 1, referenceGreedy: false, secondSamples: { pairs: 3, identical: 0 } }),
    )
    expect(calibration.ceiling.mean).toBe(4.5)
    expect(calibration.ceiling.sets[0]).toMatchObject({ name: 's', n: 2, failed: 1 })
    expect(calibration.floor.mean).toBe(1.25)
    const normalised = runToEnd(normalise([item('1', 3), item('2', 3)], 'a'))
    expect(normalised.avg).toBeCloseTo((3 - 1.25) / (4.5 - 1.25), 12)
    expect(normalised.sets).toHaveLength(1)
  })
})

describe('the position check (issue 16 item 3)', () => {
  const judgment = (judgeAlias: string, itemId: string, overall: number): RseScoredJudgment => ({
    judgeAlias,
    studentAlias: 'stu',
    setName: 's',
    itemId,
    overall,
  })
  it('flags a judge whose swapped scores shift away from 0 and not one whose shifts centre on 0', () => {
    const ids = Array.from({ length: 30 }, (_, i) => String(i))
    const judgments = ids.flatMap((id) => [judgment('biased', id, 4), judgment('fair', id, 3)])
    const checks = ids.flatMap((id, i) => [
      check({ kind: 'swap', judgeAlias: 'biased', itemId: id, overall: i % 2 === 0 ? 3 : 4 }),
      check({ kind: 'swap', judgeAlias: 'fair', itemId: id, overall: i % 3 === 0 ? 4 : i % 3 === 1 ? 2 : 3 }),
    ])
    const { judges } = runToEnd(positionCheckSteps(judgments, checks, ['biased', 'fair'], 1))
    expect(judges[0]).toMatchObject({ judge: 'biased', items: 30, meanShift: -0.5, flagged: true })
    expect(judges[1]).toMatchObject({ judge: 'fair', items: 30, meanShift: 0, flagged: false })
  })

  it('leaves out items either judgement failed, and flags nothing without items', () => {
    const judgments = [judgment('j', '1', 4), { ...judgment('j', '2', 4), failedReason: 'unreadable' }]
    const checks = [check({ kind: 'swap', itemId: '1', failedReason: 'unreadable' }), check({ kind: 'swap', itemId: '2', overall: 3 })]
    expect(runToEnd(positionCheckSteps(judgments, checks, ['j'], 1)).judges).toEqual([{ judge: 'j', items: 0, flagged: false }])
  })
})
