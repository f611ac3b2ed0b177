import { describe, expect, it } from 'vitest'
import { judgeCheckCostText, judgeCheckSummary } from '../../../../src/renderer/src/features/runs/judge-check-format'
import type { JudgeCheckResult } from '../../../../src/shared/contract/judge-check'

describe('the judge check’s words', () => {
  it('says the cost before the check, free when it is', () => {
    expect(judgeCheckCostText({ calls: 4, costUsd: 0.0123 })).toMatch(/4 short cases .* about \$0\.01/)
    expect(judgeCheckCostText({ calls: 7, costUsd: 0 })).toMatch(/at no cost/)
  })

  it('sums up what passed and what was sent', () => {
    const result = {
      counts: { pass: 2, fail: 1, unreadable: 1, 'not-asked': 0 },
      cases: [{}, {}, {}, {}],
      sent: 0,
      fromCache: 4,
    } as unknown as JudgeCheckResult
    expect(judgeCheckSummary(result)).toBe('2 of 4 cases passed (all answered from the cache).')
  })
})
