import type { Interval } from '../../../../shared/contract/results'
import { hashSeed, type SeedPart } from '../prng'
import { bootstrapOverUnits } from './agreement-interval'

/** Two raters' labels of one item: [rater A, rater B]. */
export type LabelPair = readonly [string | number, string | number]

/**
 * Cohen's kappa for two raters: (observed agreement - chance agreement) / (1 - chance agreement),
 * chance from each rater's own label frequencies. Undefined with no pairs, or when both raters gave
 * every item the same single label (chance agreement is 1: kappa is 0 / 0).
 */
export function cohenKappa(pairs: readonly LabelPair[]): number | undefined {
  const n = pairs.length
  if (n === 0) return undefined
  const countsA = new Map<string | number, number>()
  const countsB = new Map<string | number, number>()
  let agreed = 0
  for (const [a, b] of pairs) {
    if (a === b) agreed++
    countsA.set(a, (countsA.get(a) ?? 0) + 1)
    countsB.set(b, (countsB.get(b) ?? 0) + 1)
  }
  let chance = 0
  for (const [label, count] of countsA) chance += (count / n) * ((countsB.get(label) ?? 0) / n)
  if (chance >= 1) return undefined
  return (agreed / n - chance) / (1 - chance)
}

/** Share of items on which the two raters gave the same label; undefined with no pairs. */
export function accuracy(pairs: readonly LabelPair[]): number | undefined {
  if (pairs.length === 0) return undefined
  return pairs.filter(([a, b]) => a === b).length / pairs.length
}

/**
 * The 2x2 table of two yes/no raters, named from rater B's side as the reference (the paper's
 * labels) and rater A as the judge under test: both 1, judge 1 and reference 0, and so on.
 */
export interface ConfusionMatrix {
  readonly bothPositive: number
  readonly judgeOnlyPositive: number
  readonly referenceOnlyPositive: number
  readonly bothNegative: number
}

export function confusionMatrix(pairs: readonly (readonly [boolean, boolean])[]): ConfusionMatrix {
  const count = (judge: boolean, reference: boolean) => pairs.filter(([a, b]) => a === judge && b === reference).length
  return {
    bothPositive: count(true, true),
    judgeOnlyPositive: count(true, false),
    referenceOnlyPositive: count(false, true),
    bothNegative: count(false, false),
  }
}

/**
 * A percentile bootstrap 95% interval of kappa, resampling items with replacement under a seed (same
 * seed and pairs, same interval; agreement-interval.ts). Resamples whose kappa is undefined (all one
 * label) are dropped; when most are, the interval says nothing and is undefined.
 */
export function cohenKappaInterval(pairs: readonly LabelPair[], seed: readonly SeedPart[]): Interval | undefined {
  return bootstrapOverUnits(pairs, cohenKappa, { seed: hashSeed(...seed, 'cohen-kappa') })
}
