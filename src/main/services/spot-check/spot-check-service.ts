import { AppError } from '../../../shared/contract/errors'
import { judgesOf } from '../../../shared/contract/judges-of'
import type { SpotCheckAgreement, SpotCheckItem, SpotCheckSample, SpotCheckSummary } from '../../../shared/contract/spot-check'
import { sampleWithSeed } from '../../core/evaluators/rse/import/sampling'
import type { RunRow, RunsRepo } from '../../core/runs/ports'
import { panelRating, personAgreement, type RatedPair } from '../../core/spot-check/person-agreement'
import type { HumanRatingsRepo } from '../../storage/repos/human-ratings'
import type { JudgeRating, SpotCheckReads } from '../../storage/repos/spot-check-reads'

export interface SpotCheckDeps {
  readonly runs: Pick<RunsRepo, 'get'>
  readonly reads: SpotCheckReads
  readonly ratings: HumanRatingsRepo
  /** The model id each alias of a run's spec calls, for the summary's labels. */
  modelOf(run: RunRow, alias: string): string | undefined
  /** Whether a session of the run is under way: its items are still changing. */
  isActive(runId: string): boolean
  now?: () => Date
}

const RATING_RANGE = { rse: [1, 5], ice: [0, 1] } as const

/**
 * "Rate items yourself" (issue 13 item 6): a seeded sample of a finished run's judged items, shown
 * without verdicts; the person's ratings are kept with the run, and each judge (and the panel) is
 * measured against them.
 */
export function createSpotCheckService(deps: SpotCheckDeps) {
  const now = deps.now ?? (() => new Date())

  function finishedRun(runId: string): RunRow {
    const run = deps.runs.get(runId)
    if (!run) throw new AppError('not_found', 'This run no longer exists.')
    if (deps.isActive(runId) || run.status === 'running' || run.status === 'pending')
      throw new AppError('conflict', 'This run is still going: rate its items once it has stopped, so the sample does not change under you.')
    return run
  }

  const candidatesOf = (run: RunRow) => (run.spec.kind === 'rse' ? deps.reads.rseCandidates(run.id) : deps.reads.iceCandidates(run.id))

  /** Whether the spot check could have drawn this item: read for the one key, not by listing every candidate. */
  function isCandidate(run: RunRow, key: string): boolean {
    try {
      if (run.spec.kind === 'rse') return deps.reads.rseJudgeRatings(run.id, key).some((rating) => rating.rating !== undefined)
      return deps.reads.iceTexts(run.id, key) !== undefined
    } catch {
      return false // a key that is not one of ours (the reads refuse it)
    }
  }

  function itemOf(run: RunRow, key: string, position: number, rating: number | undefined): SpotCheckItem {
    const base = { key, position, ...(rating !== undefined ? { rating } : {}) }
    if (run.spec.kind === 'rse') {
      const texts = deps.reads.rseTexts(run.id, key, run.spec.reference)
      if (!texts) throw new AppError('not_found', 'An item of the sample has lost its stored texts.')
      return { ...base, rse: texts }
    }
    const texts = deps.reads.iceTexts(run.id, key)
    if (!texts) throw new AppError('not_found', 'An answer of the sample has lost its stored text.')
    return { ...base, ice: texts }
  }

  const judgeRatings = (run: RunRow, key: string): JudgeRating[] =>
    run.spec.kind === 'rse' ? deps.reads.rseJudgeRatings(run.id, key) : deps.reads.iceJudgeRatings(run.id, key, judgesOf(run.spec)[0] ?? 'judge')

  function summaryOf(run: RunRow): SpotCheckSummary {
    const kind = run.spec.kind
    const ratings = deps.ratings.list(run.id)
    const judges = judgesOf(run.spec)
    const pairs = new Map<string, RatedPair[]>([...judges, 'panel'].map((judge) => [judge, []]))
    for (const { itemKey, rating } of ratings) {
      const byJudge = judgeRatings(run, itemKey)
      for (const { judge, rating: judged } of byJudge) if (judged !== undefined) pairs.get(judge)?.push({ person: rating, judge: judged })
      const panel = panelRating(
        kind,
        byJudge.map((found) => found.rating),
      )
      if (panel !== undefined && judges.length > 1) pairs.get('panel')!.push({ person: rating, judge: panel })
    }
    const agreement = (judge: string): SpotCheckAgreement => {
      const model = judge === 'panel' ? undefined : deps.modelOf(run, judge)
      return { judge, ...(model ? { model } : {}), ...personAgreement(kind, pairs.get(judge) ?? [], run.spec.seed) }
    }
    return { runId: run.id, kind, rated: ratings.length, agreements: [...judges.map(agreement), ...(judges.length > 1 ? [agreement('panel')] : [])] }
  }

  return {
    sample(runId: string, count: number, seed: number): SpotCheckSample {
      const run = finishedRun(runId)
      const candidates = candidatesOf(run)
      const keys = sampleWithSeed(candidates, Math.min(count, candidates.length), seed)
      const rated = new Map(deps.ratings.list(runId).map((rating) => [rating.itemKey, rating.rating]))
      return {
        runId,
        kind: run.spec.kind,
        seed,
        available: candidates.length,
        items: keys.map((key, index) => itemOf(run, key, index + 1, rated.get(key))),
      }
    },
    rate(runId: string, key: string, rating: number | null): SpotCheckSummary {
      const run = finishedRun(runId)
      if (!isCandidate(run, key)) throw new AppError('invalid_input', 'This item is not one the spot check can rate in this run.')
      if (rating === null) deps.ratings.remove(runId, key)
      else {
        const [low, high] = RATING_RANGE[run.spec.kind]
        if (rating < low || rating > high)
          throw new AppError('invalid_input', run.spec.kind === 'rse' ? 'Rate the answers from 1 to 5.' : 'Say 1 (a different identity) or 0 (none).')
        deps.ratings.put(runId, { itemKey: key, rating, ratedAt: now().toISOString() })
      }
      return summaryOf(run)
    },
    summary(runId: string): SpotCheckSummary {
      const run = deps.runs.get(runId)
      if (!run) throw new AppError('not_found', 'This run no longer exists.')
      return summaryOf(run)
    },
  }
}

export type SpotCheckService = ReturnType<typeof createSpotCheckService>
