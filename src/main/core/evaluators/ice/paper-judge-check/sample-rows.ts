import { createRng, shuffled, type SeedPart } from '../../../stats/prng'
import type { PaperLogRow } from '../paper-log/import-paper-log'

/** Each non-empty stratum gets at least this many rows (or all it has), so a rare label is still compared. */
export const MIN_PER_STRATUM = 5

/** The paper's labels of a row: loose-negative, or loose-positive split by the strict label when there is one. */
export function stratumOf(row: Pick<PaperLogRow, 'loose' | 'strict'>): 'loose-negative' | 'strict-positive' | 'strict-negative' | 'loose-positive' {
  if (!row.loose) return 'loose-negative'
  if (row.strict === null) return 'loose-positive'
  return row.strict ? 'strict-positive' : 'strict-negative'
}

/**
 * A seeded stratified sample of `size` rows, without repeats, in log order. Strata are the paper's
 * labels (stratumOf); each gets a share proportional to its size (largest remainders), raised to
 * MIN_PER_STRATUM when the sample allows, taken from the larger strata. A size at or above the log's
 * takes every row.
 */
export function samplePaperRows(rows: readonly PaperLogRow[], size: number, seed: readonly SeedPart[]): PaperLogRow[] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`The sample size should be a whole number of at least 1 (got ${size}).`)
  if (size >= rows.length) return [...rows]
  const strata = new Map<string, PaperLogRow[]>()
  for (const row of rows) strata.set(stratumOf(row), [...(strata.get(stratumOf(row)) ?? []), row])
  const groups = [...strata.entries()].sort(([a], [b]) => a.localeCompare(b))
  const quotas = allocate(
    groups.map(([, members]) => members.length),
    size,
  )
  const rng = createRng(...seed, 'paper-judge-check-sample')
  const chosen = groups.flatMap(([, members], index) => shuffled(members, rng).slice(0, quotas[index]))
  return chosen.sort((a, b) => a.line - b.line)
}

/** Proportional quotas summing to `size` (< total), each at least min(MIN_PER_STRATUM, its size) when size allows. */
export function allocate(sizes: readonly number[], size: number): number[] {
  const total = sizes.reduce((sum, value) => sum + value, 0)
  const exact = sizes.map((value) => (value * size) / total)
  const quotas = exact.map(Math.floor)
  const byRemainder = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index)
  const missing = size - quotas.reduce((sum, value) => sum + value, 0)
  for (let i = 0; i < missing; i++) quotas[byRemainder[i]!.index]! += 1
  const floors = sizes.map((value) => Math.min(MIN_PER_STRATUM, value))
  if (floors.reduce((sum, value) => sum + value, 0) > size) return quotas
  for (let index = 0; index < quotas.length; index++) {
    while (quotas[index]! < floors[index]!) {
      // Taken from the stratum with the most rows above its own floor.
      const donor = quotas.map((quota, other) => ({ other, spare: quota - floors[other]! })).sort((a, b) => b.spare - a.spare || a.other - b.other)[0]!
      quotas[donor.other]! -= 1
      quotas[index]! += 1
    }
  }
  return quotas
}
