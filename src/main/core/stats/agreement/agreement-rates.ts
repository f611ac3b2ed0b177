import type { ReliabilityData } from './krippendorff-alpha'

/**
 * How often two coders of the same unit gave the same value, and values at most one apart: over
 * every pair of coders within each unit where both gave a value. Undefined without such a pair.
 */
export function agreementRates(units: ReliabilityData): { exact: number; withinOne: number; pairs: number } | undefined {
  let pairs = 0
  let exact = 0
  let withinOne = 0
  for (const unit of units) {
    for (let i = 0; i < unit.length; i++) {
      const a = unit[i]
      if (a === undefined) continue
      for (let j = i + 1; j < unit.length; j++) {
        const b = unit[j]
        if (b === undefined) continue
        pairs++
        if (a === b) exact++
        if (Math.abs(a - b) <= 1) withinOne++
      }
    }
  }
  return pairs === 0 ? undefined : { exact: exact / pairs, withinOne: withinOne / pairs, pairs }
}
