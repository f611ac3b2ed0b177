import { checkedOptions, percentileBounds, seedParts, type BootstrapOptions } from './bootstrap'
import { createIndexSampler } from './prng'
import { workMeter, type Steps } from './steps'

/** One set's prompts, each with a score, the ceiling's and the floor's (NaN where that one is missing). */
export interface AnchoredSet {
  readonly scores: Float64Array
  readonly ceiling: Float64Array
  readonly floor: Float64Array
}

export interface NormalisedEstimate {
  readonly sets: readonly { readonly value?: number; readonly ci?: { readonly low: number; readonly high: number } }[]
  readonly avg?: number
  readonly avgCi?: { readonly low: number; readonly high: number }
}

/** Resamples of a normalised score: fewer than a mean's, since each costs three means per set. */
export const NORMALISED_RESAMPLES = 2000
/** Above this share of resamples whose ceiling is not above their floor, an interval would be a guess: none is given. */
const MAX_UNDEFINED_SHARE = 0.01

/**
 * (mean score - mean floor) / (mean ceiling - mean floor) per set, and Avg, the mean over the sets
 * that have one (issue 16 item 1), with percentile bootstrap intervals. Each resample draws a set's
 * prompts once and takes all three means over the same draw, since a prompt's score, ceiling and
 * floor are measured on the same prompt (a hard prompt lowers all three); sets are resampled
 * independently, as Avg's interval does (stratified-bootstrap.ts). Missing values (NaN) are left
 * out of their mean. A set whose ceiling is not above its floor has no normalised score.
 */
export function* normalisedCISteps(sets: readonly AnchoredSet[], options: BootstrapOptions = {}): Steps<NormalisedEstimate> {
  const { resamples, confidence } = checkedOptions({ resamples: NORMALISED_RESAMPLES, ...options })
  const points = sets.map((set) => ratio(set, undefined))
  const usable = sets.map((_, index) => Number.isFinite(points[index]))
  const draws = sets.map((set) => new Uint32Array(set.scores.length))
  const perSet = sets.map(() => new Float64Array(resamples))
  const avg = new Float64Array(resamples)
  const sampler = createIndexSampler(...seedParts(options.seed), 'normalised')
  const paused = workMeter()
  const size = sets.reduce((sum, set) => sum + set.scores.length, 0)
  for (let b = 0; b < resamples; b++) {
    let sum = 0
    let count = 0
    for (let g = 0; g < sets.length; g++) {
      if (!usable[g]) continue
      const set = sets[g]!
      sampler.fill(draws[g]!, set.scores.length)
      const value = ratio(set, draws[g])
      perSet[g]![b] = value
      sum += value
      count += 1
    }
    avg[b] = count > 0 ? sum / count : Number.NaN
    if (paused(size * 3)) yield
  }
  yield
  const usedPoints = points.filter((value) => Number.isFinite(value))
  return {
    sets: sets.map((_, g) => (usable[g] ? { value: points[g]!, ...intervalOf(perSet[g]!, confidence) } : {})),
    ...(usedPoints.length > 0 ? { avg: usedPoints.reduce((a, b) => a + b, 0) / usedPoints.length, ...renamed(intervalOf(avg, confidence)) } : {}),
  }
}

/** The normalised score of a set over all its prompts (`draw` undefined) or over one resample of them. */
function ratio(set: AnchoredSet, draw: Uint32Array | undefined): number {
  const score = meanOver(set.scores, draw)
  const ceiling = meanOver(set.ceiling, draw)
  const floor = meanOver(set.floor, draw)
  return ceiling - floor > 0 ? (score - floor) / (ceiling - floor) : Number.NaN
}

function meanOver(values: Float64Array, draw: Uint32Array | undefined): number {
  let sum = 0
  let n = 0
  const length = draw ? draw.length : values.length
  for (let i = 0; i < length; i++) {
    const value = values[draw ? draw[i]! : i]!
    if (Number.isNaN(value)) continue
    sum += value
    n += 1
  }
  return n > 0 ? sum / n : Number.NaN
}

function intervalOf(estimates: Float64Array, confidence: number): { ci?: { low: number; high: number } } {
  const finite = estimates.filter((value) => Number.isFinite(value))
  if (finite.length === 0 || (estimates.length - finite.length) / estimates.length > MAX_UNDEFINED_SHARE) return {}
  return { ci: percentileBounds(finite, confidence) }
}

const renamed = ({ ci }: { ci?: { low: number; high: number } }) => (ci ? { avgCi: ci } : {})
