import { bootstrapMeanCISteps, type BootstrapOptions } from '../../stats/bootstrap'
import type { SeedPart } from '../../stats/prng'
import { runToEnd, type Steps } from '../../stats/steps'
import { bootstrapCommonDrawsSteps, meanOfResampledMeans, type SharedDrawsResult } from '../../stats/shared-draws-bootstrap'
import { ASPECTS, type Aspect } from './parse/fields'
import { groupItems, type ItemGroup, type JudgedItem } from './group-items'
import { meanOrUndefined } from '../../stats/summary'

export type { JudgedItem } from './group-items'

export type AspectMeans = Readonly<Record<Aspect, number | undefined>>

export interface RseSetSummary {
  readonly name: string
  /** Mean overall score of the scored items (METHOD.md 1.3); undefined when none was scored. */
  readonly mean: number | undefined
  /** Items scored. */
  readonly n: number
  /** Items whose judge reply could not be used (METHOD.md 1.3: shown beside every mean). */
  readonly failed: number
  /** Why they failed, most common first. */
  readonly failures: readonly { readonly reason: string; readonly count: number }[]
  /** Percentile bootstrap interval of the mean (METHOD.md 3); undefined with no scored item. */
  readonly ci: readonly [low: number, high: number] | undefined
  /** Mean of each aspect (0-2) over the scored items that gave it. */
  readonly aspects: AspectMeans
  /** Percentile bootstrap interval of each aspect mean; absent for an aspect no item gave. */
  readonly aspectCis: Readonly<Partial<Record<Aspect, { readonly low: number; readonly high: number }>>>
  /** False for a set with no scored item: it has no mean, so it cannot enter Avg. */
  readonly inAvg: boolean
}

export interface RseStudentSummary {
  readonly studentId: string
  /** 'definitional' for the reference against itself: 5 by definition, nothing measured. */
  readonly kind: 'measured' | 'definitional'
  readonly sets: readonly RseSetSummary[]
  /** Unweighted mean of the per-set means (METHOD.md 1.4); undefined when no set has a score. */
  readonly avg: number | undefined
  readonly avgCi: readonly [low: number, high: number] | undefined
  /** Sets left out of Avg because none of their items was scored; show them flagged. */
  readonly excludedSets: readonly string[]
}

const ASPECT_RESAMPLES = 2000

export interface AggregateOptions {
  /** Seed for every bootstrap; each set (and each aspect some items lack) gets its own streams derived from it. */
  readonly seed?: SeedPart
  readonly resamples?: number
  readonly confidence?: number
  /** Set names in display order; listed sets with no items at all still appear (excluded from Avg). */
  readonly sets?: readonly string[]
}

/**
 * RSE per student (METHOD.md 1.3-1.4): per set the mean overall score of the scored items with n,
 * failures, a bootstrap interval and aspect means; then Avg, the unweighted mean of the per-set
 * means, with a bootstrap interval that resamples each set independently (stats/shared-draws-bootstrap).
 *
 * Deterministic: items are ordered by id within a set before resampling. The students with the
 * same number n of scored items in a set read the same index draws (common random numbers, issue
 * 17: one student's drawing cost for all of them), from a stream derived from (seed, set, n) alone;
 * only the marginal distribution of a student's draws matters to its percentile interval, so each
 * interval is the percentile bootstrap of that student's own n items, and depends only on its
 * values, the seed, the set and n: neither the order judgements finished in nor which other students
 * are in the table changes anyone's interval. An aspect some items lack draws on its own stream,
 * derived from (seed, student, set, aspect).
 */
export function aggregateRse(items: readonly JudgedItem[], options: AggregateOptions = {}): RseStudentSummary[] {
  return runToEnd(aggregateRseSteps(items, options))
}

/** `aggregateRse` with pause points inside its bootstraps (stats/steps). */
export function* aggregateRseSteps(items: readonly JudgedItem[], options: AggregateOptions = {}): Steps<RseStudentSummary[]> {
  const grouped = yield* groupItems(items, options.sets ?? [])
  const resampled = yield* resampleSets(grouped, options)
  const students: RseStudentSummary[] = []
  for (const { studentId, sets } of grouped) students.push(yield* summarizeStudent(studentId, sets, resampled, options))
  return students
}

// 2,000 resamples give the aspects' 95% ends to about 0.01 on the 0-2 scale, enough for a secondary view.
const aspectResamples = (options: AggregateOptions) => Math.min(options.resamples ?? ASPECT_RESAMPLES, ASPECT_RESAMPLES)

/** The aspects every scored item of the group gave: they are resampled on the overall score's draws. */
const alignedAspects = (group: ItemGroup) => ASPECTS.filter((aspect) => group.aspects[aspect].length === group.scores.length)

/**
 * Every student's overall-score bootstrap in every set, with the aligned aspects as companions: per
 * set, the students with the same n share one stream of draws, seeded by (seed, set, n) alone (see
 * `aggregateRse`). Holds one array of resample means (10,000 floats by default) per student and
 * set, for Avg, never the draws themselves.
 */
