import type { Db } from './database'

/**
 * Writes made while a run's replies arrive, committed together (issue 17 item 1). Every reply used to
 * cost three or four separately committed statements; a commit is most of a small write's price, so
 * the writes queued during one turn of the event loop now commit in one transaction, at the end of
 * that turn (`setImmediate`). What a crash can lose is that one turn's writes, never a half-written
 * one: a transaction commits whole or not at all.
 *
 * Reads must see what was written: repositories call `flush()` before reading the tables they batch
 * (the response cache keeps its own pending replies instead, since it is read on every call).
 */
export interface WriteBatch {
  /** Queues a write to commit with the others of this turn. Throws the error of an earlier failed commit. */
  add(write: () => void): void
  /** Commits what is queued now. Throws if a queued write failed (the others are still committed). */
  flush(): void
  /** Writes queued and not yet committed. */
  pending(): number
}

export interface WriteBatchOptions {
  /** Committed at once when this many are queued, so a long synchronous burst stays bounded. */
  readonly maxPending?: number
  /** Called after each commit (the response cache forgets the replies it held for it). */
  readonly onCommit?: () => void
}

/** Writes that commit one by one, at once: for repositories used outside a run (and tests). */
export const immediateWrites: WriteBatch = {
  add: (write) => write(),
  flush: () => {},
  pending: () => 0,
}

export function createWriteBatch(db: Db, options: WriteBatchOptions = {}): WriteBatch {
  const maxPending = options.maxPending ?? 2_000
  let queue: (() => void)[] = []
  let scheduled: NodeJS.Immediate | undefined
  /** A failed write, kept until someone can be told: the next add or flush throws it. */
  let failure: unknown

  const commitAll = db.transaction((writes: readonly (() => void)[]) => {
    for (const write of writes) write()
  })

  function commit(): void {
    if (scheduled) clearImmediate(scheduled)
    scheduled = undefined
    if (queue.length === 0) return
    const writes = queue
    queue = []
    try {
      commitAll(writes)
    } catch {
      // The transaction rolled back as a whole: commit the writes one by one so one bad write
      // (a constraint, a full disk) does not take the good ones with it, and keep the first error.
      for (const write of writes) {
        try {
          write()
        } catch (error) {
          failure ??= error
        }
      }
    }
    options.onCommit?.()
  }

  function throwFailure(): void {
    if (failure === undefined) return
    const error = failure
    failure = undefined
    throw error
  }

  return {
    add(write) {
      throwFailure()
      queue.push(write)
      if (queue.length >= maxPending) commit()
      else scheduled ??= setImmediate(commit)
      throwFailure()
    },
    flush() {
      commit()
      throwFailure()
    },
    pending: () => queue.length,
  }
}
