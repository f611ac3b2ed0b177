/**
 * The seeded pseudo-random generator for everything statistical (bootstrap resampling) and for the
 * ICE fuzzer's choices (METHOD.md 2.5: "the same seed and the same model replies give the same
 * run"). Same seed, same sequence, on every platform and Node version: only 32-bit integer
 * arithmetic (`Math.imul`, shifts, `>>> 0`) is used, never `Math.random` or floating-point state.
 *
 * Generator: sfc32 (Chris Doty-Humphrey's Small Fast Counting generator, 128-bit state, passes
 * PractRand), its state filled by splitmix32 from a 32-bit seed. Seeds that are strings or
 * several parts are first hashed to 32 bits with FNV-1a, so `createRng(seed, 'student-a', 'Numina')`
 * gives an independent stream per student and set that does not depend on what else is computed.
 * `createIndexSampler` is the bulk form for the bootstrap: two interleaved sfc32 streams.
 */

export interface Prng {
  /** Uniform integer in [0, 2^32). */
  nextUint32(): number
  /** Uniform in [0, 1), 32 bits of resolution. */
  next(): number
  /**
   * Integer in [0, n) for 1 <= n <= 2^21, by multiply-and-shift (floor(u32 * n / 2^32)): exact in
   * doubles, one draw per call, bias below n / 2^32 (under 5e-4 even at the largest n; far below
   * it for data-set sizes). Used in the bootstrap's inner loop, so no rejection loop.
   */
  int(n: number): number
  /** One element, uniformly; throws on an empty list (a caller bug, not a data condition). */
  pick<T>(items: readonly T[]): T
  /** True with the given probability. */
  chance(probability: number): boolean
}

export type SeedPart = string | number

const TWO_POW_32 = 4294967296
const MAX_INT_RANGE = 2 ** 21

/** FNV-1a (32-bit) over the parts, each prefixed with its type and separated by NUL. */
export function hashSeed(...parts: readonly SeedPart[]): number {
  let hash = 0x811c9dc5
  const text = parts.map((part) => `${typeof part}:${String(part)}`).join('\u0000')
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    // Both bytes of the UTF-16 unit, so non-Latin seeds (set names in Chinese) hash fully.
    hash = Math.imul(hash ^ (code & 0xff), 0x01000193)
    hash = Math.imul(hash ^ (code >>> 8), 0x01000193)
  }
  return hash >>> 0
}

/** splitmix32: a bijective mixer; successive outputs fill sfc32's four state words. */
function splitmix32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x9e3779b9) | 0
    let z = state
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b)
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35)
    return (z ^ (z >>> 16)) >>> 0
  }
}

/**
 * A generator from a seed. A single safe-integer seed in [0, 2^32) is used as is; anything else
 * (strings, several parts, larger numbers) goes through `hashSeed`.
 */
export function createRng(...seed: readonly SeedPart[]): Prng {
  const fill = splitmix32(baseSeed(seed))
  let a = fill()
  let b = fill()
  let c = fill()
  let d = fill()
  const nextUint32 = (): number => {
    const t = (((a + b) | 0) + d) | 0
    d = (d + 1) | 0
    a = b ^ (b >>> 9)
    b = (c + (c << 3)) | 0
    c = (c << 21) | (c >>> 11)
    c = (c + t) | 0
    return t >>> 0
  }
  // Discard the first outputs, as sfc32's author recommends, so nearby seeds diverge at once.
  for (let i = 0; i < 12; i++) nextUint32()
  return makePrng(nextUint32)
}

function makePrng(nextUint32: () => number): Prng {
  const int = (n: number): number => {
    if (!Number.isInteger(n) || n < 1 || n > MAX_INT_RANGE) throw new RangeError(`int(n) needs an integer n in 1..${MAX_INT_RANGE}, got ${n}`)
    return Math.floor((nextUint32() * n) / TWO_POW_32)
  }
  return {
    nextUint32,
    next: () => nextUint32() / TWO_POW_32,
    int,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new RangeError('pick from an empty list')
      return items[int(items.length)] as T
    },
    chance: (probability: number) => nextUint32() / TWO_POW_32 < probability,
  }
}

function baseSeed(seed: readonly SeedPart[]): number {
  const only = seed.length === 1 ? seed[0] : undefined
  return typeof only === 'number' && Number.isInteger(only) && only >= 0 && only < TWO_POW_32 ? only : hashSeed(...seed)
}

/** Fills `out` with uniform integers in [0, n), 1 <= n <= 2^21 (the same mapping as `Prng.int`). */
export interface IndexSampler {
  fill(out: Uint32Array, n: number): void
}

/**
 * Bulk index draws for the bootstrap's inner loop (10 million per interval). Two sfc32 generators,
 * seeded from one splitmix32 sequence (words 0-3 and 4-7, whose starting points differ), alternate
 * output by output: their two dependency chains run side by side in the CPU, about twice as fast as
 * one generator. Its sequence is its own, not `createRng(seed).int(n)` repeated; it is just as
 * deterministic for a seed.
 */
export function createIndexSampler(...seed: readonly SeedPart[]): IndexSampler {
  const word = splitmix32(baseSeed(seed))
  let [a, b, c, d] = [word(), word(), word(), word()]
  let [e, f, g, h] = [word(), word(), word(), word()]
  const fill = (out: Uint32Array, n: number): void => {
    if (!Number.isInteger(n) || n < 1 || n > MAX_INT_RANGE) throw new RangeError(`fill needs an integer n in 1..${MAX_INT_RANGE}, got ${n}`)
    for (let i = 0; i < out.length; i += 2) {
      const t = (((a + b) | 0) + d) | 0
      d = (d + 1) | 0
      a = b ^ (b >>> 9)
      b = (c + (c << 3)) | 0
      c = (((c << 21) | (c >>> 11)) + t) | 0
      const u = (((e + f) | 0) + h) | 0
      h = (h + 1) | 0
      e = f ^ (f >>> 9)
      f = (g + (g << 3)) | 0
      g = (((g << 21) | (g >>> 11)) + u) | 0
      out[i] = ((t >>> 0) * n) / TWO_POW_32
      // With an odd length the second draw of the last pair is discarded (a typed array ignores
      // writes past its end), so the sequence depends only on the seed and the lengths asked for.
      out[i + 1] = ((u >>> 0) * n) / TWO_POW_32
    }
  }
  // The same warm-up as createRng: 12 outputs discarded from each generator.
  fill(new Uint32Array(24), 1)
  return { fill }
}

/** A shuffled copy (Fisher-Yates), driven by `rng`. */
export function shuffled<T>(items: readonly T[], rng: Prng): T[] {
  const copy = [...items]
  for (let i = copy.length - 1; i > 0; i--) {
    const j = rng.int(i + 1)
    const held = copy[i] as T
    copy[i] = copy[j] as T
    copy[j] = held
  }
  return copy
}
