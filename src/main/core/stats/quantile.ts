/**
 * The p-quantile of sorted values by linear interpolation between order statistics (Hyndman and
 * Fan's type 7, the default of R's `quantile` and NumPy's `percentile`), so our percentile intervals
 * match what a reader recomputes there.
 */
export function quantileOfSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length
  if (n === 0) return Number.NaN
  const position = (n - 1) * p
  const below = Math.floor(position)
  const above = Math.min(below + 1, n - 1)
  const low = sorted[below] as number
  const high = sorted[above] as number
  return low + (position - below) * (high - low)
}
