import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { LONG_WAIT_MS, ProgressTracker, WAIT_REPORT_EVERY_MS } from '../../../../../src/main/core/runs/progress-tracker'
import type { RunProgress } from '../../../../../src/shared/contract/runs'

/** A tracker whose provider wait the test sets (undefined: nothing with the provider). */
function tracker(withWaiting = true) {
  const events: RunProgress[] = []
  const provider: { wait: { requests: number; longestMs: number } | undefined } = { wait: undefined }
  const progress = new ProgressTracker({
    runId: 'r',
    totals: { target: 10 },
    emit: (event) => events.push(event),
    now: () => 0,
    ...(withWaiting ? { waiting: () => provider.wait } : {}),
  })
  return { progress, events, provider }
}

describe('ProgressTracker: requests waiting on the provider', () => {
  it('shows a wait only from the threshold on, in whole seconds', () => {
    const { progress, provider } = tracker()
    expect(progress.snapshot().waiting).toBeUndefined()
    provider.wait = { requests: 3, longestMs: LONG_WAIT_MS - 1 }
    expect(progress.snapshot()).not.toHaveProperty('waiting')
    provider.wait = { requests: 3, longestMs: LONG_WAIT_MS }
    expect(progress.snapshot().waiting).toEqual({ requests: 3, longestSeconds: LONG_WAIT_MS / 1000 })
    provider.wait = { requests: 8, longestMs: 95_999 }
    expect(progress.snapshot().waiting).toEqual({ requests: 8, longestSeconds: 95 })
  })

  describe('reporting while nothing finishes', () => {
    beforeEach(() => vi.useFakeTimers())
    afterEach(() => vi.useRealTimers())

    it('reports every few seconds while requests wait long, and stops when told', () => {
      const { progress, events, provider } = tracker()
      const stop = progress.reportWhileWaiting()
      vi.advanceTimersByTime(WAIT_REPORT_EVERY_MS * 2)
      // Nothing with the provider, or not for long: nothing to say.
      expect(events).toHaveLength(0)
      provider.wait = { requests: 2, longestMs: 10_000 }
      vi.advanceTimersByTime(WAIT_REPORT_EVERY_MS)
      expect(events).toHaveLength(0)
      provider.wait = { requests: 2, longestMs: 60_000 }
      vi.advanceTimersByTime(WAIT_REPORT_EVERY_MS * 3)
      expect(events.map((event) => event.waiting)).toEqual(Array(3).fill({ requests: 2, longestSeconds: 60 }))
      stop()
      vi.advanceTimersByTime(WAIT_REPORT_EVERY_MS * 3)
      expect(events).toHaveLength(3)
      expect(vi.getTimerCount()).toBe(0)
    })

    it('sets no timer when the run has no way to know its waits', () => {
      const { progress, events } = tracker(false)
      const stop = progress.reportWhileWaiting()
      expect(vi.getTimerCount()).toBe(0)
      vi.advanceTimersByTime(WAIT_REPORT_EVERY_MS * 3)
      stop()
      expect(events).toHaveLength(0)
    })
  })
})
