/**
 * Results of runs that are not running, kept in memory for the next look (issue 17 item 2): a
 * finished run's scores and bootstrap intervals (thousands of resamples) are computed once, not on
 * every view. Every change of status raises the run's `statusSeq`, so (run id, statusSeq) names one
 * state of the results; anything else that changes them goes through `forget` (invalidateResults).
 * Only the last few are kept; the database keeps the rest (results-store).
 */
const KEPT = 16

interface RunState {
  readonly id: string
  readonly statusSeq: number
}

export function createResultsMemo<T>() {
  const entries = new Map<string, T>()
  const keyOf = (run: RunState) => `${run.id}\u0000${run.statusSeq}`
  return {
    peek(run: RunState): T | undefined {
      const key = keyOf(run)
      const known = entries.get(key)
      if (known === undefined) return undefined
      // Most recently used last, so the oldest is dropped first.
      entries.delete(key)
      entries.set(key, known)
      return known
    },
    put(run: RunState, value: T): void {
      entries.set(keyOf(run), value)
      if (entries.size > KEPT) entries.delete(entries.keys().next().value!)
    },
    /** Drops every state of the run. */
    forget(runId: string): void {
      for (const key of [...entries.keys()]) if (key.startsWith(`${runId}\u0000`)) entries.delete(key)
    },
    size: () => entries.size,
  }
}
