/**
 * Seeded sampling of n items out of N, the same everywhere and forever:
 *
 * - generator: mulberry32 (Tommy Ettinger's 32-bit generator), state = the seed as an unsigned
 *   32-bit integer; each step returns a float in [0, 1);
 * - draw: a forward Fisher-Yates shuffle stopped after n steps. Step i (0-based) swaps position i
 *   with position i + floor(u * (N - i)), u the next generator output; the first n positions are
 *   the sample, in draw order.
 *
 * So the same (items in order, n, seed) always gives the same ids in the same order, and the
 * sample of n is the first n of the sample of any larger n with the same seed: growing a sample
 * keeps what was already asked (and cached). The order is the draw order, not the file's, so a run
 * stopped early has asked a uniform random part of the set. `floor(u * k)` has a bias below 2^-32
 * per draw for the sizes allowed here (at most 200,000 items), far below anything measurable.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** n of `items` drawn with `seed` (see above). Throws a RangeError for n outside 0..N or a bad seed. */
export function sampleWithSeed<T>(items: readonly T[], n: number, seed: number): T[] {
  if (!Number.isInteger(n) || n < 0 || n > items.length) throw new RangeError(`cannot draw ${n} of ${items.length}`)
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new RangeError('the seed must be a whole number from 0 to 4294967295')
  const next = mulberry32(seed)
  const pool = [...items]
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(next() * (pool.length - i))
    const picked = pool[j] as T
    pool[j] = pool[i] as T
    pool[i] = picked
  }
  return pool.slice(0, n)
}
