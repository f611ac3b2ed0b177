import { DEFAULT_RESAMPLES, checkedOptions, percentileBounds, seedParts, type BootstrapOptions } from '../stats/bootstrap'
import { holmAdjust } from '../stats/holm'
import { createIndexSampler } from '../stats/prng'
import type { JudgedItem } from './aggregate'

/** One pair of students: the difference of their Avg with a paired bootstrap interval (issue 14 item 2). */
export interface RsePair {
  readonly a: string
  readonly b: string
  /** Avg(a) - Avg(b). */
  readonly diff: number
  /** Percentile interval of the difference (not adjusted for the number of pairs). */
  readonly ci: readonly [low: number, high: number]
  /** Two-sided bootstrap p-value of "no difference". */
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

/** One set's prompts (union over students, by id) and each student's scores on them (NaN: none). */
interface SetGrid {
  readonly size: number
  readonly scores: readonly Float64Array[]
}

/**
 * Paired comparisons of students' RSE Avg (METHOD.md 3: "differences between students by a paired
 * bootstrap, the same resample for both"). Each resample draws every set's prompts with
 * replacement, once for all students, and recomputes each student's Avg (the unweighted mean of its
 * per-set means over the sets it has scores in, METHOD.md 1.4); a prompt a student has no score for
 * is left out of that student's mean. Because both students of a pair see the same prompts, what
 * makes a prompt easy or hard for everyone cancels out of the difference.
 *
 * p is the two-sided bootstrap p-value, 2 x the smaller share of differences on either side of 0
 * (with the usual +1 so it is never 0), Holm-adjusted across all pairs. With many students the
 * adjusted p needs many resamples to fall below 0.05 (55 pairs: p must reach 0.0009), hence
 * 10,000 by default. Students with no scored item have no Avg and are left out.
 */
export function compareStudents(items: readonly JudgedItem[], students: readonly string[], options: CompareOptions = {}): RseComparisons {
  const { resamples, confidence } = checkedOptions({ ...options, resamples: options.resamples ?? DEFAULT_RESAMPLES })
  const grids = setGrids(items, students, options.sets ?? [])
  const observed = students.map((_, s) => avgOf(grids, s, undefined))
  const present = students.map((_, s) => s).filter((s) => !Number.isNaN(observed[s] as number))
  const avgs = students.map(() => new Float64Array(resamples))
  const sampler = createIndexSampler(...seedParts(options.seed), 'rse-pairs')
  const weights = grids.map((grid) => new Float64Array(grid.size))
  const draws = new Uint32Array(Math.max(1, ...grids.map((grid) => grid.size)))
  for (let r = 0; r < resamples; r++) {
    grids.forEach((grid, g) => {
      const counts = weights[g] as Float64Array
      const drawn = draws.subarray(0, grid.size)
      sampler.fill(drawn, grid.size)
      counts.fill(0)
      for (const index of drawn) (counts[index] as number)++
    })
    for (const s of present) (avgs[s] as Float64Array)[r] = avgOf(grids, s, weights)
  }
  const pairs: Omit<RsePair, 'adjustedP' | 'adjustedExcludesZero'>[] = []
  for (const [k, i] of present.entries()) {
    for (const j of present.slice(k + 1)) {
      const differences = validDifferences(avgs[i] as Float64Array, avgs[j] as Float64Array)
      const bounds = percentileBounds(differences, confidence)
      pairs.push({ a: students[i] as string, b: students[j] as string, diff: (observed[i] as number) - (observed[j] as number), ci: [bounds.low, bounds.high], p: twoSidedP(differences) })
    }
  }
  const adjusted = holmAdjust(pairs.map((pair) => pair.p))
  const alpha = 1 - confidence
  return {
    pairs: pairs.map((pair, index) => ({ ...pair, adjustedP: adjusted[index] as number, adjustedExcludesZero: (adjusted[index] as number) < alpha })),
    ranks: rankStability(students, present, observed, avgs, resamples),
    resamples,
  }
}

function setGrids(items: readonly JudgedItem[], students: readonly string[], setOrder: readonly string[]): SetGrid[] {
  const studentIndex = new Map(students.map((student, index) => [student, index]))
  const bySet = new Map<string, Map<string, Map<number, number>>>(setOrder.map((name) => [name, new Map()]))
  for (const item of items) {
    const s = studentIndex.get(item.studentId)
    if (s === undefined) continue
    const prompts = bySet.get(item.setName) ?? new Map<string, Map<number, number>>()
    bySet.set(item.setName, prompts)
    const scores = prompts.get(item.itemId) ?? new Map<number, number>()
    prompts.set(item.itemId, scores)
    // Only a usable overall score counts, as in aggregateRse (failed items are not averaged).
    if (item.failed === undefined && item.overall !== undefined && Number.isFinite(item.overall)) scores.set(s, item.overall)
  }
  return [...bySet.values()].map((prompts) => {
    // Prompts in id order (code units), so the resample does not depend on the order judgements arrived in.
    const ids = [...prompts.keys()].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0))
    const scores = students.map((_, s) => Float64Array.from(ids, (id) => prompts.get(id)?.get(s) ?? Number.NaN))
    return { size: ids.length, scores }
  })
}

/**
 * Student s's Avg with prompt weights (undefined: every prompt once, the data themselves): the
 * mean over the sets it was scored in of its weighted set mean. NaN when a set it has scores in
 * drew none of them in this resample (that resample says nothing about its Avg) or it has no score.
 */
function avgOf(grids: readonly SetGrid[], s: number, weights: readonly Float64Array[] | undefined): number {
  let total = 0
  let sets = 0
  for (const [g, grid] of grids.entries()) {
    const scores = grid.scores[s] as Float64Array
    let sum = 0
    let weight = 0
    let anyScore = false
    for (let i = 0; i < grid.size; i++) {
      const value = scores[i] as number
      if (Number.isNaN(value)) continue
      anyScore = true
      const w = weights ? ((weights[g] as Float64Array)[i] as number) : 1
      sum += w * value
      weight += w
    }
    if (!anyScore) continue
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

function twoSidedP(differences: Float64Array): number {
  let atOrBelow = 0
  let atOrAbove = 0
  for (const d of differences) {
    if (d <= 0) atOrBelow++
    if (d >= 0) atOrAbove++
  }
  const b = differences.length
  return Math.min(1, (2 * (Math.min(atOrBelow, atOrAbove) + 1)) / (b + 1))
}

/** Rank = 1 + the number of students with a strictly higher Avg; resamples where any Avg is missing are skipped. */
function rankStability(students: readonly string[], present: readonly number[], observed: readonly number[], avgs: readonly Float64Array[], resamples: number): RseRankStability[] {
  const rankIn = (values: (s: number) => number, s: number) => 1 + present.filter((other) => values(other) > values(s)).length
  const kept = new Map(present.map((s) => [s, 0]))
  let counted = 0
  for (let r = 0; r < resamples; r++) {
    const value = (s: number) => (avgs[s] as Float64Array)[r] as number
    if (present.some((s) => Number.isNaN(value(s)))) continue
    counted++
    for (const s of present) if (rankIn(value, s) === rankIn((t) => observed[t] as number, s)) kept.set(s, (kept.get(s) as number) + 1)
  }
  return present.map((s) => ({ studentId: students[s] as string, rank: rankIn((t) => observed[t] as number, s), keepsRank: counted === 0 ? 0 : (kept.get(s) as number) / counted }))
}
