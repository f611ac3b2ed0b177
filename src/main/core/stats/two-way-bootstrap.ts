import { checkedOptions, percentileBounds, seedParts, type BootstrapOptions } from './bootstrap'
import { createIndexSampler, type IndexSampler } from './prng'
import { runToEnd, workMeter, type Steps } from './steps'
import { sampleStandardDeviation } from './summary'

/**
 * A templates x questions grid of 0/1 outcomes (an ICE run: METHOD.md 2.2, 20 x 50 in the paper),
 * row-major. NaN marks a cell with no outcome (never asked, or not judged): it is left out of both
 * the numerator and the denominator, in the data and in every resample.
 */
export interface CrossedMatrix {
  readonly templates: number
  readonly questions: number
  readonly cells: Float64Array
}

export interface ClusterInterval {
  /** The estimate on the data: mean of the cells that have an outcome. */
  readonly estimate: number
  readonly low: number
  readonly high: number
  /** Standard deviation of the bootstrap estimates. */
  readonly se: number
}

/** A grid from rows of 0/1 values; null or undefined cells have no outcome. */
export function crossedMatrix(rows: readonly (readonly (number | null | undefined)[])[]): CrossedMatrix {
  const templates = rows.length
  const questions = Math.max(0, ...rows.map((row) => row.length))
  const cells = new Float64Array(templates * questions).fill(Number.NaN)
  rows.forEach((row, t) =>
    row.forEach((value, q) => {
      if (value !== null && value !== undefined) cells[t * questions + q] = value
    }),
  )
  return { templates, questions, cells }
}

/**
 * Seeded two-way cluster ("pigeonhole", Owen 2007) percentile bootstrap for the mean of a crossed
 * design. Each resample draws T templates AND Q questions with replacement and takes the mean over
 * every selected (template, question) pair, a cell counted as often as its template times its
 * question was drawn. Why both: the rows share templates (a good jailbreak raises all 50 of its
 * answers) and questions (some identity questions trip every template), so they are not 1,000
 * independent draws, and a Wilson interval over rows is too narrow (issue 14).
 *
 * Its expected variance is s2_T/T + s2_Q/Q + s2_e/(TQ), the plug-in between-template,
 * between-question and residual variance components; with no clustering at all that is about
 * 3 sigma^2/(TQ), so the interval is then about sqrt(3) wider than Wilson's (mildly conservative).
 * Undefined when no cell has an outcome.
 */
export function twoWayClusterBootstrap(matrix: CrossedMatrix, options: BootstrapOptions = {}): ClusterInterval | undefined {
  return runToEnd(twoWayClusterBootstrapSteps(matrix, options))
}

/** `twoWayClusterBootstrap` with pause points between resamples (stats/steps). */
export function twoWayClusterBootstrapSteps(matrix: CrossedMatrix, options: BootstrapOptions = {}): Steps<ClusterInterval | undefined> {
  return twoWay([matrix], options, (sums) => sums[0] as number)
}

export interface DifferenceOptions extends BootstrapOptions {
  /**
   * Whether the two grids' template rows are the same templates. True (default): one resample of
   * templates and questions serves both. False: the questions are shared (the same resample for
   * both) but each model's templates are its own, as in two fuzzing runs that each made their own
   * mutants (the paper's logs), so each grid's templates are resampled independently.
   */
  readonly sharedTemplates?: boolean
}

/**
 * The same bootstrap for the difference a - b of two models asked the same questions (and, by
 * default, the same templates). Both means come from the same resample of what they share, so
 * what the two have in common (an easy question is easy for both) cancels out of the difference.
 */
export function twoWayClusterBootstrapDifference(a: CrossedMatrix, b: CrossedMatrix, options: DifferenceOptions = {}): ClusterInterval | undefined {
  const shared = options.sharedTemplates ?? true
  if (a.questions !== b.questions || (shared && a.templates !== b.templates))
    throw new RangeError(`difference needs the same grid: ${a.templates}x${a.questions} vs ${b.templates}x${b.questions}`)
  return runToEnd(twoWay([a, b], options, (means) => (means[0] as number) - (means[1] as number), !shared))
}

