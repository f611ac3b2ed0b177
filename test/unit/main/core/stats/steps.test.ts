import { describe, expect, it } from 'vitest'
import { bootstrapMeanCI, bootstrapMeanCISteps } from '../../../../../src/main/core/stats/bootstrap'
import { createRng } from '../../../../../src/main/core/stats/prng'
import { runSliced, runToEnd, type Steps } from '../../../../../src/main/core/stats/steps'
import { twoWayClusterBootstrap, twoWayClusterBootstrapSteps } from '../../../../../src/main/core/stats/two-way-bootstrap'

const values = (() => {
  const rng = createRng(5)
  return Array.from({ length: 3000 }, () => 1 + rng.int(5))
})()

describe('computations run in slices (issue 17 item 2)', () => {
  it('gives the same numbers sliced as in one go, for the same seed', async () => {
    const options = { seed: [3, 'set'], resamples: 4000 }
    const whole = bootstrapMeanCI(values, options)
    expect(await runSliced(bootstrapMeanCISteps(values, options), { sliceMs: 0.5 })).toEqual(whole)
    expect(runToEnd(bootstrapMeanCISteps(values, options))).toEqual(whole)
    const cells = Float64Array.from({ length: 400 }, (_, i) => (i % 7 === 0 ? 1 : i % 11 === 0 ? Number.NaN : 0))
    const matrix = { templates: 20, questions: 20, cells }
    expect(await runSliced(twoWayClusterBootstrapSteps(matrix, { seed: 9 }), { sliceMs: 0.1 })).toEqual(twoWayClusterBootstrap(matrix, { seed: 9 }))
  })

  it('gives the event loop a turn between slices and reports each slice', async () => {
    let turns = 0
    const slices: number[] = []
    const ticker = setInterval(() => turns++, 0)
    try {
      // A clock that moves 1 ms per reading: every pause point ends a slice of 2 ms.
      let clock = 0
      await runSliced(bootstrapMeanCISteps(values, { resamples: 20_000 }), { sliceMs: 2, now: () => clock++, onSlice: (ms) => slices.push(ms) })
    } finally {
      clearInterval(ticker)
    }
    expect(slices.length).toBeGreaterThan(10)
    expect(Math.max(...slices)).toBeLessThanOrEqual(3)
    expect(turns).toBeGreaterThan(0)
  })

  it('runs to the end in one slice when the budget allows, and passes on a failure', async () => {
    function* three(): Steps<number> {
      yield
      yield
      return 3
    }
    const slices: number[] = []
    expect(await runSliced(three(), { sliceMs: 1000, onSlice: (ms) => slices.push(ms) })).toBe(3)
    expect(slices).toHaveLength(1)
    function* broken(): Steps<number> {
      yield
      throw new Error('bad data')
    }
    await expect(runSliced(broken(), { sliceMs: 0 })).rejects.toThrow('bad data')
    expect(() => runToEnd(broken())).toThrow('bad data')
  })
})
