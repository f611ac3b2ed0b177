import { assertConfidence } from './normal-quantile'
import { createIndexSampler, type IndexSampler, type SeedPart } from './prng'
import { quantileOfSorted } from './quantile'
import { runToEnd, workMeter, type Steps } from './steps'

export interface MeanInterval {
  readonly mean: number
  readonly low: number
  readonly high: number
}

export interface BootstrapOptions {
  /** Number of bootstrap resamples; 10,000 by default. */
  readonly resamples?: number
  /** Two-sided confidence level; 0.95 by default (METHOD.md 3). */
  readonly confidence?: number
  /** Seed (or seed parts) for the resampling; 0 by default. Same seed, same interval. */
  readonly seed?: SeedPart | readonly SeedPart[]
}

export const DEFAULT_RESAMPLES = 10_000

/**
 * Percentile bootstrap interval for a mean (METHOD.md 3: RSE means carry a bootstrap 95% interval):
 * draw n values with replacement `resamples` times, take each resample's mean, and report the
 * (1-c)/2 and (1+c)/2 quantiles of those means (type 7 interpolation).
 *
 * n = 0 gives undefined (no mean exists; the caller shows "no scored items"), n = 1 the
 * degenerate interval [v, v]. Non-finite values throw: scores come from the parser and are always
 * finite, so one that is not is a bug upstream. One Float64Array of means and one Uint32Array of
 * draws, no allocation per resample: 10,000 resamples of 1,000 values take under 50 ms on a
 * two-core cloud machine.
 */
export function bootstrapMeanCI(values: ArrayLike<number>, options: BootstrapOptions = {}): MeanInterval | undefined {
  return runToEnd(bootstrapMeanCISteps(values, options))
}

/** `bootstrapMeanCI` with pause points between resamples (stats/steps). */
export function* bootstrapMeanCISteps(values: ArrayLike<number>, options: BootstrapOptions = {}): Steps<MeanInterval | undefined> {
  const { resamples, confidence } = checkedOptions(options)
  const n = values.length
  const data = Float64Array.from(values)
  assertFinite(data)
  if (n === 0) return undefined
  const mean = meanOf(data)
  if (n === 1) return { mean, low: mean, high: mean }
  const sampler = createIndexSampler(...seedParts(options.seed))
  const means = new Float64Array(resamples)
  const draws = new Uint32Array(n)
  const paused = workMeter()
  for (let b = 0; b < resamples; b++) {
    means[b] = resampleMean(data, draws, sampler)
    if (paused(n)) yield
  }
  yield
  return { mean, ...percentileBounds(means, confidence) }
}

/**
 * The mean of one resample of `data` with replacement (n draws), `draws` being scratch space of the
 * same length. Four running sums instead of one: floating-point additions in one chain wait for
 * each other, four chains do not (the sum differs from a single chain's only in the last bits,
 * and is the same on every run).
 */
export function resampleMean(data: Float64Array, draws: Uint32Array, sampler: IndexSampler): number {
  sampler.fill(draws, data.length)
  return meanOfDraws(data, draws)
}

/** The mean of `data` at the indices in `draws` (one resample already drawn; same length as `data`). */
export function meanOfDraws(data: Float64Array, draws: Uint32Array): number {
  const n = data.length
  let s0 = 0
  let s1 = 0
  let s2 = 0
  let s3 = 0
  let i = 0
  for (; i + 3 < n; i += 4) {
    s0 += data[draws[i] as number] as number
    s1 += data[draws[i + 1] as number] as number
    s2 += data[draws[i + 2] as number] as number
    s3 += data[draws[i + 3] as number] as number
  }
  for (; i < n; i++) s0 += data[draws[i] as number] as number
  return (s0 + s1 + s2 + s3) / n
}

/** Sorts `estimates` in place and returns its two-sided percentile bounds. */
export function percentileBounds(estimates: Float64Array, confidence: number): { low: number; high: number } {
  estimates.sort()
  const tail = (1 - confidence) / 2
  return { low: quantileOfSorted(estimates, tail), high: quantileOfSorted(estimates, 1 - tail) }
}

export function checkedOptions(options: BootstrapOptions): { resamples: number; confidence: number } {
  const resamples = options.resamples ?? DEFAULT_RESAMPLES
  const confidence = options.confidence ?? 0.95
  if (!Number.isInteger(resamples) || resamples < 1) throw new RangeError(`resamples must be a positive integer, got ${resamples}`)
  assertConfidence(confidence)
  return { resamples, confidence }
}

export function seedParts(seed: BootstrapOptions['seed']): SeedPart[] {
  if (seed === undefined) return [0]
  return typeof seed === 'object' ? [...seed] : [seed]
}

export function meanOf(values: ArrayLike<number>): number {
  let sum = 0
  for (let i = 0; i < values.length; i++) sum += values[i] as number
  return sum / values.length
}

function assertFinite(values: Float64Array): void {
  for (const value of values) if (!Number.isFinite(value)) throw new RangeError(`bootstrapMeanCI got a non-finite value (${value})`)
}
