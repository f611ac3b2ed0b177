import type { IceRate } from '../../../../../shared/contract/ice-results'
import type { SeedPart } from '../../../stats/prng'
import { runToEnd, type Steps } from '../../../stats/steps'
import { twoWayClusterBootstrapSteps } from '../../../stats/two-way-bootstrap'
import { wilsonInterval } from '../../../stats/wilson'
import type { RowGrid } from './ice-grid'

/**
 * Resamples per ICE interval. Every results view recomputes loose, strict and hard for the run and
 * each breakdown (about 5 x 1,000 cells x 3 scores); 2,000 keeps that well under a second on two
 * cores, and the 2.5% and 97.5% percentiles then rest on 50 resamples each.
 */
export const ICE_RESAMPLES = 2000

/**
 * A rate with Wilson's interval only (no grid known), labelled as such: `count` of `n` judged rows,
 * out of `all` attack rows (the paper-compatible denominator).
 */
export function wilsonRate(count: number, n: number, all: number = n): IceRate {
  const wilson = wilsonInterval(count, n)
  const rowsIndependent = { low: wilson?.low ?? null, high: wilson?.high ?? null, ciMethod: 'wilson' as const }
  return {
    count,
    n,
    rate: wilson?.rate ?? null,
    low: rowsIndependent.low,
    high: rowsIndependent.high,
    ciMethod: 'wilson',
    rowsIndependent,
    paper: { n: all, rate: all > 0 ? count / all : null },
  }
}

/**
 * A rate over the judged rows (`positives[i]` for row i: true/false when judged, null when its
 * judge gave no verdict, which leaves the row out of the rate and of its interval, never read as 0)
 * with the two-way cluster bootstrap interval over `grid`; unjudged rows are missing cells. Where
 * every judged row is 0 (or every one 1) the bootstrap can only return [rate, rate], which would
 * claim certainty; Wilson's interval is given there instead, and `ciMethod` says so. So it is
 * without a grid (rows whose template and question are not known).
 */
export function iceRate(positives: readonly (boolean | null)[], grid: RowGrid | undefined, seed: readonly SeedPart[]): IceRate {
  return runToEnd(iceRateSteps(positives, grid, seed))
}

/** `iceRate` with pause points inside its bootstrap (stats/steps). */
export function* iceRateSteps(positives: readonly (boolean | null)[], grid: RowGrid | undefined, seed: readonly SeedPart[]): Steps<IceRate> {
  const judged = positives.filter((positive) => positive !== null).length
  const count = positives.filter((positive) => positive === true).length
  const wilson = wilsonRate(count, judged, positives.length)
  if (grid === undefined || count === 0 || count === judged) return wilson
  const cells = new Float64Array(grid.templates * grid.questions).fill(Number.NaN)
  positives.forEach((positive, row) => {
    if (positive !== null) cells[grid.cellOfRow[row] as number] = positive ? 1 : 0
  })
  const interval = yield* twoWayClusterBootstrapSteps(
    { templates: grid.templates, questions: grid.questions, cells },
    { resamples: ICE_RESAMPLES, seed: [...seed] },
  )
  if (interval === undefined) return wilson
  return { ...wilson, low: interval.low, high: interval.high, ciMethod: 'two-way-cluster-bootstrap' }
}
