import { checkedOptions, percentileBounds, seedParts, type BootstrapOptions } from '../../stats/bootstrap'
import { holmAdjust } from '../../stats/holm'
import { twoSidedNormalP } from '../../stats/normal-tail'
import { createIndexSampler } from '../../stats/prng'
import { ITEMS_PER_PAUSE, runToEnd, workMeter, type Steps } from '../../stats/steps'
import type { JudgedItem } from './aggregate'

export const PAIR_RESAMPLES = 2000

/** One pair of students: the difference of their Avg with a paired bootstrap interval (issue 14 item 2). */
export interface RsePair {
  readonly a: string
  readonly b: string
  /** Avg(a) - Avg(b). */
  readonly diff: number
  /** Percentile interval of the difference (not adjusted for the number of pairs). */
  readonly ci: readonly [low: number, high: number]
  /** Two-sided p-value of "no difference": diff over its bootstrap standard error, normal reference. */
  readonly p: number
  /** Holm-adjusted across every pair of the run. */
  readonly adjustedP: number
  /** Whether the difference stays away from 0 after Holm's adjustment at 1 - confidence. */
  readonly adjustedExcludesZero: boolean
}

export interface RseRankStability {
  readonly studentId: string
  /** 1 = highest Avg; ties share a rank. */
  readonly rank: number
  /** Share of resamples in which the student had this same rank. */
  readonly keepsRank: number
}

export interface RseComparisons {
  readonly pairs: readonly RsePair[]
  readonly ranks: readonly RseRankStability[]
  readonly resamples: number
}

export interface CompareOptions extends BootstrapOptions {
  /** Set names in display order (sets not listed follow in first-seen order). */
  readonly sets?: readonly string[]
}

/**
 * One set's prompts (union over students, by id) and each student's scores on them, flattened
 * student by student (`values[s * size + i]`, 0 where the student has no score, `present` 0 there),
 * so the resampling loop runs over plain typed arrays.
 */
interface SetGrid {
  readonly size: number
  readonly values: Float64Array
  readonly present: Float64Array
  /** Per student, whether it has any score in the set (a set without one stays out of its Avg). */
  readonly scored: readonly boolean[]
}

/**
 * Paired comparisons of students' RSE Avg (METHOD.md 3: "differences between students by a paired
 * bootstrap, the same resample for both"). Each resample draws every set's prompts with
 * replacement, once for all students, and recomputes each student's Avg (the unweighted mean of its
 * per-set means over the sets it has scores in, METHOD.md 1.4); a prompt a student has no score for
 * is left out of that student's mean. Because both students of a pair see the same prompts, what
 * makes a prompt easy or hard for everyone cancels out of the difference.
 *
 * The interval is the percentile interval of the resampled differences. p compares the difference
 * with its bootstrap standard error on the normal scale (Efron and Tibshirani's bootstrap test).
 * Why not the share of resampled differences beyond 0: Holm over the 55 pairs of 11 students needs
 * p near 0.0009, which a count of resamples resolves only with tens of thousands of them, too slow
 * to recompute whenever results are shown; a standard error is steady at 2,000 (the default).
 * Holm-adjusted across all pairs. Students with no scored item have no Avg and are left out.
 */
export function compareStudents(items: readonly JudgedItem[], students: readonly string[], options: CompareOptions = {}): RseComparisons {
  return runToEnd(compareStudentsSteps(items, students, options))
}

/** `compareStudents` with pause points between resamples (stats/steps). */
export function* compareStudentsSteps(items: readonly JudgedItem[], students: readonly string[], options: CompareOptions = {}): Steps<RseComparisons> {
  const { resamples, confidence } = checkedOptions({ ...options, resamples: options.resamples ?? PAIR_RESAMPLES })
  // A listed set with no judged prompt yet (a run just started) has nothing to resample.
  const grids = (yield* setGrids(items, students, options.sets ?? [])).filter((grid) => grid.size > 0)
  const once = grids.map((grid) => new Float64Array(grid.size).fill(1))
  const observed = students.map((_, s) => avgOf(grids, s, once))
  const present = students.map((_, s) => s).filter((s) => !Number.isNaN(observed[s] as number))
  const avgs = students.map(() => new Float64Array(resamples))
  const sampler = createIndexSampler(...seedParts(options.seed), 'rse-pairs')
  const weights = grids.map((grid) => new Float64Array(grid.size))
  const draws = new Uint32Array(Math.max(1, ...grids.map((grid) => grid.size)))
  const paused = workMeter()
  const work = grids.reduce((sum, grid) => sum + grid.size, 0) * (1 + present.length)
  for (let r = 0; r < resamples; r++) {
    if (paused(work)) yield
    grids.forEach((grid, g) => {
      const counts = weights[g] as Float64Array
      const drawn = draws.subarray(0, grid.size)
      sampler.fill(drawn, grid.size)
      counts.fill(0)
      for (const index of drawn) (counts[index] as number)++
    })
    for (const s of present) (avgs[s] as Float64Array)[r] = avgOf(grids, s, weights)
  }
  yield
  const pairs: Omit<RsePair, 'adjustedP' | 'adjustedExcludesZero'>[] = []
  for (const [k, i] of present.entries()) {
    for (const j of present.slice(k + 1)) {
      const differences = validDifferences(avgs[i] as Float64Array, avgs[j] as Float64Array)
      const diff = (observed[i] as number) - (observed[j] as number)
      const p = normalP(diff, standardError(differences))
      const bounds = percentileBounds(differences, confidence)
      pairs.push({ a: students[i] as string, b: students[j] as string, diff, ci: [bounds.low, bounds.high], p })
    }
  }
  yield
  const adjusted = holmAdjust(pairs.map((pair) => pair.p))
  const alpha = 1 - confidence
  return {
    pairs: pairs.map((pair, index) => ({ ...pair, adjustedP: adjusted[index] as number, adjustedExcludesZero: (adjusted[index] as number) < alpha })),
    ranks: rankStability(students, present, observed, avgs, resamples),
    resamples,
  }
}

