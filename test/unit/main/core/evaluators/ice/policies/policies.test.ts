import { describe, expect, it } from 'vitest'
import { drawIndex, Exp3Policy } from '../../../../../../../src/main/core/evaluators/ice/policies/exp3'
import { MctsExplorePolicy } from '../../../../../../../src/main/core/evaluators/ice/policies/mcts-explore'
import { RandomPolicy } from '../../../../../../../src/main/core/evaluators/ice/policies/random'
import { RoundRobinPolicy } from '../../../../../../../src/main/core/evaluators/ice/policies/round-robin'
import { argmax, type PoolView } from '../../../../../../../src/main/core/evaluators/ice/policies/types'
import { UcbPolicy } from '../../../../../../../src/main/core/evaluators/ice/policies/ucb'
import { createRng, type Prng } from '../../../../../../../src/main/core/stats/prng'

/** A hand-made pool: `levels[i]` per pool index, `children[i]` pool indices. */
function pool(levels: number[], initialCount: number, children: Record<number, number[]> = {}): PoolView {
  return { size: levels.length, initialCount, level: (i) => levels[i] ?? 0, children: (i) => children[i] ?? [] }
}

/** An rng whose chance() answers are scripted (and counted) and whose next() values are given. */
function scriptedRng(chances: boolean[] = [], nexts: number[] = []): Prng & { chanceCalls: number[] } {
  const chanceCalls: number[] = []
  return {
    chanceCalls,
    nextUint32: () => 0,
    next: () => nexts.shift() ?? 0,
    int: () => 0,
    pick: <T>(items: readonly T[]) => items[0] as T,
    chance: (probability: number) => {
      chanceCalls.push(probability)
      return chances.shift() ?? false
    },
  }
}

describe('argmax', () => {
  it('breaks ties towards the lowest index, like numpy argmax and Python max', () => {
    expect(argmax([0, 1, 2], () => 1)).toBe(0)
    expect(argmax([2, 3], (i) => (i === 3 ? 5 : 5))).toBe(2)
    expect(argmax([0, 1, 2], (i) => [1, 3, 3][i]!)).toBe(1)
  })
})

describe('round robin (METHOD.md 2.3: index = (index - 1 + N) mod N)', () => {
  it('starts at 0 and walks backwards over the pool as it grows', () => {
    const policy = new RoundRobinPolicy()
    expect(policy.select(pool([0, 0, 0], 3))).toBe(0)
    policy.update(pool([0, 0, 0], 3)) // (0 - 1 + 3) mod 3 = 2
    expect(policy.select(pool([0, 0, 0], 3))).toBe(2)
    const grown = pool([0, 0, 0, 1, 1], 3)
    policy.update(grown) // (2 - 1 + 5) mod 5 = 1
    expect(policy.select(grown)).toBe(1)
    policy.update(grown) // (1 - 1 + 5) mod 5 = 0
    policy.update(grown) // (0 - 1 + 5) mod 5 = 4: the newest node
    expect(policy.select(grown)).toBe(4)
  })
})

describe('random', () => {
  it('is uniform over the pool through the injected rng', () => {
    const policy = new RandomPolicy(createRng(7))
    const expected = createRng(7)
    const picks = Array.from({ length: 50 }, () => policy.select(pool([0, 0, 0, 0, 0], 5)))
    expect(picks).toEqual(Array.from({ length: 50 }, () => expected.int(5)))
    expect(new Set(picks).size).toBe(5)
  })
})

describe('UCB (c = 1: reward/(v+1) + sqrt(2 ln(step)/(v+1)); reward += succ/|Q|)', () => {
  it('follows the formula step by step', () => {
    const policy = new UcbPolicy()
    const view = pool([0, 0, 0], 3)
    // step 1: ln 1 = 0, all rewards 0 -> every score is 0 -> tie -> index 0.
    expect(policy.select(view)).toBe(0)
    policy.update(view, { successes: 5, mutants: 1, questions: 10 }) // reward0 = 5/10 = 0.5
    // step 2, ln 2 = 0.693147:
    //   node 0: 0.5/2 + sqrt(2*0.693147/2) = 0.25 + 0.832555 = 1.082555
    //   nodes 1, 2: 0/1 + sqrt(2*0.693147/1) = 1.177410 (tie -> 1)
    expect(policy.select(view)).toBe(1)
    expect(policy.score(0)).toBeCloseTo(1.082555, 6)
    expect(policy.score(2)).toBeCloseTo(1.17741, 5)
    policy.update(view, { successes: 0, mutants: 1, questions: 10 })
    // step 3, ln 3 = 1.098612:
    //   node 0: 0.25 + sqrt(2*1.098612/2) = 0.25 + 1.048147 = 1.298147
    //   node 1: 0/2 + 1.048147 = 1.048147
    //   node 2: 0/1 + sqrt(2*1.098612) = 1.482304 -> 2
    expect(policy.select(view)).toBe(2)
    expect(policy.score(0)).toBeCloseTo(1.298147, 6)
    expect(policy.score(1)).toBeCloseTo(1.048147, 6)
    policy.update(view, { successes: 10, mutants: 1, questions: 10 }) // reward2 = 1
    // step 4, ln 4 = 1.386294: node 0: 0.5/2 + sqrt(2*1.386294/2) = 0.25 + 1.177410 = 1.427410;
    //   node 1: 0/2 + 1.177410 = 1.177410; node 2: 1/2 + 1.177410 = 1.677410 -> 2
    expect(policy.select(view)).toBe(2)
    expect(policy.score(0)).toBeCloseTo(1.42741, 5)
    expect(policy.score(1)).toBeCloseTo(1.17741, 5)
    // after the pick node 2 has 2 visits: 1/3 + sqrt(2*1.386294/3) = 0.333333 + 0.961351 = 1.294685
    expect(policy.score(2)).toBeCloseTo(1.294685, 6)
    expect(policy.rewards.get(0)).toBe(0.5)
    expect(policy.visits.get(2)).toBe(2)
  })
})

