import type { Prng } from '../../../stats/prng'
import { GrowingArray, type IterationOutcome, type PoolView, type SelectionPolicy } from './types'

/**
 * EXP3 (METHOD.md 2.3), gamma 0.05, alpha 25 by default. Weights start at 1 (new nodes too);
 *   p_i = (1 - gamma) w_i / sum(w) + gamma / N
 * and a node is drawn from p. Update, GPTFuzz's shape: w_last *= exp(alpha * (-r / p_last) / N),
 * N = pool size after the mutants joined.
 *
 * Two changes make it numerically safe (issue 14 item 3, docs/statistics.md "EXP3"):
 * - the loss is r = 1 - successes / (mutants x questions), a share of answers in [0, 1]. GPTFuzz
 *   divides by |mutants| only, so with 50 questions r reached -49, a weight overflowed to Infinity
 *   within a few iterations and the probabilities became NaN ("always pick the last node").
 * - the weights are kept as logarithms and exponentiated after subtracting the largest, so a long
 *   run of losses (every update can only lower a weight now) never underflows every weight to 0.
 */
export class Exp3Policy implements SelectionPolicy {
  readonly name = 'exp3' as const
  private last: number | undefined
  private lastProbability = 0
  /** ln(w_i); 0 is the starting weight 1. */
  readonly logWeights = new GrowingArray(0)

  constructor(
    private readonly rng: Prng,
    private readonly gamma = 0.05,
    private readonly alpha = 25,
  ) {}

  probabilities(pool: PoolView): number[] {
    const n = pool.size
    const logs = [...Array(n).keys()].map((index) => this.logWeights.get(index))
    const top = Math.max(...logs)
    // After subtracting the largest log-weight the largest weight is exactly 1, so total >= 1.
    const weights = logs.map((log) => Math.exp(log - top))
    const total = weights.reduce((sum, weight) => sum + weight, 0)
    return weights.map((weight) => ((1 - this.gamma) * weight) / total + this.gamma / n)
  }

  select(pool: PoolView): number {
    if (pool.size === 0) throw new RangeError('select from an empty pool')
    const probabilities = this.probabilities(pool)
    const chosen = drawIndex(probabilities, this.rng.next())
    this.last = chosen
    this.lastProbability = probabilities[chosen] ?? 0
    return chosen
  }

  update(pool: PoolView, outcome: IterationOutcome): void {
    const answers = outcome.mutants * outcome.questions
    // No answers (every mutant failed to be made, or no questions): nothing to learn from.
    if (this.last === undefined || answers <= 0) return
    const r = 1 - outcome.successes / answers
    const x = -r / this.lastProbability
    this.logWeights.set(this.last, this.logWeights.get(this.last) + (this.alpha * x) / pool.size)
  }
}

/** Inverse-CDF draw: the first index whose cumulative probability exceeds u (u in [0, 1)). */
export function drawIndex(probabilities: readonly number[], u: number): number {
  let cumulative = 0
  for (let index = 0; index < probabilities.length; index++) {
    cumulative += probabilities[index] ?? 0
    if (u < cumulative) return index
  }
  return probabilities.length - 1
}
