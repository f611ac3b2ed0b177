import { describe, expect, it } from 'vitest'
import { forEachBounded } from '../../../../../src/main/core/runs/bounded-each'
import { lookAhead } from '../../../../../src/main/core/evaluators/rse/rse-executor'

const tick = () => new Promise((resolve) => setImmediate(resolve))

describe('forEachBounded (issue 17 item 3: items fed lazily)', () => {
  it('does every item once, never more than the limit at a time, and takes items only as it goes', async () => {
    let active = 0
    let peak = 0
    let taken = 0
    function* items() {
      for (let i = 0; i < 100; i++) {
        taken++
        yield i
      }
    }
    const done: number[] = []
    const takenAtFirstTick: number[] = []
    await forEachBounded(items(), 4, async (item) => {
      if (takenAtFirstTick.length === 0) takenAtFirstTick.push(taken)
      active++
      peak = Math.max(peak, active)
      await tick()
      active--
      done.push(item)
    })
    expect(done.sort((a, b) => a - b)).toEqual(Array.from({ length: 100 }, (_, i) => i))
    expect(peak).toBe(4)
    // The first item starts before the generator was asked for all of them.
    expect(takenAtFirstTick[0]).toBeLessThanOrEqual(4)
  })

  it('stops taking new items after a failure, lets those under way finish, then throws it', async () => {
    const started: number[] = []
    const finished: number[] = []
    const run = forEachBounded(
      Array.from({ length: 50 }, (_, i) => i),
      3,
      async (item) => {
        started.push(item)
        await tick()
        if (item === 4) throw new Error('item 4 failed')
        await tick()
        finished.push(item)
      },
    )
    await expect(run).rejects.toThrow('item 4 failed')
    expect(started.length).toBeLessThan(10)
    // Items 3 and 5 were under way beside 4 and still finished.
    expect(finished).toEqual(expect.arrayContaining([3, 5]))
  })

  it('handles no items and a limit below one', async () => {
    await expect(forEachBounded([], 8, async () => {})).resolves.toBeUndefined()
    const seen: number[] = []
    await forEachBounded([1, 2], 0, async (item) => void seen.push(item))
    expect(seen).toEqual([1, 2])
  })

  it('an RSE run keeps several times the model concurrency of prompts under way, at least 32', () => {
    expect(lookAhead({ concurrency: 2 })).toBe(32)
    expect(lookAhead({ concurrency: 64 })).toBe(256)
  })
})
