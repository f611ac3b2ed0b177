import { describe, expect, it } from 'vitest'
import { checkJudgePanel, summarisePanel } from '../../../../../src/main/core/judge-check/check-panel'
import type { JudgeCheckResult } from '../../../../../src/shared/contract/judge-check'

const result = (judge: string, passed: boolean, costUsd: number, sent: number, fromCache: number): JudgeCheckResult => ({
  judge,
  model: `model-${judge}`,
  judging: 'RSE judge',
  cases: [],
  passed,
  counts: { pass: passed ? 4 : 3, fail: passed ? 0 : 1, unreadable: 0, 'not-asked': 0 },
  costUsd,
  sent,
  fromCache,
})

describe('the judge check of a panel', () => {
  it('passes only when every judge passed, and sums the judges’ costs and calls', () => {
    const both = summarisePanel([result('j1', true, 0.01, 4, 0), result('j2', true, 0.02, 2, 2)])
    expect(both).toMatchObject({ passed: true, sent: 6, fromCache: 2 })
    expect(both.costUsd).toBeCloseTo(0.03, 10)
    const one = summarisePanel([result('j1', true, 0, 4, 0), result('j2', false, 0, 4, 0)])
    expect(one.passed).toBe(false)
    expect(one.judges.map((entry) => entry.judge)).toEqual(['j1', 'j2'])
  })

  it('checks every judge, keeping the panel’s order even when a later judge answers first', async () => {
    const asked: string[] = []
    const panel = await checkJudgePanel(['slow', 'fast'], async (name) => {
      asked.push(name)
      if (name === 'slow') await new Promise((resolve) => setImmediate(resolve))
      return result(name, name === 'fast', 0, 4, 0)
    })
    expect(asked.sort()).toEqual(['fast', 'slow'])
    expect(panel.judges.map((entry) => entry.judge)).toEqual(['slow', 'fast'])
    expect(panel.passed).toBe(false)
  })

  it('refuses a panel of no judge, and passes on a judge’s failure to be checked', async () => {
    await expect(checkJudgePanel([], async () => result('x', true, 0, 0, 0))).rejects.toThrow(/at least one judge/)
    await expect(
      checkJudgePanel(['j1', 'j2'], async (name) => {
        if (name === 'j2') throw new Error('cancelled')
        return result(name, true, 0, 4, 0)
      }),
    ).rejects.toThrow('cancelled')
  })
})