describe('MCTS-Explore (ratio 0.5, alpha 0.1, beta 0.2)', () => {
  it('picks the root among the initial seeds (ties: lowest index), then explores unvisited roots', () => {
    const rng = scriptedRng()
    const policy = new MctsExplorePolicy(rng)
    const view = pool([0, 0, 0], 3)
    // step 1: ln 1 = 0, rewards 0 -> all scores 0 -> root 0; no children, so no alpha draw.
    expect(policy.select(view)).toBe(0)
    expect(rng.chanceCalls).toEqual([])
    // reward = succ/(|Q| x |mutants|) x max(beta, 1 - 0.1 x level 0) = 10/(50 x 1) x 1 = 0.2
    policy.update(view, { successes: 10, mutants: 1, questions: 50 })
    expect(policy.rewards.get(0)).toBeCloseTo(0.2, 12)
    // step 2, ln 2 = 0.693147:
    //   node 0: 0.2/(1+1) + 0.5*sqrt(2*0.693147/(1+0.01)) = 0.1 + 0.5*1.171567 = 0.685783
    //   node 1: 0/1 + 0.5*sqrt(2*0.693147/0.01) = 0.5*11.774100 = 5.887050 -> 1
    expect(policy.select(view)).toBe(1)
    expect(policy.score(0)).toBeCloseTo(0.685783, 6)
    expect(policy.score(2)).toBeCloseTo(5.88705, 5)
  })

  it('descends to the best child unless it stops with probability alpha; every node on the path is visited', () => {
    // Roots 0, 1; children of 0: 2 and 3 (level 1); child of 2: 4 (level 2).
    const view = pool([0, 0, 1, 1, 2], 2, { 0: [2, 3], 2: [4] })
    const rng = scriptedRng([false, true]) // at 0: go on; at 2: stop
    const policy = new MctsExplorePolicy(rng)
    // Set up rewards/visits so that, at step 1 (ln 1 = 0), scores are reward/(visits+1):
    policy.rewards.set(0, 1) // 1/(1+1) = 0.5
    policy.visits.set(0, 1)
    policy.rewards.set(1, 0.2) // 0.2/(0+1) = 0.2 -> root 0
    policy.rewards.set(2, 0.3) // 0.3/1 = 0.3
    policy.rewards.set(3, 0.9) // 0.9/(2+1) = 0.3 -> tie with 2 -> 2 (lower index)
    policy.visits.set(3, 2)
    expect(policy.select(view)).toBe(2)
    expect(rng.chanceCalls).toEqual([0.1, 0.1])
    expect(policy.lastPath).toEqual([0, 2])
    expect([0, 1, 2, 3, 4].map((i) => policy.visits.get(i))).toEqual([2, 0, 1, 2, 0])
    // Update, GPTFuzz denominator: reward = 6/(3 x 2) = 1, weight = max(0.2, 1 - 0.1 x level 1) = 0.9
    policy.update(view, { successes: 6, mutants: 2, questions: 3 })
    expect(policy.rewards.get(0)).toBeCloseTo(1 + 0.9, 12) // 1.9
    expect(policy.rewards.get(2)).toBeCloseTo(0.3 + 0.9, 12) // 1.2
    expect(policy.rewards.get(4)).toBe(0)
    expect(policy.rewards.get(1)).toBe(0.2)
  })

  it('uses the paper code denominator |Q| x |Q| when asked (50x smaller with 50 questions)', () => {
    const view = pool([0, 0], 2)
    const published = new MctsExplorePolicy(scriptedRng(), { denominator: 'questions-x-questions' })
    const original = new MctsExplorePolicy(scriptedRng(), { denominator: 'questions-x-mutants' })
    for (const policy of [published, original]) {
      policy.select(view)
      policy.update(view, { successes: 25, mutants: 1, questions: 50 })
    }
    expect(original.rewards.get(0)).toBeCloseTo(25 / (50 * 1), 12) // 0.5
    expect(published.rewards.get(0)).toBeCloseTo(25 / (50 * 50), 12) // 0.01
  })

  it('never lets the level penalty go below beta', () => {
    // Root 0 with one child (pool index 1) at level 9: 1 - 0.1 x 9 = 0.1 < beta 0.2.
    const view = pool([0, 9], 1, { 0: [1] })
    const policy = new MctsExplorePolicy(scriptedRng([false]))
    expect(policy.select(view)).toBe(1)
    policy.update(view, { successes: 5, mutants: 1, questions: 10 }) // 5/10 x max(0.2, 0.1) = 0.1
    expect(policy.rewards.get(0)).toBeCloseTo(0.1, 12)
    expect(policy.rewards.get(1)).toBeCloseTo(0.1, 12)
  })

  it('stops at a node with children when the alpha draw says so', () => {
    const view = pool([0, 1], 1, { 0: [1] })
    const policy = new MctsExplorePolicy(scriptedRng([true]))
    expect(policy.select(view)).toBe(0)
    expect(policy.lastPath).toEqual([0])
  })
})

