import { checkedOptions, meanOf, meanOfDraws, percentileBounds, seedParts, type BootstrapOptions, type MeanInterval } from './bootstrap'
import { createIndexSampler } from './prng'
import { workMeter, type Steps } from './steps'

/** A series resampled on the draws of another, over the same items in the same order. */
export interface Companion {
  readonly values: ArrayLike<number>
  /** How many of the first resamples it takes (at most the main series' count). */
  readonly resamples: number
}

export interface SharedDrawsResult {
  /** The main series' interval: exactly `bootstrapMeanCI`'s for the same values and options. */
  readonly interval: MeanInterval
  /** The main series' resample means in the order drawn (not sorted), for a mean of several such series. */
  readonly means: Float64Array
  /** Each companion's interval, from the main series' first draws. */
  readonly companions: readonly MeanInterval[]
}

/**
 * Percentile bootstrap intervals for a mean and for companion series of the same items (RSE: a
 * set's overall score and its three aspects). Drawing the indices is about nine tenths of a
 * resample's cost and reading the values one tenth, so every series reads the main series' draws
 * instead of drawing its own: each interval is still a percentile bootstrap of its own items, and
 * three aspects cost a tenth of what they did (issue 17 item 2). The main series' draws, hence its
 * interval, are those `bootstrapMeanCI` makes with the same seed.
 *
 * n = 0 gives undefined; n = 1 degenerate intervals. Companions must have n values.
 */
export function* bootstrapSharedDrawsSteps(
  values: ArrayLike<number>,
  companions: readonly Companion[],
  options: BootstrapOptions = {},
): Steps<SharedDrawsResult | undefined> {
  const { resamples, confidence } = checkedOptions(options)
  const data = finiteValues(values)
  const n = data.length
  const others = companions.map((companion) => {
    if (companion.values.length !== n) throw new RangeError(`a companion series has ${companion.values.length} values, not ${n}`)
    if (!Number.isInteger(companion.resamples) || companion.resamples < 1 || companion.resamples > resamples)
      throw new RangeError(`a companion takes 1..${resamples} resamples, not ${companion.resamples}`)
    return { data: finiteValues(companion.values), means: new Float64Array(companion.resamples) }
  })
  if (n === 0) return undefined
  const mean = meanOf(data)
  if (n === 1) {
    const degenerate = (value: number) => ({ mean: value, low: value, high: value })
    return { interval: degenerate(mean), means: new Float64Array(resamples).fill(mean), companions: others.map((other) => degenerate(other.data[0] as number)) }
  }
  const sampler = createIndexSampler(...seedParts(options.seed))
  const means = new Float64Array(resamples)
  const draws = new Uint32Array(n)
  const paused = workMeter()
  for (let b = 0; b < resamples; b++) {
    sampler.fill(draws, n)
    means[b] = meanOfDraws(data, draws)
    for (const other of others) if (b < other.means.length) other.means[b] = meanOfDraws(other.data, draws)
    if (paused(n)) yield
  }
  yield
  return {
    interval: { mean, ...percentileBounds(Float64Array.from(means), confidence) },
    means,
    companions: others.map((other) => ({ mean: meanOf(other.data), ...percentileBounds(other.means, confidence) })),
  }
}

/**
 * The interval of an unweighted mean of several series' means, read off their resample means
 * (each from `bootstrapSharedDrawsSteps` with its own seed): resample b of the mean of means is the
 * mean of each series' resample b. Each series keeps its own size and its own independent draws, so
 * this is the stratified bootstrap of the mean of means, at the cost of a sum per resample.
 */
export function meanOfResampledMeans(series: readonly SharedDrawsResult[], confidence = 0.95): MeanInterval | undefined {
  if (series.length === 0) return undefined
  const resamples = series[0]!.means.length
  if (series.some((one) => one.means.length !== resamples)) throw new RangeError('every series needs the same number of resamples')
  const estimates = new Float64Array(resamples)
  for (let b = 0; b < resamples; b++) {
    let sum = 0
    for (const one of series) sum += one.means[b] as number
    estimates[b] = sum / series.length
  }
  return { mean: meanOf(series.map((one) => one.interval.mean)), ...percentileBounds(estimates, confidence) }
}

function finiteValues(values: ArrayLike<number>): Float64Array {
  const data = Float64Array.from(values)
  for (const value of data) if (!Number.isFinite(value)) throw new RangeError(`the bootstrap got a non-finite value (${value})`)
  return data
}
