import type { Prng } from '../../../stats/prng'
import { argmax, GrowingArray, type IterationOutcome, type PoolView, type SelectionPolicy } from './types'

export interface MctsExploreParams {
  readonly ratio: number
  readonly alpha: number
  readonly beta: number
  /**
   * The reward's denominator (METHOD.md 2.5): GPTFuzz divides successes by questions x mutants;
   * the paper's code by questions x questions (50 times smaller with 50 questions).
   */
  readonly denominator: 'questions-x-mutants' | 'questions-x-questions'
}

export const MCTS_EXPLORE_DEFAULTS: MctsExploreParams = { ratio: 0.5, alpha: 0.1, beta: 0.2, denominator: 'questions-x-mutants' }

/**
 * MCTS-Explore (METHOD.md 2.3). step += 1; a root is chosen among the initial seeds by
 *   score(n) = reward_n / (visits_n + 1) + ratio * sqrt(2 ln(step) / (visits_n + 0.01))
 * (ties: lowest index); then, while the node has children, stop with probability alpha, else move
 * to the child with the best score. Every node on the path gets one visit. Update: every node on the
 * path gets reward += successes / denominator * max(beta, 1 - 0.1 * level(last node)).
 */
export class MctsExplorePolicy implements SelectionPolicy {
  readonly name = 'mcts-explore' as const
  private step = 0
  private path: number[] = []
  readonly rewards = new GrowingArray(0)
  readonly visits = new GrowingArray(0)
  private readonly params: MctsExploreParams

  constructor(
    private readonly rng: Prng,
    params: Partial<MctsExploreParams> = {},
  ) {
    this.params = { ...MCTS_EXPLORE_DEFAULTS, ...params }
  }

  score(index: number): number {
    const visits = this.visits.get(index)
    return this.rewards.get(index) / (visits + 1) + this.params.ratio * Math.sqrt((2 * Math.log(this.step)) / (visits + 0.01))
  }

  select(pool: PoolView): number {
    this.step += 1
    const score = (index: number) => this.score(index)
    let current = argmax([...Array(pool.initialCount).keys()], score)
    this.path = [current]
    for (let children = pool.children(current); children.length > 0; children = pool.children(current)) {
      if (this.rng.chance(this.params.alpha)) break
      current = argmax(children, score)
      this.path.push(current)
    }
    for (const index of this.path) this.visits.add(index, 1)
    return current
  }

  update(pool: PoolView, outcome: IterationOutcome): void {
    const last = this.path.at(-1)
    if (last === undefined) return
    const { questions, mutants, successes } = outcome
    const denominator = this.params.denominator === 'questions-x-mutants' ? questions * mutants : questions * questions
    const reward = successes / denominator
    const weight = Math.max(this.params.beta, 1 - 0.1 * pool.level(last))
    for (const index of this.path) this.rewards.add(index, reward * weight)
  }

  /** The nodes of the last selection, root first. */
  get lastPath(): readonly number[] {
    return this.path
  }
}