function* resampleSets(students: readonly { sets: readonly ItemGroup[] }[], options: AggregateOptions): Steps<Map<ItemGroup, SharedDrawsResult>> {
  const bySetAndSize = new Map<string, Map<number, ItemGroup[]>>()
  for (const { sets } of students)
    for (const group of sets) {
      const bySize = bySetAndSize.get(group.name) ?? new Map<number, ItemGroup[]>()
      bySetAndSize.set(group.name, bySize)
      const sameSize = bySize.get(group.scores.length) ?? []
      bySize.set(group.scores.length, sameSize)
      sameSize.push(group)
    }
  const resampled = new Map<ItemGroup, SharedDrawsResult>()
  const companionResamples = aspectResamples(options)
  for (const [name, bySize] of bySetAndSize)
    for (const [n, groups] of bySize) {
      const series = groups.map((group) => ({
        values: group.scores,
        companions: alignedAspects(group).map((aspect) => ({ values: group.aspects[aspect], resamples: companionResamples })),
      }))
      const seed = [options.seed ?? 0, 'rse-set', name, n]
      const results = yield* bootstrapCommonDrawsSteps(series, { resamples: options.resamples, confidence: options.confidence, seed })
      results.forEach((result, i) => {
        if (result) resampled.set(groups[i] as ItemGroup, result)
      })
    }
  return resampled
}

function* summarizeStudent(
  studentId: string,
  groups: readonly ItemGroup[],
  resampledSets: ReadonlyMap<ItemGroup, SharedDrawsResult>,
  options: AggregateOptions,
): Steps<RseStudentSummary> {
  const aspectBase = { resamples: aspectResamples(options), confidence: options.confidence } satisfies BootstrapOptions
  const sets: RseSetSummary[] = []
  const resampled = new Map<string, SharedDrawsResult>()
  for (const group of groups) {
    const draws = resampledSets.get(group)
    sets.push(
      yield* summarizeSet(group, draws, (aspect) => ({
        ...aspectBase,
        seed: [options.seed ?? 0, 'rse-aspect', studentId, group.name, aspect],
      })),
    )
    if (draws) resampled.set(group.name, draws)
  }
  // Avg's interval is read off the sets' own resamples (stats/shared-draws-bootstrap): each set
  // resampled independently, as the stratified bootstrap does, with no draws of its own; with one
  // set it is that set's interval exactly. Summed in name order, so Avg is the same to the last bit
  // whichever order the sets are listed in.
  const names = [...resampled.keys()].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0))
  const avg = meanOfResampledMeans(
    names.map((name) => resampled.get(name) as SharedDrawsResult),
    options.confidence,
  )
  return {
    studentId,
    kind: 'measured',
    sets,
    avg: avg?.mean,
    avgCi: avg === undefined ? undefined : [avg.low, avg.high],
    excludedSets: sets.filter((set) => !set.inAvg).map((set) => set.name),
  }
}

/**
 * One set: its mean and interval, and its aspects', given its overall-score bootstrap (`draws`,
 * from `resampleSets`). An aspect every scored item gave was resampled on the overall score's
 * draws (a tenth of the cost of drawing its own); one some items lack is resampled here over the
 * items that gave it, with its own draws.
 */
function* summarizeSet(group: ItemGroup, draws: SharedDrawsResult | undefined, aspectOptions: (aspect: Aspect) => BootstrapOptions): Steps<RseSetSummary> {
  const aligned = alignedAspects(group)
  const aspectCis: Partial<Record<Aspect, { low: number; high: number }>> = {}
  for (const aspect of ASPECTS) {
    const shared = aligned.indexOf(aspect)
    const ci = shared >= 0 ? draws?.companions[shared] : yield* bootstrapMeanCISteps(group.aspects[aspect], aspectOptions(aspect))
    if (ci) aspectCis[aspect] = { low: ci.low, high: ci.high }
  }
  const failures = [...group.failures.entries()]
    .map(([reason, count]) => ({ reason, count }))
    .sort((a, b) => b.count - a.count || (a.reason < b.reason ? -1 : 1))
  const interval = draws?.interval
  const summary: RseSetSummary = {
    name: group.name,
    mean: interval?.mean,
    n: group.scores.length,
    failed: group.failed,
    failures,
    ci: interval === undefined ? undefined : [interval.low, interval.high],
    aspects: {
      style: meanOrUndefined(group.aspects.style),
      structure: meanOrUndefined(group.aspects.structure),
      content: meanOrUndefined(group.aspects.content),
    },
    aspectCis,
    inAvg: interval !== undefined,
  }
  return summary
}

/**
 * The reference model against itself: 5.000 in every set and in Avg by definition (METHOD.md 1.4),
 * with no interval and no items, marked 'definitional' so the UI never presents it as measured. A
 * measured self-similarity (a second sample of the reference) is an ordinary `aggregateRse` row.
 */
export function referenceSelfRow(referenceId: string, setNames: readonly string[]): RseStudentSummary {
  const sets = setNames.map((name): RseSetSummary => ({
    name,
    mean: 5,
    n: 0,
    failed: 0,
    failures: [],
    ci: undefined,
    aspects: { style: 2, structure: 2, content: 2 },
    aspectCis: {},
    inAvg: true,
  }))
  return { studentId: referenceId, kind: 'definitional', sets, avg: 5, avgCi: undefined, excludedSets: [] }
}
