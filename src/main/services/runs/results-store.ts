import type { RunRow } from '../../core/runs/ports'
import { runSliced, runToEnd, type SliceOptions, type Steps } from '../../core/stats/steps'
import type { ResultsCacheRepo, ResultsKind } from '../../storage/repos/results-cache'
import { createResultsMemo } from './results-memo'

/**
 * The shape of stored results: raise it whenever what the builders return changes, so results
 * stored by an older build are recomputed rather than shown with fields missing, or whenever what
 * they compute changes (5: Avg and the aspects read off the sets' own draws), so old and new never mix
 * (6: an ICE run's fuzz state for each of its replicates;
 * 7: RSE students with the same n in a set resample on common draws, seeded by set and n).
 */
export const RESULTS_SHAPE_VERSION = 7

/** How old a running run's results may get before a request starts computing newer ones. */
export const LIVE_REFRESH_MS = 3000

export interface ResultsStoreOptions<T> {
  readonly kind: ResultsKind
  readonly cache: ResultsCacheRepo
  /** The computation, with pause points (stats/steps); run sliced for requests, in one go for `getNow`. */
  steps(run: RunRow): Steps<T>
  readonly refreshMs?: number
  readonly slices?: SliceOptions
  /** Milliseconds since the epoch; tests move it. */
  readonly now?: () => number
}

export type Stamped<T> = T & { readonly computedAt?: string; readonly refreshing?: boolean }

interface Computed<T> {
  readonly value: T
  readonly at: number
}

const isLive = (run: RunRow) => run.status === 'running' || run.status === 'pending'

/**
 * Results computed once per state of a run and kept (issue 17 item 2). A finished run's are
 * computed on first request, in slices that leave the event loop free, and kept in memory and in
 * the database under (run id, statusSeq, shape version), so reopening the app does not recompute
 * them. A running run's are recomputed at most every `refreshMs`: a request gets the latest
 * computed results at once, marked `refreshing` while newer ones are under way, and waits only
 * when none exist yet. `invalidate` forgets a run's results whatever its state, for changes that do
 * not move its status (a re-judge, human ratings).
 */
export function createResultsStore<T extends object>(options: ResultsStoreOptions<T>) {
  const now = options.now ?? Date.now
  const refreshMs = options.refreshMs ?? LIVE_REFRESH_MS
  const memo = createResultsMemo<Computed<T>>()
  const live = new Map<string, Computed<T>>()
  const inFlight = new Map<string, Promise<Computed<T>>>()
  // Raised by invalidate: a computation started before it must not store what it found.
  const generations = new Map<string, number>()
  const generationOf = (runId: string) => generations.get(runId) ?? 0
  const flightKey = (run: RunRow) => `${run.id}\u0000${run.statusSeq}\u0000${generationOf(run.id)}`

  const stamp = (computed: Computed<T>, refreshing?: boolean): Stamped<T> => ({
    ...computed.value,
    computedAt: new Date(computed.at).toISOString(),
    ...(refreshing !== undefined ? { refreshing } : {}),
  })

  const keep = (run: RunRow, computed: Computed<T>, generation: number) => {
    if (generation !== generationOf(run.id)) return
    if (isLive(run)) {
      live.set(run.id, computed)
      return
    }
    memo.put(run, computed)
    const stored = { statusSeq: run.statusSeq, shapeVersion: RESULTS_SHAPE_VERSION, computedAt: new Date(computed.at).toISOString() }
    options.cache.put(run.id, options.kind, { ...stored, json: JSON.stringify(computed.value) })
  }

  const stored = (run: RunRow): Computed<T> | undefined => {
    const known = memo.peek(run)
    if (known) return known
    const row = options.cache.get(run.id, options.kind)
    if (!row || row.statusSeq !== run.statusSeq || row.shapeVersion !== RESULTS_SHAPE_VERSION) return undefined
    try {
      const computed = { value: JSON.parse(row.json) as T, at: Date.parse(row.computedAt) }
      memo.put(run, computed)
      return computed
    } catch {
      return undefined // Unreadable: computed again and overwritten.
    }
  }

  /** Starts (or joins) the sliced computation of this state of the run. */
  const compute = (run: RunRow): Promise<Computed<T>> => {
    const key = flightKey(run)
    const running = inFlight.get(key)
    if (running) return running
    const generation = generationOf(run.id)
    const started = runSliced(options.steps(run), options.slices).then((value) => {
      const computed = { value, at: now() }
      keep(run, computed, generation)
      return computed
    })
    inFlight.set(key, started)
    const done = () => void inFlight.delete(key)
    started.then(done, done)
    return started
  }

  return {
    async get(run: RunRow): Promise<Stamped<T>> {
      if (!isLive(run)) {
        live.delete(run.id)
        return stamp(stored(run) ?? (await compute(run)))
      }
      const latest = live.get(run.id)
      if (!latest) return stamp(await compute(run), false)
      if (now() - latest.at >= refreshMs && !inFlight.has(flightKey(run))) {
        // Nobody waits for it; a failure leaves the older results standing until the next try.
        compute(run).catch(() => undefined)
      }
      return stamp(latest, inFlight.has(flightKey(run)))
    },
    /**
     * Without waiting: kept results, or computed in one go (exports, which are synchronous). Not
     * stamped with their time, so a package or figure made from them is the same whenever made.
     */
    getNow(run: RunRow): T {
      const known = isLive(run) ? live.get(run.id) : stored(run)
      if (known) return known.value
      const computed = { value: runToEnd(options.steps(run)), at: now() }
      keep(run, computed, generationOf(run.id))
      return computed.value
    },
    invalidate(runId: string): void {
      generations.set(runId, generationOf(runId) + 1)
      memo.forget(runId)
      live.delete(runId)
      options.cache.delete(runId)
    },
  }
}

export type ResultsStore<T extends object> = ReturnType<typeof createResultsStore<T>>
