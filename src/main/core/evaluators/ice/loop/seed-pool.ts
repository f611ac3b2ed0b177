import { shuffled, type Prng } from '../../../stats/prng'
import type { IcePreset } from '../presets'
import type { SeedTemplate } from '../types'

/**
 * The initial pool (METHOD.md 2.5): every seed in file order, or `size` seeds drawn at random
 * (as Python's random.sample does: a random subset in random order, which is also the order
 * MCTS-Explore breaks ties in). With fewer seeds than `size`, all of them, shuffled.
 */
export function initialSeeds(seeds: readonly SeedTemplate[], preset: IcePreset, rng: Prng): SeedTemplate[] {
  if (preset.seedPool.kind === 'all') return [...seeds]
  return shuffled(seeds, rng).slice(0, preset.seedPool.size)
}
