import type * as PrngModule from '../../src/main/core/stats/prng'
import type { SeedPart } from '../../src/main/core/stats/prng'

/** How many bootstrap indices every sampler drew since the last reset (tests of the drawing cost). */
export const drawn = { indices: 0 }

/**
 * The prng module with each index sampler wrapped to count what it draws, for a test file's
 * `vi.mock` of prng: no hook in the production loop.
 */
export async function prngCountingDraws(importOriginal: <T>() => Promise<T>): Promise<typeof PrngModule> {
  const real = await importOriginal<typeof PrngModule>()
  return {
    ...real,
    createIndexSampler: (...seed: SeedPart[]) => {
      const sampler = real.createIndexSampler(...seed)
      return {
        fill: (out: Uint32Array, n: number) => {
          drawn.indices += n
          sampler.fill(out, n)
        },
      }
    },
  }
}
