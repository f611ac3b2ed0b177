import { describe, expect, it } from 'vitest'
import {
  confirmFailedCheck,
  failedCheckTitle,
  judgeCheckCostText,
  judgeCheckSummary,
  panelCheckSummary,
} from '../../../../src/renderer/src/features/runs/judge-check-format'
import type { JudgeCheckResult, JudgePanelCheckResult } from '../../../../src/shared/contract/judge-check'

const judge = (name: string, passed: boolean, sent = 4, fromCache = 0) =>
  ({
    judge: name,
    passed,
    counts: { pass: passed ? 4 : 2, fail: passed ? 0 : 2, unreadable: 0, 'not-asked': 0 },
    cases: [{}, {}, {}, {}],
    sent,
    fromCache,
  }) as unknown as JudgeCheckResult

const panel = (...judges: JudgeCheckResult[]): JudgePanelCheckResult => ({
  judges,
  passed: judges.every((entry) => entry.passed),
  costUsd: 0,
  sent: judges.reduce((sum, entry) => sum + entry.sent, 0),
  fromCache: judges.reduce((sum, entry) => sum + entry.fromCache, 0),
})

describe('the judge check’s words', () => {
  it('says the cost before the check, free when it is', () => {
    expect(judgeCheckCostText({ judges: 1, calls: 4, costUsd: 0.0123 })).toMatch(/sends the judge 4 short cases .* about \$0\.01/)
    expect(judgeCheckCostText({ judges: 1, calls: 7, costUsd: 0 })).toMatch(/at no cost/)
  })

  it('says a panel’s check asks each judge the cases, and counts every call', () => {
    expect(judgeCheckCostText({ judges: 2, calls: 8, costUsd: 0 })).toBe(
      'The check sends each of the 2 judges 4 short cases (8 calls) with known answers, at no cost (a repeated check is answered from the cache).',
    )
  })

  it('sums up what passed and what was sent, per judge', () => {
    const result = {
      counts: { pass: 2, fail: 1, unreadable: 1, 'not-asked': 0 },
      cases: [{}, {}, {}, {}],
      sent: 0,
      fromCache: 4,
    } as unknown as JudgeCheckResult
    expect(judgeCheckSummary(result)).toBe('2 of 4 cases passed (all answered from the cache).')
  })

  it('sums up a panel: how many judges passed every case, and all their calls', () => {
    expect(panelCheckSummary(panel(judge('j1', true), judge('j2', false, 2, 2)))).toBe('1 of 2 judges passed every case (6 calls sent, 2 from the cache).')
    expect(panelCheckSummary(panel(judge('j1', true, 0, 4), judge('j2', true, 0, 4)))).toBe('2 of 2 judges passed every case (all answered from the cache).')
  })

  it('names the judges that failed, and asks to confirm for the judge or for the panel', () => {
    expect(failedCheckTitle(panel(judge('j1', false)))).toBe('This judge got some cases wrong or could not be read')
    expect(failedCheckTitle(panel(judge('j1', true), judge('j2', false)))).toBe('The judge “j2” got some cases wrong or could not be read')
    expect(failedCheckTitle(panel(judge('j1', false), judge('j2', true), judge('j3', false)))).toBe(
      'The judges “j1”, “j3” got some cases wrong or could not be read',
    )
    expect(confirmFailedCheck(panel(judge('j1', false)))).toMatch(/^I have read the judge’s replies above/)
    expect(confirmFailedCheck(panel(judge('j1', true), judge('j2', false)))).toMatch(/with this panel anyway/)
  })
})