describe('EXP3 (gamma 0.05, alpha 25)', () => {
  it('draws from p_i = (1-gamma) w_i/sum(w) + gamma/N and updates w_last *= exp(alpha(-r/p)/N)', () => {
    const rng = scriptedRng([], [0.5, 0.5])
    const policy = new Exp3Policy(rng)
    const view = pool([0, 0, 0], 3)
    // weights 1,1,1: p = 0.95 x 1/3 + 0.05/3 = 1/3 each; u = 0.5 -> cumulative 1/3, 2/3 -> index 1
    expect(policy.probabilities(view)).toEqual([1 / 3, 1 / 3, 1 / 3].map((p) => expect.closeTo(p, 12)))
    expect(policy.select(view)).toBe(1)
    // no success: r = 1 - 0/(1 x 10) = 1; x = -1/(1/3) = -3; ln w1 = 25 x -3 / 3 = -25 (w1 = 1.388794e-11)
    policy.update(view, { successes: 0, mutants: 1, questions: 10 })
    expect(policy.logWeights.get(1)).toBeCloseTo(-25, 12)
    // p0 = 0.95 x 1/(2 + 1.39e-11) + 0.05/3 = 0.475 + 0.016667 = 0.491667; p1 = 0.016667
    const [p0, p1] = policy.probabilities(view)
    expect(p0).toBeCloseTo(0.491667, 6)
    expect(p1).toBeCloseTo(0.016667, 6)
  })

  it('normalises the loss by mutants x questions and uses the pool size after the mutants joined', () => {
    const policy = new Exp3Policy(scriptedRng([], [0.9]))
    // two nodes: p = 0.5 each; u = 0.9 -> index 1
    expect(policy.select(pool([0, 0], 2))).toBe(1)
    const grown = pool([0, 0, 1], 2)
    // 1 success over 2 mutants x 5 questions: r = 1 - 1/10 = 0.9; x = -0.9/0.5 = -1.8; ln w1 = 25 x -1.8 / 3 = -15
    policy.update(grown, { successes: 1, mutants: 2, questions: 5 })
    expect(policy.logWeights.get(1)).toBeCloseTo(-15, 12)
    // weights 1, e^-15, 1 (new node): p0 = 0.95/(2 + 3.06e-7) + 0.05/3 = 0.491667
    const probabilities = policy.probabilities(grown)
    expect(probabilities[0]).toBeCloseTo(0.491667, 6)
    expect(probabilities[2]).toBeCloseTo(0.491667, 6)
    expect(probabilities.reduce((sum, p) => sum + p, 0)).toBeCloseTo(1, 12)
  })

  it('bounds the loss to [0, 1]: every answer a contradiction leaves the weight as it was', () => {
    const policy = new Exp3Policy(scriptedRng([], [0]))
    expect(policy.select(pool([0, 0], 2))).toBe(0)
    policy.update(pool([0, 0], 2), { successes: 5, mutants: 1, questions: 5 })
    expect(policy.logWeights.get(0)).toBe(0)
  })

  it('keeps the probabilities finite when the log-weights are far below 0 (no underflow to 0/0)', () => {
    const policy = new Exp3Policy(scriptedRng())
    policy.logWeights.set(0, -5000)
    policy.logWeights.set(1, -6000)
    const probabilities = policy.probabilities(pool([0, 0], 2))
    expect(probabilities[0]).toBeCloseTo(0.975, 12)
    expect(probabilities[1]).toBeCloseTo(0.025, 12)
  })

  it('draws by inverse CDF', () => {
    expect(drawIndex([0.2, 0.3, 0.5], 0)).toBe(0)
    expect(drawIndex([0.2, 0.3, 0.5], 0.2)).toBe(1)
    expect(drawIndex([0.2, 0.3, 0.5], 0.4999)).toBe(1)
    expect(drawIndex([0.2, 0.3, 0.5], 0.9999999)).toBe(2)
  })
})
