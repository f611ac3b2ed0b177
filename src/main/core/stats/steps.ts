/**
 * Long computations written once, run two ways (issue 17 item 2). A computation is a generator that
 * yields wherever it may pause (between resamples of a bootstrap, between pages of a read); it
 * never yields values, only the chance to stop. `runToEnd` runs it in one go, as the command line
 * and the tests do; `runSliced` runs it in slices of a few milliseconds with the event loop free
 * between them, as the app does while a run is under way. Both execute exactly the same code in the
 * same order, so the numbers are the same to the last bit.
 */
export type Steps<T> = Generator<void, T, void>

/** Runs the computation without pausing. */
export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
  }
}

export interface SliceOptions {
  /** Longest stretch of work before the event loop gets a turn; 10 ms by default. */
  readonly sliceMs?: number
  /** Hears how long each synchronous slice took (the bench and the tests watch the longest). */
  readonly onSlice?: (ms: number) => void
  readonly now?: () => number
}

export const DEFAULT_SLICE_MS = 10

/**
 * Runs the computation in slices of at most about `sliceMs` each (a slice ends at the first pause
 * point after the budget is spent, so pause points must come every fraction of a millisecond),
 * giving the event loop a turn (`setImmediate`) between slices.
 */
export async function runSliced<T>(steps: Steps<T>, options: SliceOptions = {}): Promise<T> {
  const sliceMs = options.sliceMs ?? DEFAULT_SLICE_MS
  const now = options.now ?? (() => performance.now())
  for (;;) {
    const start = now()
    let step = steps.next()
    while (!step.done && now() - start < sliceMs) step = steps.next()
    options.onSlice?.(now() - start)
    if (step.done) return step.value
    await new Promise<void>((resolve) => setImmediate(resolve))
  }
}

/**
 * Counts work (values read, cells summed) and says when enough has been done since the last pause
 * to make another worthwhile: about a quarter of a million operations, well under a millisecond.
 */
/** Items (judgements, rows) handled between pauses where each costs a few map lookups or a short string search. */
export const ITEMS_PER_PAUSE = 2000

export function workMeter(every = 250_000): (work: number) => boolean {
  let done = 0
  return (work: number) => {
    done += work
    if (done < every) return false
    done = 0
    return true
  }
}
