/**
 * Results of runs that are not running, kept for the next look (issue 17 item 2, first part): a
 * finished run's scores and bootstrap intervals (thousands of resamples) are computed once, not on
 * every view. Everything a result depends on only changes while the run runs, and every change of
 * status raises the run's `statusSeq`, so (run id, statusSeq) names one state of the results. A run
 * under way is computed afresh each time. Only the last few are kept.
 */
const KEPT = 16

export function createResultsMemo<T>() {
  const entries = new Map<string, T>()
  return {
    get(run: { readonly id: string; readonly status: string; readonly statusSeq: number }, compute: () => T): T {
      if (run.status === 'running' || run.status === 'pending') return compute()
      const key = `${run.id}\u0000${run.statusSeq}`
      const known = entries.get(key)
      if (known !== undefined) {
        // Most recently used last, so the oldest is dropped first.
        entries.delete(key)
        entries.set(key, known)
        return known
      }
      const value = compute()
      entries.set(key, value)
      if (entries.size > KEPT) entries.delete(entries.keys().next().value!)
      return value
    },
    size: () => entries.size,
  }
}
