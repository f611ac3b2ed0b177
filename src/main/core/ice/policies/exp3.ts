import type { Prng } from '../../stats/prng'
import { GrowingArray, type IterationOutcome, type PoolView, type SelectionPolicy } from './types'

/**
 * EXP3 (METHOD.md 2.3), gamma 0.05, alpha 25 by default. Weights start at 1 (new nodes too);
 *   p_i = (1 - gamma) w_i / sum(w) + gamma / N
 * and a node is drawn from p. Update: r = 1 - successes / |mutants|,
 *   w_last *= exp(alpha * (-r / p_last) / N), N = pool size after the mutants joined.
 * If every weight has underflowed to 0 the draw is uniform (GPTFuzz would divide by zero).
 */
export class Exp3Policy implements SelectionPolicy {
  readonly name = 'exp3' as const
  private last: number | undefined
  private lastProbability = 0
  readonly weights = new GrowingArray(1)

  constructor(
    private readonly rng: Prng,
    private readonly gamma = 0.05,
    private readonly alpha = 25,
  ) {}

  probabilities(pool: PoolView): number[] {
    const weights = [...Array(pool.size).keys()].map((index) => this.weights.get(index))
    const total = weights.reduce((sum, weight) => sum + weight, 0)
    const n = pool.size
    return weights.map((weight) => (total > 0 ? ((1 - this.gamma) * weight) / total : (1 - this.gamma) / n) + this.gamma / n)
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
    if (this.last === undefined) return
    const r = 1 - outcome.successes / outcome.mutants
    const x = -r / this.lastProbability
    this.weights.set(this.last, this.weights.get(this.last) * Math.exp((this.alpha * x) / pool.size))
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
