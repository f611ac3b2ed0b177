import type { IceSpec } from '../../../../shared/contract/ice-spec'
import { hashSeed } from '../../stats/prng'

/** How many fuzzing replicates a spec asks for (issue 16): absent means one, the run as it always was. */
export function replicateCount(spec: Pick<IceSpec, 'replicates'>): number {
  return spec.replicates ?? 1
}

/**
 * The seed of replicate `index` of a run seeded `runSeed`. Replicate 0 is the run itself and keeps
 * its seed exactly, so a one-replicate run makes the same choices (and cache keys) as before
 * replicates existed; every other replicate gets its own seed derived from the run's.
 */
export function replicateSeed(runSeed: number, index: number): number {
  if (!Number.isInteger(index) || index < 0) throw new RangeError(`a replicate index is a whole number >= 0, got ${index}`)
  return index === 0 ? runSeed : hashSeed(runSeed, 'replicate', index)
}

/** The seeds of every replicate of a spec, replicate 0 first. */
export function replicateSeeds(spec: Pick<IceSpec, 'seed' | 'replicates'>): number[] {
  return Array.from({ length: replicateCount(spec) }, (_, index) => replicateSeed(spec.seed, index))
}

/** The replicate a stored node or row belongs to: absent is replicate 0 (and every row stored before replicates). */
export const replicateOf = (item: { readonly replicate?: number }): number => item.replicate ?? 0

/** Tags a node or row with its replicate; replicate 0 stays untagged, so its stored JSON is what it always was. */
export function withReplicate<T extends { readonly replicate?: number }>(item: T, replicate: number): T {
  if (replicate === 0) {
    if (item.replicate === undefined) return item
    const { replicate: _dropped, ...rest } = item
    return rest as T
  }
  return item.replicate === replicate ? item : { ...item, replicate }
}