function* twoWay(
  matrices: readonly CrossedMatrix[],
  options: BootstrapOptions,
  combine: (means: readonly number[]) => number,
  ownTemplates = false,
): Steps<ClusterInterval | undefined> {
  const { resamples, confidence } = checkedOptions(options)
  const { questions } = matrices[0] as CrossedMatrix
  const parts = matrices.map(splitCells)
  const largest = Math.max(questions, ...matrices.map((matrix) => matrix.templates))
  const ones = new Float64Array(largest).fill(1)
  const means = parts.map((part, m) => weightedMean(part, (matrices[m] as CrossedMatrix).templates, questions, ones, ones))
  if (means.some(Number.isNaN)) return undefined
  const estimate = combine(means)
  const sampler = createIndexSampler(...seedParts(options.seed))
  // One template-weight array per grid when each has its own templates, else one shared by all.
  const templateWeights = matrices.map((matrix, m) => (ownTemplates || m === 0 ? new Float64Array(matrix.templates) : undefined))
  const questionWeights = new Float64Array(questions)
  const scratch = new Uint32Array(largest)
  const estimates = new Float64Array(resamples)
  let kept = 0
  const paused = workMeter()
  const cells = matrices.reduce((sum, matrix) => sum + matrix.cells.length, 0)
  for (let r = 0; r < resamples; r++) {
    if (paused(cells)) yield
    multiplicities(sampler, scratch, templateWeights[0] as Float64Array)
    multiplicities(sampler, scratch, questionWeights)
    for (const weights of templateWeights.slice(1)) if (weights) multiplicities(sampler, scratch, weights)
    const resampled = parts.map((part, m) =>
      weightedMean(part, (matrices[m] as CrossedMatrix).templates, questions, templateWeights[m] ?? (templateWeights[0] as Float64Array), questionWeights),
    )
    // A resample that drew only cells with no outcome has no mean; it is dropped, not counted as 0.
    if (resampled.some(Number.isNaN)) continue
    estimates[kept++] = combine(resampled)
  }
  yield
  if (kept === 0) return { estimate, low: estimate, high: estimate, se: 0 }
  const valid = estimates.subarray(0, kept)
  const se = sampleStandardDeviation(valid)
  return { estimate, ...percentileBounds(valid, confidence), se }
}

/** Values with NaN replaced by 0, and a 0/1 mask of the cells that have an outcome. */
function splitCells(matrix: CrossedMatrix): { values: Float64Array; present: Float64Array } {
  const values = new Float64Array(matrix.cells.length)
  const present = new Float64Array(matrix.cells.length)
  matrix.cells.forEach((cell, i) => {
    if (Number.isNaN(cell)) return
    values[i] = cell
    present[i] = 1
  })
  return { values, present }
}

/** How many times each index was drawn in n draws with replacement from n (into `counts`). */
function multiplicities(sampler: IndexSampler, scratch: Uint32Array, counts: Float64Array): void {
  const n = counts.length
  const draws = scratch.subarray(0, n)
  sampler.fill(draws, n)
  counts.fill(0)
  for (let i = 0; i < n; i++) (counts[draws[i] as number] as number)++
}

/**
 * sum_tq w_t v_q y_tq / sum_tq w_t v_q m_tq: O(T x Q) per resample whatever the multiplicities,
 * 1,000 cells for the paper's grid, so 10,000 resamples cost about 10 million multiply-adds.
 */
function weightedMean(
  part: { values: Float64Array; present: Float64Array },
  templates: number,
  questions: number,
  templateWeights: Float64Array,
  questionWeights: Float64Array,
): number {
  let numerator = 0
  let denominator = 0
  for (let t = 0; t < templates; t++) {
    const wt = templateWeights[t] as number
    if (wt === 0) continue
    let rowValues = 0
    let rowPresent = 0
    const offset = t * questions
    for (let q = 0; q < questions; q++) {
      const wq = questionWeights[q] as number
      rowValues += wq * (part.values[offset + q] as number)
      rowPresent += wq * (part.present[offset + q] as number)
    }
    numerator += wt * rowValues
    denominator += wt * rowPresent
  }
  return denominator > 0 ? numerator / denominator : Number.NaN
}
