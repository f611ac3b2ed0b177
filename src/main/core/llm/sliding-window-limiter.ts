/**
 * At most `limit` starts in any `windowMs` window (a sliding log, not a token bucket: a bucket
 * refilling at limit/minute would allow up to twice the limit in one minute after an idle spell).
 * Waiters are served in arrival order; an aborted waiter leaves the line.
 */
export interface Clock {
  now(): number
  sleep(ms: number, signal: AbortSignal): Promise<void>
}

export const realClock: Clock = {
  now: () => performance.now(),
  sleep: (ms, signal) =>
    new Promise((resolve, reject) => {
      if (signal.aborted) return reject(signal.reason)
      const timer = setTimeout(() => {
        signal.removeEventListener('abort', onAbort)
        resolve()
      }, ms)
      const onAbort = () => {
        clearTimeout(timer)
        reject(signal.reason)
      }
      signal.addEventListener('abort', onAbort, { once: true })
    }),
}

export class SlidingWindowLimiter {
  private readonly starts: number[] = []
  private tail: Promise<void> = Promise.resolve()

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly clock: Clock = realClock,
  ) {}

  /** Resolves when a request may start, and counts it as started. */
  acquire(signal: AbortSignal): Promise<void> {
    const turn = this.tail.then(() => this.waitForSlot(signal))
    // The next waiter queues behind this one whether it succeeds or is aborted.
    this.tail = turn.catch(() => undefined)
    return turn
  }

  private async waitForSlot(signal: AbortSignal): Promise<void> {
    for (;;) {
      signal.throwIfAborted()
      const now = this.clock.now()
      while (this.starts.length > 0 && this.starts[0]! <= now - this.windowMs) this.starts.shift()
      if (this.starts.length < this.limit) {
        this.starts.push(now)
        return
      }
      await this.clock.sleep(this.starts[0]! + this.windowMs - now, signal)
    }
  }
}
