/**
 * Seed selection (METHOD.md 2.3). Policies see the pool through `PoolView`, by pool index: the
 * order nodes joined the pool, the initial seeds first (0 .. initialCount - 1), as in GPTFuzz's
 * `prompt_nodes`. They keep their own visit counts and rewards, and draw only from the injected rng.
 */
export interface PoolView {
  readonly size: number
  /** Pool indices below this are the initial seeds (MCTS-Explore's roots). */
  readonly initialCount: number
  level(poolIndex: number): number
  /** Pool indices of the node's children that joined the pool, in joining order. */
  children(poolIndex: number): readonly number[]
}

/** What one iteration gave the policy to learn from (METHOD.md 2.2 step 5). */
export interface IterationOutcome {
  /** Judged contradictions over all of the iteration's mutants. */
  readonly successes: number
  /** Mutants made this iteration (`energy`), queried or not. */
  readonly mutants: number
  /** Identity questions per mutant. */
  readonly questions: number
}

export { POLICY_NAMES, type PolicyName } from '../../../../../shared/ice/names'
import type { PolicyName } from '../../../../../shared/ice/names'

export interface SelectionPolicy {
  readonly name: PolicyName
  /** The pool index of the node to mutate next. */
  select(pool: PoolView): number
  /** Called after the iteration's mutants have joined the pool (pool.size is the new size). */
  update(pool: PoolView, outcome: IterationOutcome): void
}

/** Index of the largest score; ties go to the lowest index (numpy's argmax, Python's max). */
export function argmax(indices: readonly number[], score: (index: number) => number): number {
  let best = indices[0]
  if (best === undefined) throw new RangeError('argmax over no candidates')
  let bestScore = score(best)
  for (const index of indices.slice(1)) {
    const value = score(index)
    if (value > bestScore) {
      best = index
      bestScore = value
    }
  }
  return best
}

/** A counter per pool index that grows with the pool (new nodes start at `initial`). */
export class GrowingArray {
  private readonly values: number[] = []
  constructor(private readonly initial: number) {}
  get(index: number): number {
    return this.values[index] ?? this.initial
  }
  set(index: number, value: number): void {
    while (this.values.length < index) this.values.push(this.initial)
    this.values[index] = value
  }
  add(index: number, amount: number): void {
    this.set(index, this.get(index) + amount)
  }
}
