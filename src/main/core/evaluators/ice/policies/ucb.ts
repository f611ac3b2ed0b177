import { argmax, GrowingArray, type IterationOutcome, type PoolView, type SelectionPolicy } from './types'

/**
 * UCB (METHOD.md 2.3), c = 1.0 by default. step += 1, then pick
 *   argmax_i reward_i / (visits_i + 1) + c * sqrt(2 ln(step) / (visits_i + 1))
 * (ties: lowest index) and count a visit. Update: reward_last += successes / |questions|.
 */
export class UcbPolicy implements SelectionPolicy {
  readonly name = 'ucb' as const
  private step = 0
  private last: number | undefined
  readonly rewards = new GrowingArray(0)
  readonly visits = new GrowingArray(0)

  constructor(private readonly c = 1.0) {}

  score(index: number): number {
    const smoothed = this.visits.get(index) + 1
    return this.rewards.get(index) / smoothed + this.c * Math.sqrt((2 * Math.log(this.step)) / smoothed)
  }

  select(pool: PoolView): number {
    this.step += 1
    const chosen = argmax([...Array(pool.size).keys()], (index) => this.score(index))
    this.visits.add(chosen, 1)
    this.last = chosen
    return chosen
  }

  update(_pool: PoolView, outcome: IterationOutcome): void {
    if (this.last === undefined) return
    this.rewards.add(this.last, outcome.successes / outcome.questions)
  }
}
