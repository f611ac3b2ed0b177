import { checkedOptions, meanOf, percentileBounds, resampleMean, seedParts, type BootstrapOptions, type MeanInterval } from './bootstrap'
import { createIndexSampler } from './prng'
import { runToEnd, workMeter, type Steps } from './steps'

/**
 * Percentile bootstrap interval for an unweighted mean of group means, the RSE "Avg" (METHOD.md
 * 1.4: the unweighted mean of the per-set means). Each resample draws every group's items with
 * replacement from that group alone (n_j draws for group j, so each set keeps its size and a large
 * set cannot crowd out a small one), takes each group's mean and averages them. This mirrors how
 * the estimate is made, so the interval reflects each set's own sampling noise.
 *
 * Groups must be non-empty (an empty set has no mean and is left out of Avg by the caller);
 * undefined when there are no groups. A single item per group contributes no spread.
 */
export function bootstrapMeanOfMeansCI(groups: readonly ArrayLike<number>[], options: BootstrapOptions = {}): MeanInterval | undefined {
  return runToEnd(bootstrapMeanOfMeansCISteps(groups, options))
}

/** `bootstrapMeanOfMeansCI` with pause points between resamples (stats/steps). */
export function* bootstrapMeanOfMeansCISteps(groups: readonly ArrayLike<number>[], options: BootstrapOptions = {}): Steps<MeanInterval | undefined> {
  const { resamples, confidence } = checkedOptions(options)
  if (groups.some((group) => group.length === 0)) throw new RangeError('bootstrapMeanOfMeansCI: every group needs at least one value')
  if (groups.length === 0) return undefined
  const data = groups.map((group) => Float64Array.from(group))
  const mean = meanOf(data.map(meanOf))
  if (data.every((group) => group.length === 1)) return { mean, low: mean, high: mean }
  const sampler = createIndexSampler(...seedParts(options.seed))
  const estimates = new Float64Array(resamples)
  const draws = data.map((group) => new Uint32Array(group.length))
  const size = data.reduce((sum, group) => sum + group.length, 0)
  const paused = workMeter()
  for (let b = 0; b < resamples; b++) {
    let sumOfMeans = 0
    for (let g = 0; g < data.length; g++) sumOfMeans += resampleMean(data[g] as Float64Array, draws[g] as Uint32Array, sampler)
    estimates[b] = sumOfMeans / data.length
    if (paused(size)) yield
  }
  yield
  return { mean, ...percentileBounds(estimates, confidence) }
}
