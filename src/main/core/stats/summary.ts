/** The plain summaries several statistics share: one definition each, so they cannot drift apart. */

/** The arithmetic mean; undefined for no values. */
export function meanOrUndefined(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined
  let sum = 0
  for (const value of values) sum += value
  return sum / values.length
}

/** The sample standard deviation (n - 1 in the denominator); 0 for fewer than two values. */
export function sampleStandardDeviation(values: ArrayLike<number>): number {
  const n = values.length
  if (n < 2) return 0
  let sum = 0
  for (let i = 0; i < n; i++) sum += values[i]!
  const mean = sum / n
  let squares = 0
  for (let i = 0; i < n; i++) squares += (values[i]! - mean) * (values[i]! - mean)
  return Math.sqrt(squares / (n - 1))
}
