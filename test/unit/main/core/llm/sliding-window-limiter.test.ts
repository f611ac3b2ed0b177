import { describe, expect, it } from 'vitest'
import { SlidingWindowLimiter, type Clock } from '../../../../../src/main/core/llm/sliding-window-limiter'

/** A clock that only moves when told to; sleeping waits until time passes the deadline. */
function manualClock() {
  let now = 0
  const sleepers: { until: number; resolve: () => void }[] = []
  const clock: Clock = {
    now: () => now,
    sleep: (ms, signal) =>
      new Promise((resolve, reject) => {
        signal.addEventListener('abort', () => reject(signal.reason), { once: true })
        sleepers.push({ until: now + ms, resolve })
      }),
  }
  const advance = async (ms: number) => {
    now += ms
    for (const sleeper of sleepers.splice(0)) {
      if (sleeper.until <= now) sleeper.resolve()
      else sleepers.push(sleeper)
    }
    await new Promise((resolve) => setImmediate(resolve))
  }
  return { clock, advance }
}

describe('sliding-window limiter', () => {
  it('lets `limit` starts through per window and makes the rest wait for the oldest to expire', async () => {
    const { clock, advance } = manualClock()
    const limiter = new SlidingWindowLimiter(3, 60_000, clock)
    const started: number[] = []
    const signal = new AbortController().signal
    for (let i = 0; i < 5; i++) void limiter.acquire(signal).then(() => started.push(clock.now()))
    await advance(0)
    expect(started).toEqual([0, 0, 0])
    await advance(59_999)
    expect(started).toHaveLength(3)
    await advance(1)
    expect(started).toEqual([0, 0, 0, 60_000, 60_000])
  })

  it('never allows more than the limit in any window, even after an idle spell', async () => {
    const { clock, advance } = manualClock()
    const limiter = new SlidingWindowLimiter(2, 1000, clock)
    const signal = new AbortController().signal
    const starts: number[] = []
    const take = () => limiter.acquire(signal).then(() => starts.push(clock.now()))
    void take()
    await advance(900)
    for (let i = 0; i < 4; i++) void take()
    for (let step = 0; step < 40; step++) await advance(100)
    for (const start of starts) expect(starts.filter((other) => other >= start && other < start + 1000).length).toBeLessThanOrEqual(2)
    expect(starts).toHaveLength(5)
  })

  it('drops an aborted waiter without blocking those behind it', async () => {
    const { clock, advance } = manualClock()
    const limiter = new SlidingWindowLimiter(1, 1000, clock)
    const live = new AbortController()
    const dying = new AbortController()
    await limiter.acquire(live.signal)
    const aborted = limiter.acquire(dying.signal)
    const next = limiter.acquire(live.signal)
    dying.abort(new Error('cancelled'))
    await expect(aborted).rejects.toThrow('cancelled')
    await advance(1000)
    await expect(next).resolves.toBeUndefined()
  })
})
