import type { Prng } from '../../../stats/prng'
import type { PoolView, SelectionPolicy } from './types'

/** Random (METHOD.md 2.3): uniform over the pool; nothing to learn. */
export class RandomPolicy implements SelectionPolicy {
  readonly name = 'random' as const
  constructor(private readonly rng: Prng) {}

  select(pool: PoolView): number {
    if (pool.size === 0) throw new RangeError('select from an empty pool')
    return this.rng.int(pool.size)
  }

  update(): void {}
}