function* setGrids(items: readonly JudgedItem[], students: readonly string[], setOrder: readonly string[]): Steps<SetGrid[]> {
  const studentIndex = new Map(students.map((student, index) => [student, index]))
  const bySet = new Map<string, Map<string, Map<number, number>>>(setOrder.map((name) => [name, new Map()]))
  const paused = workMeter(ITEMS_PER_PAUSE)
  for (const item of items) {
    if (paused(1)) yield
    const s = studentIndex.get(item.studentId)
    if (s === undefined) continue
    const prompts = bySet.get(item.setName) ?? new Map<string, Map<number, number>>()
    bySet.set(item.setName, prompts)
    const scores = prompts.get(item.itemId) ?? new Map<number, number>()
    prompts.set(item.itemId, scores)
    // Only a usable overall score counts, as in aggregateRse (failed items are not averaged).
    if (item.failed === undefined && item.overall !== undefined && Number.isFinite(item.overall)) scores.set(s, item.overall)
  }
  const grids: SetGrid[] = []
  for (const prompts of bySet.values()) {
    yield
    // Prompts in id order (code units), so the resample does not depend on the order judgements arrived in.
    const ids = [...prompts.keys()].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0))
    const size = ids.length
    const values = new Float64Array(students.length * size)
    const present = new Float64Array(students.length * size)
    const scored = students.map(() => false)
    ids.forEach((id, i) => {
      for (const [s, value] of prompts.get(id) ?? []) {
        values[s * size + i] = value
        present[s * size + i] = 1
        scored[s] = true
      }
    })
    grids.push({ size, values, present, scored })
  }
  return grids
}

/**
 * Student s's Avg with prompt weights (every prompt once for the data themselves): the mean over
 * the sets it was scored in of its weighted set mean. NaN when a set it has scores in drew none of
 * them in this resample (that resample says nothing about its Avg) or it has no score at all.
 */
function avgOf(grids: readonly SetGrid[], s: number, weights: readonly Float64Array[]): number {
  let total = 0
  let sets = 0
  for (let g = 0; g < grids.length; g++) {
    const grid = grids[g] as SetGrid
    if (!grid.scored[s]) continue
    const w = weights[g] as Float64Array
    const { values, present, size } = grid
    const offset = s * size
    let sum = 0
    let weight = 0
    for (let i = 0; i < size; i++) {
      const wi = w[i] as number
      sum += wi * (values[offset + i] as number)
      weight += wi * (present[offset + i] as number)
    }
    if (weight === 0) return Number.NaN
    total += sum / weight
    sets++
  }
  return sets === 0 ? Number.NaN : total / sets
}

function validDifferences(a: Float64Array, b: Float64Array): Float64Array {
  const out = new Float64Array(a.length)
  let n = 0
  for (let r = 0; r < a.length; r++) {
    const d = (a[r] as number) - (b[r] as number)
    if (!Number.isNaN(d)) out[n++] = d
  }
  return out.subarray(0, n)
}

function standardError(values: Float64Array): number {
  if (values.length < 2) return 0
  let sum = 0
  for (const value of values) sum += value
  const mean = sum / values.length
  let squares = 0
  for (const value of values) squares += (value - mean) * (value - mean)
  return Math.sqrt(squares / (values.length - 1))
}

/**
 * A difference with no spread at all is exact: 0 is "no difference" (p 1), anything else is
 * certain (p 0). Rounding in the resampled means leaves a spread of about 1e-16, not 0, so
 * "no spread" means below 1e-12 of the score scale.
 */
function normalP(diff: number, se: number): number {
  if (se < 1e-12) return Math.abs(diff) < 1e-12 ? 1 : 0
  return twoSidedNormalP(diff / se)
}

/** Rank = 1 + the number of students with a strictly higher Avg; resamples where any Avg is missing are skipped. */
function rankStability(
  students: readonly string[],
  present: readonly number[],
  observed: readonly number[],
  avgs: readonly Float64Array[],
  resamples: number,
): RseRankStability[] {
  const rankIn = (values: (s: number) => number, s: number) => 1 + present.filter((other) => values(other) > values(s)).length
  const kept = new Map(present.map((s) => [s, 0]))
  let counted = 0
  for (let r = 0; r < resamples; r++) {
    const value = (s: number) => (avgs[s] as Float64Array)[r] as number
    if (present.some((s) => Number.isNaN(value(s)))) continue
    counted++
    for (const s of present) if (rankIn(value, s) === rankIn((t) => observed[t] as number, s)) kept.set(s, (kept.get(s) as number) + 1)
  }
  return present.map((s) => ({
    studentId: students[s] as string,
    rank: rankIn((t) => observed[t] as number, s),
    keepsRank: counted === 0 ? 0 : (kept.get(s) as number) / counted,
  }))
}
