import { describe, expect, it } from 'vitest'
import { normalisedCISteps, type AnchoredSet } from '../../../../../src/main/core/stats/normalised-bootstrap'
import { runToEnd } from '../../../../../src/main/core/stats/steps'

const set = (scores: number[], ceiling: number[], floor: number[]): AnchoredSet => ({
  scores: Float64Array.from(scores),
  ceiling: Float64Array.from(ceiling),
  floor: Float64Array.from(floor),
})

describe('normalised RSE between a floor and a ceiling (issue 16 item 1)', () => {
  it('is (score - floor) / (ceiling - floor) per set, Avg the mean of the sets, each inside its interval', () => {
    const a = set([3, 4, 3, 4, 3, 4], [5, 5, 5, 5, 4, 5], [1, 2, 1, 1, 2, 1])
    const b = set([2, 2, 3, 2, 2, 3], [5, 4, 5, 5, 5, 5], [1, 1, 1, 2, 1, 1])
    const estimate = runToEnd(normalisedCISteps([a, b], { seed: 1 }))
    const expectedA = (3.5 - 8 / 6) / (29 / 6 - 8 / 6)
    const expectedB = (14 / 6 - 7 / 6) / (29 / 6 - 7 / 6)
    expect(estimate.sets[0]!.value).toBeCloseTo(expectedA, 12)
    expect(estimate.sets[1]!.value).toBeCloseTo(expectedB, 12)
    expect(estimate.avg).toBeCloseTo((expectedA + expectedB) / 2, 12)
    for (const { value, ci } of [...estimate.sets, { value: estimate.avg, ci: estimate.avgCi }]) {
      expect(ci!.low).toBeLessThanOrEqual(value!)
      expect(ci!.high).toBeGreaterThanOrEqual(value!)
      expect(ci!.high).toBeGreaterThan(ci!.low)
    }
  })

  it('leaves missing values (NaN) out of their own mean only', () => {
    const estimate = runToEnd(normalisedCISteps([set([3, Number.NaN, 3], [5, 5, Number.NaN], [1, Number.NaN, 1])], { seed: 2 }))
    expect(estimate.sets[0]!.value).toBeCloseTo(0.5, 12)
  })

  it('gives no normalised score to a set whose ceiling is not above its floor, and Avg leaves it out', () => {
    const flat = set([3, 3, 3], [2, 2, 2], [2, 2, 2])
    const fine = set([3, 3, 3, 3], [5, 5, 5, 5], [1, 1, 1, 1])
    const estimate = runToEnd(normalisedCISteps([flat, fine], { seed: 3 }))
    expect(estimate.sets[0]).toEqual({})
    expect(estimate.sets[1]!.value).toBeCloseTo(0.5, 12)
    expect(estimate.avg).toBeCloseTo(0.5, 12)
  })

  it('gives no interval when too many resamples have the ceiling at or below the floor', () => {
    // Half the prompts put the ceiling below the floor: many resamples have no normalised score.
    const unstable = set([3, 3, 3, 3], [5, 1, 5, 1], [1, 4, 1, 4])
    const estimate = runToEnd(normalisedCISteps([unstable], { seed: 4 }))
    expect(estimate.sets[0]!.value).toBeDefined()
    expect(estimate.sets[0]!.ci).toBeUndefined()
  })

  it('is the same for the same seed', () => {
    const a = set([3, 4, 2, 5], [5, 5, 4, 5], [1, 2, 1, 1])
    expect(runToEnd(normalisedCISteps([a], { seed: 9 }))).toEqual(runToEnd(normalisedCISteps([a], { seed: 9 })))
  })
})
