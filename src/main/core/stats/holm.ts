/**
 * Holm's step-down adjustment (Holm 1979) of p-values for m simultaneous tests: sort ascending,
 * multiply the k-th smallest (k from 1) by m - k + 1, carry the running maximum so adjusted values
 * keep the p-values' order, and cap at 1. Rejecting where the adjusted value is below alpha keeps
 * the chance of any false "different" at alpha across all pairs, without Bonferroni's cost
 * (uniformly more powerful, no independence assumed). Returned in the input's order.
 */
export function holmAdjust(pValues: readonly number[]): number[] {
  for (const p of pValues) if (!(p >= 0 && p <= 1)) throw new RangeError(`p-values must be in [0, 1], got ${p}`)
  const m = pValues.length
  const order = pValues.map((p, index) => ({ p, index })).sort((a, b) => a.p - b.p || a.index - b.index)
  const adjusted = new Array<number>(m)
  let running = 0
  order.forEach(({ p, index }, k) => {
    running = Math.max(running, Math.min(1, (m - k) * p))
    adjusted[index] = running
  })
  return adjusted
}
