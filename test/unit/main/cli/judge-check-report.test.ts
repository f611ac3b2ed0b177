import { describe, expect, it } from 'vitest'
import { formatJudgeCheck } from '../../../../src/main/cli/judge-check-report'
import type { JudgeCheckCase, JudgeCheckResult, JudgePanelCheckResult } from '../../../../src/shared/contract/judge-check'

const pass: JudgeCheckCase = { id: 'a', label: 'an answer against itself', judging: 'rse', expected: '4 or 5', got: '5', outcome: 'pass', reply: 'Overall: 5' }
const fail: JudgeCheckCase = { ...pass, got: '1', outcome: 'fail', reply: 'It differs.\nOverall: 1' }

const judge = (name: string, cases: JudgeCheckCase[]): JudgeCheckResult => {
  const passed = cases.filter((entry) => entry.outcome === 'pass').length
  return {
    judge: name,
    model: `sim-${name}`,
    judging: 'RSE judge',
    cases,
    passed: passed === cases.length,
    counts: { pass: passed, fail: cases.length - passed, unreadable: 0, 'not-asked': 0 },
    costUsd: 0.001,
    sent: cases.length,
    fromCache: 0,
  }
}
const panel = (...judges: JudgeCheckResult[]): JudgePanelCheckResult => ({
  judges,
  passed: judges.every((entry) => entry.passed),
  costUsd: judges.length * 0.001,
  sent: judges.reduce((sum, entry) => sum + entry.sent, 0),
  fromCache: 0,
})

describe('the judge check’s text report', () => {
  it('a single judge: its block only, with no panel line', () => {
    const text = formatJudgeCheck(panel(judge('j1', [pass])))
    expect(text).toMatch(/^Judge check: j1 \(sim-j1\), RSE judge\n/)
    expect(text).toMatch(/1 of 1 passed\. Sent 1 calls/)
    expect(text).toMatch(/The judge answered every case as expected\.\n$/)
    expect(text).not.toMatch(/Panel:/)
  })

  it('a panel: one block per judge in order, the failing judge’s raw reply, and which judge did not pass', () => {
    const text = formatJudgeCheck(panel(judge('good', [pass, pass]), judge('contrary', [fail, pass])))
    const good = text.indexOf('Judge check: good (sim-good)')
    const contrary = text.indexOf('Judge check: contrary (sim-contrary)')
    expect(good).toBe(0)
    expect(contrary).toBeGreaterThan(good)
    expect(text.slice(contrary)).toMatch(/\[FAIL\] an answer against itself: expected 4 or 5, got 1/)
    expect(text.slice(contrary)).toMatch(/ {2}\| It differs\.\n {2}\| Overall: 1/)
    expect(text.slice(good, contrary)).not.toMatch(/FAIL/)
    expect(text).toMatch(/Panel: 1 of 2 judges passed every case\. Sent 4 calls \(\$0\.0020\), 0 answered from the cache\./)
    expect(text).toMatch(/Not passed: “contrary”\. A run would use every judge as it is\.\n$/)
  })

  it('a panel where every judge passed says so', () => {
    expect(formatJudgeCheck(panel(judge('a', [pass]), judge('b', [pass])))).toMatch(/Every judge of the panel answered every case as expected\.\n$/)
  })
})
