import { describe, expect, it } from 'vitest'
import { ProgressTracker } from '../../../../../src/main/core/runs/progress-tracker'
import type { RunProgress } from '../../../../../src/shared/contract/runs'

function tracker(expected?: Record<string, number>) {
  const events: RunProgress[] = []
  let clock = 0
  const progress = new ProgressTracker({
    runId: 'r',
    totals: { target: 10, judge: 20 },
    ...(expected ? { expected } : {}),
    emit: (event) => events.push(event),
    now: () => clock,
    intervalMs: 0,
  })
  return { progress, events, tick: (ms: number) => (clock += ms) }
}

describe('ProgressTracker', () => {
  it('counts requests as the call log does: sent, from the cache and failed, against the bound', () => {
    const { progress } = tracker()
    progress.request('target', { cached: false })
    progress.request('target', { cached: true })
    progress.request('judge', { errorClass: 'rate_limit' })
    progress.request('judge', { cached: false })
    const snapshot = progress.snapshot()
    expect(snapshot.requests).toEqual({ sent: 2, cached: 1, failed: 1, atMost: 30 })
    expect([snapshot.done, snapshot.total]).toEqual([4, 30])
    expect(snapshot.roles).toEqual({ target: { done: 2, failed: 0, total: 10 }, judge: { done: 2, failed: 1, total: 20 } })
    expect(snapshot.errors).toEqual({ rate_limit: 1 })
  })

  it('keeps problems that are not failed requests apart from the count', () => {
    const { progress } = tracker()
    progress.request('judge', { cached: false })
    progress.problem('unparseable')
    expect(progress.snapshot().errors).toEqual({ unparseable: 1 })
    expect(progress.snapshot().done).toBe(1)
  })

  it("adds earlier sessions' requests as a row of their own, outside this session's pace", () => {
    const { progress, tick } = tracker()
    progress.restoreRequests({ sent: 5, cached: 2, failed: 1 })
    expect(progress.snapshot().roles.earlier).toEqual({ done: 8, failed: 1, total: 8 })
    expect(progress.snapshot().etaSeconds).toBeUndefined()
    tick(1000)
    progress.request('target', { cached: false })
    const snapshot = progress.snapshot()
    expect(snapshot.requests).toEqual({ sent: 6, cached: 2, failed: 1, atMost: 30 })
    // 1 request a second this session, 21 left of the bound.
    expect(snapshot.etaSeconds).toBe(21)
  })

  it('never reports fewer allowed than made (failed requests asked again on a resume)', () => {
    const { progress } = tracker()
    progress.restoreRequests({ failed: 30 })
    progress.request('target', { cached: false })
    expect(progress.snapshot().total).toBe(31)
    expect(progress.snapshot().requests?.atMost).toBe(31)
  })

  it('counts the time left from the expected requests (no judge re-asks), role by role, never past a bound', () => {
    const { progress, tick } = tracker({ judge: 10 })
    tick(1000)
    progress.request('target', { cached: false })
    tick(1000)
    progress.request('judge', { cached: false })
    // 1 request every second; 9 target requests and 9 judge requests to come, not 9 + 19.
    expect(progress.snapshot().etaSeconds).toBe(18)
    expect(progress.snapshot().total).toBe(30)
    // Re-asks took the judge past its expected count: it has nothing left to come, and the target still has its 9.
    for (let i = 0; i < 12; i++) progress.request('judge', { cached: false })
    tick(12_000)
    expect(progress.snapshot().etaSeconds).toBe(9)
  })

  it('counts a role from its bound when no expected count is given for it', () => {
    const { progress, tick } = tracker({ target: 100 })
    tick(1000)
    progress.request('judge', { cached: false })
    // The target's expected count is above its bound: the bound wins (10 to come), and the judge has 19.
    expect(progress.snapshot().etaSeconds).toBe(29)
  })
})
