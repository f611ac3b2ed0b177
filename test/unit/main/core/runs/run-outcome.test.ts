import { describe, expect, it } from 'vitest'
import { decideOutcome, type RoleTally, type RunTally } from '../../../../../src/main/core/runs/run-outcome'

const role = (name: string, calls: number, failed = 0, exampleError?: string): RoleTally => ({
  role: name,
  alias: name,
  calls,
  failed,
  ...(exampleError ? { exampleError } : {}),
})
const tally = (roles: RoleTally[], judgements: number, unreadable = 0): RunTally => ({ roles, judge: 'judge', judgements, unreadable })

describe('decideOutcome', () => {
  it('a clean run is completed, with no warnings', () => {
    expect(decideOutcome(tally([role('target', 100), role('judge', 100)], 100))).toEqual({ status: 'completed', warnings: [] })
  })

  it('up to 5% unreadable judgements is still completed; one more is a warning naming the judge and the share', () => {
    expect(decideOutcome(tally([role('judge', 100)], 100, 5)).status).toBe('completed')
    const outcome = decideOutcome(tally([role('judge', 100)], 100, 6))
    expect(outcome.status).toBe('completed_with_warnings')
    expect(outcome.warnings).toEqual([expect.stringMatching(/6 of 100 judgements by the judge \(judge\) could not be read \(6\.0%\)/)])
  })

  it('every judgement unreadable (none judged at all) is completed with warnings, not failed: the judge answered', () => {
    expect(decideOutcome(tally([role('judge', 40)], 40, 40)).status).toBe('completed_with_warnings')
  })

  it('any call that failed after retries is a warning, with an example error', () => {
    const outcome = decideOutcome(tally([role('student', 50, 1, 'HTTP 500'), role('judge', 49)], 49))
    expect(outcome.status).toBe('completed_with_warnings')
    expect(outcome.warnings[0]).toMatch(/1 of 50 calls to the student model \(student\) failed after retries, e\.g\. HTTP 500/)
  })

  it('a role whose every call failed makes the run failed, naming the model and its error', () => {
    const outcome = decideOutcome(tally([role('target', 50, 50, 'The provider refused the API key'), role('judge', 0)], 0))
    expect(outcome).toMatchObject({ status: 'failed', error: expect.stringMatching(/Every call to the target model \(target\) failed.*refused the API key/) })
  })

  it('a role that was never called does not fail the run', () => {
    expect(decideOutcome(tally([role('helper', 0), role('judge', 10)], 10)).status).toBe('completed')
  })

  it("a panel judge whose every call failed is a warning while another judge scored: the panel's scores are the others'", () => {
    const judge = (alias: string, calls: number, failed: number): RoleTally => ({ role: 'judge', alias, calls, failed })
    const outcome = decideOutcome(tally([role('reference', 10), judge('j1', 20, 0), judge('j2', 20, 20)], 20))
    expect(outcome.status).toBe('completed_with_warnings')
    expect(outcome.warnings).toContain(
      "Every call to the judge model (j2) failed: the panel's scores are the other judges' alone. Resume the run to ask this judge again.",
    )
    // Every judge of the panel silent: nothing was scored, the run failed.
    expect(decideOutcome(tally([role('reference', 10), judge('j1', 20, 20), judge('j2', 20, 20)], 0)).status).toBe('failed')
  })
})
