import { describe, expect, it } from 'vitest'
import { Exp3Policy } from '../../../../../../../src/main/core/evaluators/ice/policies/exp3'
import type { PoolView } from '../../../../../../../src/main/core/evaluators/ice/policies/types'
import { createRng } from '../../../../../../../src/main/core/stats/prng'

/**
 * Issue 14 item 3: EXP3 driven the way the fuzz loop drives it (METHOD.md 2.2), at the paper's
 * scale of 50 questions per mutant, one mutant per iteration. GPTFuzz's loss as written reaches
 * -49 here, so the weights overflowed within a few iterations and the probabilities became NaN.
 */
const QUESTIONS = 50
const ITERATIONS = 200
const INITIAL_SEEDS = 10

/** A growing pool where every mutant joins (the "as published" admission), all at level 1. */
function growingPool(): PoolView & { grow(): void } {
  const view = {
    size: INITIAL_SEEDS,
    initialCount: INITIAL_SEEDS,
    level: (index: number) => (index < INITIAL_SEEDS ? 0 : 1),
    children: () => [],
    grow: () => {
      view.size += 1
    },
  }
  return view
}

describe('EXP3 at 50 questions over 200 iterations (issue 14 item 3)', () => {
  it('keeps finite probabilities that sum to 1 and keeps exploring', () => {
    const policy = new Exp3Policy(createRng(14, 'exp3-policy'))
    const feedback = createRng(14, 'exp3-feedback')
    const pool = growingPool()
    // Each node has its own hidden contradiction rate, as templates differ in how well they jailbreak.
    const rates: number[] = []
    const rateOf = (index: number): number => {
      while (rates.length <= index) rates.push(feedback.next())
      return rates[index] as number
    }
    const chosenAfter50 = new Set<number>()
    for (let iteration = 1; iteration <= ITERATIONS; iteration++) {
      const probabilities = policy.probabilities(pool)
      expect(probabilities.every(Number.isFinite), `iteration ${iteration}: ${probabilities.find((p) => !Number.isFinite(p))}`).toBe(true)
      expect(Math.abs(probabilities.reduce((sum, p) => sum + p, 0) - 1)).toBeLessThan(1e-9)
      const chosen = policy.select(pool)
      if (iteration > 50) chosenAfter50.add(chosen)
      let successes = 0
      for (let question = 0; question < QUESTIONS; question++) if (feedback.chance(rateOf(chosen))) successes++
      pool.grow()
      policy.update(pool, { successes, mutants: 1, questions: QUESTIONS })
    }
    expect(chosenAfter50.size).toBeGreaterThan(1)
  })
})
