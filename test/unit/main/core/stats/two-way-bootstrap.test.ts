import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createRng } from '../../../../../src/main/core/stats/prng'
import {
  crossedMatrix,
  twoWayClusterBootstrap,
  twoWayClusterBootstrapDifference,
  type CrossedMatrix,
} from '../../../../../src/main/core/stats/two-way-bootstrap'
import { wilsonInterval } from '../../../../../src/main/core/stats/wilson'

/**
 * Issue 14 item 1. The analytic variance of the mean of a crossed templates x questions design is
 *   Var(mean) = s2_T / T + s2_Q / Q + s2_e / (T Q)
 * with s2_T the variance of the template (row) means, s2_Q that of the question (column) means and
 * s2_e that of the residuals y_tq - row_t - col_q + grand, all as plug-in (divide-by-n) moments of
 * the fixture; this is also what the two-way bootstrap's variance converges to (Owen 2007).
 */
function analyticSe(rows: number[][]): number {
  const t = rows.length
  const q = (rows[0] as number[]).length
  const rowMeans = rows.map((row) => mean(row))
  const colMeans = Array.from({ length: q }, (_, j) => mean(rows.map((row) => row[j] as number)))
  const grand = mean(rowMeans)
  const residuals = rows.flatMap((row, i) => row.map((y, j) => y - (rowMeans[i] as number) - (colMeans[j] as number) + grand))
  const s2T = mean(rowMeans.map((m) => (m - grand) ** 2))
  const s2Q = mean(colMeans.map((m) => (m - grand) ** 2))
  const s2E = mean(residuals.map((e) => e * e))
  return Math.sqrt(s2T / t + s2Q / q + s2E / (t * q))
}

const mean = (values: readonly number[]): number => values.reduce((sum, v) => sum + v, 0) / values.length
const Z95 = 1.959963984540054
function wilsonSe(rows: number[][]): number {
  const cells = rows.flat()
  const interval = wilsonInterval(cells.filter((v) => v === 1).length, cells.length)!
  return (interval.high - interval.low) / (2 * Z95)
}
const within = (value: number, target: number, share: number): boolean => Math.abs(value - target) <= share * target

const T = 100
const Q = 80
const grid = (cell: (t: number, q: number) => number): number[][] => Array.from({ length: T }, (_, t) => Array.from({ length: Q }, (_, q) => cell(t, q)))
const OPTIONS = { resamples: 4000, seed: 'two-way-fixture' }

describe('two-way cluster bootstrap on fixtures with a known structure', () => {
  it('variation only between templates: SE matches s2_T / T, Wilson is far too small', () => {
    const rng = createRng(1, 'templates')
    const templateOutcome = Array.from({ length: T }, () => (rng.chance(0.35) ? 1 : 0))
    const rows = grid((t) => templateOutcome[t] as number)
    const se = twoWayClusterBootstrap(crossedMatrix(rows), OPTIONS)!.se
    expect(within(se, analyticSe(rows), 0.1)).toBe(true)
    expect(within(wilsonSe(rows), analyticSe(rows), 0.1)).toBe(false)
  })

  it('variation only between questions: SE matches s2_Q / Q, Wilson is far too small', () => {
    const rng = createRng(2, 'questions')
    const questionOutcome = Array.from({ length: Q }, () => (rng.chance(0.4) ? 1 : 0))
    const rows = grid((_, q) => questionOutcome[q] as number)
    const se = twoWayClusterBootstrap(crossedMatrix(rows), OPTIONS)!.se
    expect(within(se, analyticSe(rows), 0.1)).toBe(true)
    expect(within(wilsonSe(rows), analyticSe(rows), 0.1)).toBe(false)
  })

  it('no clustering (independent cells): SE matches the formula, about sqrt(3) x the binomial SE', () => {
    const rng = createRng(3, 'none')
    const rows = grid(() => (rng.chance(0.3) ? 1 : 0))
    const se = twoWayClusterBootstrap(crossedMatrix(rows), OPTIONS)!.se
    expect(within(se, analyticSe(rows), 0.1)).toBe(true)
    // With no structure the plug-in s2_T and s2_Q are themselves noise (sigma^2/Q and sigma^2/T),
    // so the two-way bootstrap is conservative: Wilson is right here and about sqrt(3) narrower.
    expect(within(se / wilsonSe(rows), Math.sqrt(3), 0.1)).toBe(true)
  })

  it('leaves cells with no outcome out of numerator and denominator', () => {
    const rows = [
      [1, null, 0],
      [null, 1, 1],
    ]
    const interval = twoWayClusterBootstrap(crossedMatrix(rows), { resamples: 200 })!
    expect(interval.estimate).toBeCloseTo(3 / 4, 12)
    expect(twoWayClusterBootstrap(crossedMatrix([[null, null]]))).toBeUndefined()
  })

  it('is the same for the same seed, and a difference of a matrix with itself is exactly 0', () => {
    const rows = grid((t, q) => ((t * 7 + q * 3) % 5 === 0 ? 1 : 0))
    const m = crossedMatrix(rows)
    expect(twoWayClusterBootstrap(m, { resamples: 300, seed: 9 })).toEqual(twoWayClusterBootstrap(m, { resamples: 300, seed: 9 }))
    expect(twoWayClusterBootstrapDifference(m, m, { resamples: 300 })).toEqual({ estimate: 0, low: 0, high: 0, se: 0 })
  })
})

