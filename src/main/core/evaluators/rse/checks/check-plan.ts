import { createRng, type SeedPart } from '../../../stats/prng'
import type { RseItem } from '../ports'

/**
 * For each prompt of a set, another prompt of the same set (issue 16 item 1's floor): a seeded
 * derangement built by Sattolo's algorithm, which draws a single cycle through every prompt, so no
 * prompt is ever paired with itself. A set of one prompt has no other prompt: it gets no pairs.
 * Prompts are taken in the set's order, so the pairing depends on the seed and the set alone.
 */
export function floorPairs(items: readonly RseItem[], seed: SeedPart): Map<string, string> {
  const pairs = new Map<string, string>()
  for (const [setName, ofSet] of bySet(items)) {
    if (ofSet.length < 2) continue
    const order = ofSet.map((item) => item.itemId)
    const rng = createRng(seed, 'rse-floor', setName)
    for (let i = order.length - 1; i > 0; i--) {
      const j = rng.int(i)
      ;[order[i], order[j]] = [order[j]!, order[i]!]
    }
    // `order` is now one cycle: each prompt's pair is the one the cycle moved into its place.
    ofSet.forEach((item, index) => pairs.set(pairKey(setName, item.itemId), order[index]!))
  }
  return pairs
}

export const pairKey = (setName: string, itemId: string) => `${setName}\u0000${itemId}`

/** The (student, prompt) pairs the position check asks again with roles swapped: `size` of them, drawn with the seed, prefix-stable. */
export function swapUnits(items: readonly RseItem[], students: readonly string[], size: number, seed: SeedPart): { student: string; item: RseItem }[] {
  const all = items.flatMap((item) => students.map((student) => ({ student, item })))
  const rng = createRng(seed, 'rse-position-check')
  // A partial Fisher-Yates: the first `size` places of a seeded shuffle, so a larger check keeps a smaller one's units.
  const take = Math.min(size, all.length)
  for (let i = 0; i < take; i++) {
    const j = i + rng.int(all.length - i)
    ;[all[i], all[j]] = [all[j]!, all[i]!]
  }
  return all.slice(0, take)
}

function bySet(items: readonly RseItem[]): Map<string, RseItem[]> {
  const sets = new Map<string, RseItem[]>()
  for (const item of items) {
    const list = sets.get(item.setName) ?? []
    list.push(item)
    sets.set(item.setName, list)
  }
  for (const list of sets.values()) list.sort((a, b) => a.position - b.position)
  return sets
}
