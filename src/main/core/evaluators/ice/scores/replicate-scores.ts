import type { IceRate, IceReplicateScores, IceScoreSet } from '../../../../../shared/contract/ice-results'
import { ITEMS_PER_PAUSE, workMeter, type Steps } from '../../../stats/steps'
import type { IceAttackRow } from '../loop/types'
import { replicateOf } from '../replicates'
import { scorableOf, scoreRowsSteps, type ScorableRow } from './ice-scores'
import { sampleStandardDeviation } from '../../../stats/summary'

type RateName = 'loose' | 'strict' | 'hard'
const RATE_NAMES: readonly RateName[] = ['loose', 'strict', 'hard']

export type ReplicateSpread = Readonly<Record<RateName, number | null>>

/**
 * The headline of a run with two or more fuzzing replicates (issue 16): each rate is the mean of the
 * replicates' rates, and its interval combines both sources of variation. For each rate, the half-widths
 * below and above the mean are sqrt(h^2 + s^2), where h is the largest such half-width among the
 * replicates' own two-way bootstrap intervals and s is the between-replicate standard deviation of the
 * rate; the interval is clipped to [0, 1]. This is deliberately conservative: it answers "what would
 * another fuzzing run of this target give", and since h is the widest replicate's own half-width it is
 * never narrower than any replicate's own interval. Two cases could still leave a replicate's own
 * interval sticking out (clipping at 0 or 1 cuts one side of an interval centred on the mean, and a
 * replicate whose rate lies far from the mean is not centred there), so the interval is finally
 * widened to cover every replicate's own: it always contains each of them. Counts and denominators
 * are the pooled rows'.
 */
export function combineReplicates(pooled: IceScoreSet, replicates: readonly IceReplicateScores[]): { scores: IceScoreSet; spread: ReplicateSpread } {
  if (replicates.length === 0) throw new RangeError('combining replicates needs at least one')
  const combined = { ...pooled }
  const spread = {} as Record<RateName, number | null>
  for (const name of RATE_NAMES) {
    const { rate, sd } = combinedRate(
      pooled[name],
      replicates.map((replicate) => replicate[name]),
    )
    combined[name] = rate
    spread[name] = sd
  }
  return { scores: combined, spread }
}

/** One rate's mean over replicates with the combined interval (see `combineReplicates`) and the between-replicate SD. */
export function combinedRate(pooled: IceRate, own: readonly IceRate[]): { rate: IceRate; sd: number | null } {
  const rated = own.filter((rate): rate is IceRate & { rate: number } => rate.rate !== null)
  if (rated.length === 0) return { rate: { ...pooled, rate: null, low: null, high: null }, sd: null }
  if (rated.length === 1) return { rate: { ...pooled, ...pick(rated[0]!) }, sd: rated.length === own.length ? 0 : null }
  const mean = rated.reduce((sum, rate) => sum + rate.rate, 0) / rated.length
  const sd = sampleStandardDeviation(rated.map((rate) => rate.rate))
  let widestLow = 0
  let widestHigh = 0
  for (const rate of rated) {
    widestLow = Math.max(widestLow, rate.rate - (rate.low ?? rate.rate))
    widestHigh = Math.max(widestHigh, (rate.high ?? rate.rate) - rate.rate)
  }
  let low = Math.max(0, mean - Math.sqrt(widestLow ** 2 + sd ** 2))
  let high = Math.min(1, mean + Math.sqrt(widestHigh ** 2 + sd ** 2))
  for (const rate of rated) {
    low = Math.min(low, rate.low ?? low)
    high = Math.max(high, rate.high ?? high)
  }
  return { rate: { ...pooled, rate: mean, low, high, ciMethod: 'replicates-combined' }, sd }
}

/** A single rated replicate's own rate and interval: nothing to combine it with. */
const pick = (rate: IceRate): Pick<IceRate, 'rate' | 'low' | 'high' | 'ciMethod'> => ({
  rate: rate.rate,
  low: rate.low,
  high: rate.high,
  ciMethod: rate.ciMethod,
})

/**
 * Each replicate's own loose, strict and hard over its own rows, with the interval a one-replicate run
 * would report: seeded by the replicate's seed exactly as a run's headline is by the run's, so
 * replicate 0's equals what the run alone would have shown.
 */
export function* replicateScoresSteps(rows: readonly IceAttackRow[], keywords: readonly string[], seeds: readonly number[]): Steps<IceReplicateScores[]> {
  const groups: ScorableRow[][] = seeds.map(() => [])
  const paused = workMeter(ITEMS_PER_PAUSE)
  for (const row of rows) {
    if (paused(1)) yield
    groups[replicateOf(row)]?.push(scorableOf(row))
  }
  const scored: IceReplicateScores[] = []
  for (const [replicate, seed] of seeds.entries()) {
    const own = yield* scoreRowsSteps(groups[replicate] ?? [], keywords, [seed, 'ice-ci', 'all'])
    scored.push({ replicate, seed, n: own.rows, loose: own.loose, strict: own.strict, hard: own.hard })
  }
  return scored
}
