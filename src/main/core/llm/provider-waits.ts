/** How long a run's requests have been with the provider: how many are sent and unanswered, and the oldest one's wait. */
export interface ProviderWait {
  readonly requests: number
  readonly longestMs: number
}

/**
 * When each run's requests were handed to the provider and are still unanswered, so a stalled
 * provider can be told from a hung app. On the hot path of every call: one map entry per request
 * in flight, nothing else; the longest wait is found by a scan only when someone asks (progress
 * reports, a few a second at most), over at most the run's concurrency.
 */
export class ProviderWaits {
  private readonly runs = new Map<string, Map<number, number>>()
  private nextId = 0

  /** A request of the run was handed to the provider at `at`; returns the token `end` takes. */
  begin(runId: string, at: number): number {
    const id = this.nextId++
    let started = this.runs.get(runId)
    if (!started) this.runs.set(runId, (started = new Map()))
    started.set(id, at)
    return id
  }

  /** The request came back (answered, failed or cancelled). */
  end(runId: string, id: number): void {
    const started = this.runs.get(runId)
    if (!started) return
    started.delete(id)
    // A finished run leaves nothing behind.
    if (started.size === 0) this.runs.delete(runId)
  }

  /** The run's requests with the provider at `now`; undefined when none are. */
  waiting(runId: string, now: number): ProviderWait | undefined {
    const started = this.runs.get(runId)
    if (!started || started.size === 0) return undefined
    let oldest = Infinity
    for (const at of started.values()) if (at < oldest) oldest = at
    return { requests: started.size, longestMs: Math.max(0, now - oldest) }
  }
}
