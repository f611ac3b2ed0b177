/**
 * Runs async tasks one after another. Each store changes its file by read-modify-write; two
 * overlapping `set` calls would otherwise lose one of the keys.
 */
export interface SerialQueue {
  run<T>(task: () => Promise<T>): Promise<T>
}

export function createSerialQueue(): SerialQueue {
  let tail: Promise<unknown> = Promise.resolve()
  return {
    run<T>(task: () => Promise<T>): Promise<T> {
      const result = tail.then(() => task())
      // The next task waits for this one whether it succeeded or not; `tail` never rejects.
      tail = result.catch(() => undefined)
      return result
    },
  }
}
