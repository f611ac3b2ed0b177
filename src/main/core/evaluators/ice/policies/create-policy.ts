import type { Prng } from '../../../stats/prng'
import { Exp3Policy } from './exp3'
import { MctsExplorePolicy, type MctsExploreParams } from './mcts-explore'
import { RandomPolicy } from './random'
import { RoundRobinPolicy } from './round-robin'
import type { PolicyName, SelectionPolicy } from './types'
import { UcbPolicy } from './ucb'

/** Tunable constants (METHOD.md 2.3 gives the defaults). */
export interface PolicyParams {
  readonly ucbC?: number
  readonly mcts?: Partial<Omit<MctsExploreParams, 'denominator'>>
  readonly exp3Gamma?: number
  readonly exp3Alpha?: number
}

export function createPolicy(name: PolicyName, rng: Prng, mctsDenominator: MctsExploreParams['denominator'], params: PolicyParams = {}): SelectionPolicy {
  switch (name) {
    case 'round-robin':
      return new RoundRobinPolicy()
    case 'random':
      return new RandomPolicy(rng)
    case 'ucb':
      return new UcbPolicy(params.ucbC)
    case 'mcts-explore':
      return new MctsExplorePolicy(rng, { ...params.mcts, denominator: mctsDenominator })
    case 'exp3':
      return new Exp3Policy(rng, params.exp3Gamma, params.exp3Alpha)
  }
}
