import type { PoolView, SelectionPolicy } from './types'

/**
 * Round robin (METHOD.md 2.3), as GPTFuzz walks it: start at index 0, and after each iteration step
 * backwards, index = (index - 1 + N) mod N, with N the pool size after the new mutants joined.
 * So the second pick is the newest node.
 */
export class RoundRobinPolicy implements SelectionPolicy {
  readonly name = 'round-robin' as const
  private index = 0

  select(pool: PoolView): number {
    if (pool.size === 0) throw new RangeError('select from an empty pool')
    return this.index % pool.size
  }

  update(pool: PoolView): void {
    this.index = (this.index - 1 + pool.size) % pool.size
  }
}
