/**
 * Works through `items` with at most `limit` of them under way, taking the next only when one
 * finishes (issue 17 item 3): a run of 100,000 items then holds a bounded number of pending calls
 * and answers in memory, where starting every item at once queued all of them up front. The first
 * failure stops new items from starting; the ones under way finish, then it is thrown.
 */
export async function forEachBounded<T>(items: Iterable<T>, limit: number, work: (item: T) => Promise<void>): Promise<void> {
  const iterator = items[Symbol.iterator]()
  let failure: { readonly error: unknown } | undefined
  async function worker(): Promise<void> {
    while (failure === undefined) {
      const next = iterator.next()
      if (next.done) return
      try {
        await work(next.value)
      } catch (error) {
        failure ??= { error }
      }
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.floor(limit)) }, worker))
  if (failure !== undefined) throw failure.error
}
