import { describe, expect, it } from 'vitest'
import { floorPairs, pairKey, swapUnits } from '../../../../../../../src/main/core/evaluators/rse/checks/check-plan'
import type { RseItem } from '../../../../../../../src/main/core/evaluators/rse/ports'

const itemsOf = (setName: string, count: number): RseItem[] =>
  Array.from({ length: count }, (_, position) => ({ setName, itemId: `${setName}-${position}`, position, prompt: `Question ${position}` }))

describe("the floor's pairing of prompts (issue 16 item 1)", () => {
  it('never pairs a prompt with itself, stays in its set and uses every prompt once, for any seed and set size', () => {
    for (let seed = 0; seed < 200; seed++) {
      const size = 2 + (seed % 17)
      const items = [...itemsOf('a', size), ...itemsOf('b', 3)]
      const pairs = floorPairs(items, seed)
      for (const setName of ['a', 'b']) {
        const ofSet = items.filter((item) => item.setName === setName)
        const partners = ofSet.map((item) => pairs.get(pairKey(setName, item.itemId)))
        ofSet.forEach((item, index) => expect(partners[index]).not.toBe(item.itemId))
        expect(new Set(partners)).toEqual(new Set(ofSet.map((item) => item.itemId)))
      }
    }
  })

  it('is the same for the same seed whatever order the items come in, and differs with the seed', () => {
    const items = itemsOf('a', 30)
    const forward = floorPairs(items, 7)
    expect(floorPairs([...items].reverse(), 7)).toEqual(forward)
    expect(floorPairs(items, 8)).not.toEqual(forward)
  })

  it('gives a set of one prompt no pair (there is no other prompt to take)', () => {
    expect(floorPairs(itemsOf('solo', 1), 1).size).toBe(0)
  })
})

describe("the position check's sample (issue 16 item 3)", () => {
  it('draws distinct (student, prompt) pairs, as many as asked or all there are, and a larger check keeps a smaller one', () => {
    const items = itemsOf('a', 20)
    const small = swapUnits(items, ['x', 'y'], 5, 3)
    const large = swapUnits(items, ['x', 'y'], 15, 3)
    expect(small).toHaveLength(5)
    expect(large.slice(0, 5)).toEqual(small)
    expect(new Set(large.map((unit) => `${unit.student}/${unit.item.itemId}`)).size).toBe(15)
    expect(swapUnits(items, ['x', 'y'], 1000, 3)).toHaveLength(40)
  })
})