/** The paper's loose verdicts (issue 14 acceptance): 20 templates x 50 questions for 8 models. */
function paperMatrix(model: string): CrossedMatrix {
  const data = JSON.parse(readFileSync(resolve('../shared/data/paper-ice/loose-verdicts.json'), 'utf8')) as { models: Record<string, { matrix: string[] }> }
  const rows = data.models[model]!.matrix.map((line) => [...line].map(Number))
  return crossedMatrix(rows)
}

describe("two-way bootstrap on the paper's loose verdicts", () => {
  const glm = paperMatrix('GLM-4-Plus')
  const deepseek = paperMatrix('DeepSeek-V3')

  it('GLM-4-Plus: about [0.32, 0.52], against Wilson [0.388, 0.449]', () => {
    const interval = twoWayClusterBootstrap(glm, { seed: 'paper-ice' })!
    expect(interval.estimate).toBeCloseTo(0.418, 12)
    expect(Math.abs(interval.low - 0.32)).toBeLessThanOrEqual(0.03)
    expect(Math.abs(interval.high - 0.52)).toBeLessThanOrEqual(0.03)
    const wilson = wilsonInterval(418, 1000)!
    expect(wilson.low).toBeCloseTo(0.388, 3)
    expect(wilson.high).toBeCloseTo(0.449, 3)
  })

  it('GLM-4-Plus vs DeepSeek-V3: the difference is not separable (about [-0.07, 0.23]), while Wilson intervals do not overlap', () => {
    const difference = twoWayClusterBootstrapDifference(glm, deepseek, { seed: 'paper-ice' })!
    expect(difference.estimate).toBeCloseTo(0.418 - 0.339, 12)
    expect(Math.abs(difference.low - -0.07)).toBeLessThanOrEqual(0.03)
    expect(Math.abs(difference.high - 0.23)).toBeLessThanOrEqual(0.03)
    expect(difference.low).toBeLessThan(0)
    expect(difference.high).toBeGreaterThan(0)
    expect(wilsonInterval(339, 1000)!.high).toBeLessThan(wilsonInterval(418, 1000)!.low)
  })

  it('with each run its own templates (questions still shared) the difference is as unseparable', () => {
    // The paper's two runs made different mutants, so template slot t of one is not slot t of the other.
    const difference = twoWayClusterBootstrapDifference(glm, deepseek, { seed: 'paper-ice', sharedTemplates: false })!
    expect(Math.abs(difference.low - -0.07)).toBeLessThanOrEqual(0.03)
    expect(Math.abs(difference.high - 0.23)).toBeLessThanOrEqual(0.03)
    expect(() => twoWayClusterBootstrapDifference(glm, crossedMatrix([[1, 0]]))).toThrow(RangeError)
  })
})
