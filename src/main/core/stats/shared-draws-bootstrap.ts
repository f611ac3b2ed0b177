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

/** One series for `bootstrapCommonDrawsSteps`: its values and the companions resampled on its draws. */
export interface DrawsSeries {
  readonly values: ArrayLike<number>
  readonly companions: readonly Companion[]
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
  const [result] = yield* bootstrapCommonDrawsSteps([{ values, companions }], options)
  return result
}

/**
 * `bootstrapSharedDrawsSteps` for several series of the same length n at once, on common draws:
 * each resample draws n indices once and every series (with its companions) reads them (RSE: the
 * students with the same number of scored prompts in a set). Only the marginal distribution of a
 * series' draws matters to its percentile interval, so each series gets exactly the interval it
 * would get alone with this seed; it depends on its own values, the seed and n, never on which
 * other series share the draws or in what order. k series cost one series' draws plus k readings.
 *
 * Every series must have the same length (companions included); n = 0 gives undefined for each,
 * n = 1 degenerate intervals. The draws are never stored: one resample's at a time.
 */
export function* bootstrapCommonDrawsSteps(series: readonly DrawsSeries[], options: BootstrapOptions = {}): Steps<(SharedDrawsResult | undefined)[]> {
  const { resamples, confidence } = checkedOptions(options)
  const n = series[0]?.values.length ?? 0
  const prepared = series.map((one) => prepareSeries(one, n, resamples))
  if (n === 0) return prepared.map(() => undefined)
  if (n === 1) return prepared.map((one) => degenerateResult(one, resamples))
  const sampler = createIndexSampler(...seedParts(options.seed))
  const draws = new Uint32Array(n)
  const paused = workMeter()
  for (let b = 0; b < resamples; b++) {
    sampler.fill(draws, n)
    for (const one of prepared) {
      one.means[b] = meanOfDraws(one.data, draws)
      for (const other of one.others) if (b < other.means.length) other.means[b] = meanOfDraws(other.data, draws)
    }
    if (paused(n * prepared.length)) yield
  }
  yield
  return prepared.map((one) => ({
    interval: { mean: meanOf(one.data), ...percentileBounds(Float64Array.from(one.means), confidence) },
    means: one.means,
    companions: one.others.map((other) => ({ mean: meanOf(other.data), ...percentileBounds(other.means, confidence) })),
  }))
}

interface PreparedSeries {
  readonly data: Float64Array
  readonly means: Float64Array
  readonly others: readonly { readonly data: Float64Array; readonly means: Float64Array }[]
}

/** Checks a series against the common length and allocates its resample means. */
function prepareSeries(series: DrawsSeries, n: number, resamples: number): PreparedSeries {
  if (series.values.length !== n) throw new RangeError(`series on common draws need the same length: one has ${series.values.length} values, not ${n}`)
  const others = series.companions.map((companion) => {
    if (companion.values.length !== n) throw new RangeError(`a companion series has ${companion.values.length} values, not ${n}`)
    if (!Number.isInteger(companion.resamples) || companion.resamples < 1 || companion.resamples > resamples)
      throw new RangeError(`a companion takes 1..${resamples} resamples, not ${companion.resamples}`)
    return { data: finiteValues(companion.values), means: new Float64Array(companion.resamples) }
  })
  return { data: finiteValues(series.values), means: new Float64Array(n < 2 ? 0 : resamples), others }
}

function degenerateResult(series: PreparedSeries, resamples: number): SharedDrawsResult {
  const degenerate = (value: number) => ({ mean: value, low: value, high: value })
  const mean = series.data[0] as number
  return {
    interval: degenerate(mean),
    means: new Float64Array(resamples).fill(mean),
    companions: series.others.map((other) => degenerate(other.data[0] as number)),
  }
}

/**
 * The interval of an unweighted mean of several series' means, read off their resample means
 * (each from `bootstrapSharedDrawsSteps` or `bootstrapCommonDrawsSteps`, with a stream of its own
 * per series: RSE's sets): resample b of the mean of means is the mean of each series' resample b.
 * Each series keeps its own size and its own independent draws, so this is the stratified bootstrap
 * of the mean of means, at the cost of a sum per resample.
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
