import { createHash } from 'node:crypto'

/**
 * Seeded randomness. Every random choice the simulator makes comes from an `Rng` built by
 * `rngFor(...parts)`, whose state is a SHA-256 of the parts: a reply depends only on what it was
 * derived from (seed, persona, messages, ...), never on how many requests came before it, so
 * concurrent runs stay reproducible.
 */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number
  /** Uniform integer in [0, n). */
  int(n: number): number
  pick<T>(items: readonly T[]): T
  chance(probability: number): boolean
}

export type HashPart = string | number | boolean | null | undefined

/** Hex SHA-256 of the parts, separated so that ('ab','c') and ('a','bc') differ. */
export function hashParts(...parts: readonly HashPart[]): string {
  const hash = createHash('sha256')
  for (const part of parts) hash.update(`${typeof part}:${String(part)}\u0000`)
  return hash.digest('hex')
}

export function rngFor(...parts: readonly HashPart[]): Rng {
  const hex = hashParts(...parts)
  const words = [0, 1, 2, 3].map((i) => Number.parseInt(hex.slice(i * 8, i * 8 + 8), 16) >>> 0)
  return sfc32(words[0] ?? 0, words[1] ?? 0, words[2] ?? 0, words[3] ?? 1)
}

/** sfc32 (Chris Doty-Humphrey's Small Fast Counting generator): 128-bit state, good statistics. */
function sfc32(a: number, b: number, c: number, d: number): Rng {
  const next = (): number => {
    a >>>= 0
    b >>>= 0
    c >>>= 0
    d >>>= 0
    const t = (((a + b) | 0) + d) | 0
    d = (d + 1) | 0
    a = b ^ (b >>> 9)
    b = (c + (c << 3)) | 0
    c = (c << 21) | (c >>> 11)
    c = (c + t) | 0
    return (t >>> 0) / 4294967296
  }
  // Discard the first outputs: they are weakly mixed with the seed.
  for (let i = 0; i < 12; i++) next()
  const int = (n: number) => Math.floor(next() * n)
  return {
    next,
    int,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error('pick from an empty list')
      return items[int(items.length)] as T
    },
    chance: (probability: number) => next() < probability,
  }
}

/** A shuffled copy (Fisher-Yates). */
export function shuffle<T>(items: readonly T[], rng: Rng): T[] {
  const copy = [...items]
  for (let i = copy.length - 1; i > 0; i--) {
    const j = rng.int(i + 1)
    ;[copy[i], copy[j]] = [copy[j] as T, copy[i] as T]
  }
  return copy
}
