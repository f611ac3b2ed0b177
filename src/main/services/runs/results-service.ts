import { AppError } from '../../../shared/contract/errors'
import { judgesOf } from '../../../shared/contract/judges-of'
import type { IceResults } from '../../../shared/contract/ice-results'
import type { RseItemRow, RseResults } from '../../../shared/contract/results'
import type { RseSpec, RunSpec } from '../../../shared/contract/run-spec'
import type { RunSummary } from '../../../shared/contract/runs'
import type { IceRunsRepo } from '../../core/evaluators/ice/ports'
import type { IceResultReads } from '../../core/evaluators/ice/ice-row-reads'
import { itemRowOf, type JudgmentKey, type RseResultReads } from '../../core/evaluators/rse/rse-item-rows'
import type { RseScoredJudgment } from '../../core/evaluators/rse/ports'
import { buildRseResultsSteps, type RseChecksRead } from '../../core/evaluators/rse/rse-results'
import type { RseChecksRepo } from '../../core/evaluators/rse/checks/ports'
import type { CallTotals, LlmCallsRepo } from '../../core/llm/call-records'
import { summaryOf, type RunRow, type RunsRepo } from '../../core/runs/ports'
import type { SliceOptions, Steps } from '../../core/stats/steps'
import type { ResultsCacheRepo } from '../../storage/repos/results-cache'
import type { RseItemCheckReads } from '../../storage/repos/rse-checks'
import type { SpecModelRegistry } from '../models/spec-models'
import { createIceRunQueries } from './ice-run-queries'
import { importedVersions, modelVersionsOf } from './model-versions'
import { createResultsStore } from './results-store'
import { specHasChecks, withItemChecks } from './rse-item-checks'

export interface ResultsServiceDeps {
  readonly runs: RunsRepo
  readonly ice: IceRunsRepo
  readonly rseReads: RseResultReads
  /** Issue 16's check judgements and further answers. */
  readonly rseChecks: Pick<RseChecksRepo, 'checkScores' | 'secondSamples'> & RseItemCheckReads
  readonly iceReads: IceResultReads
  readonly resultsCache: ResultsCacheRepo
  readonly calls: LlmCallsRepo
  readonly models: Pick<SpecModelRegistry, 'describe'>
  /** How results work is sliced, and who hears each slice's length (the bench and tests). */
  readonly slices?: SliceOptions
  /** How old a running run's results may get before a request starts newer ones. */
  readonly refreshMs?: number
  readonly now?: () => number
}

/** Judgements read per step while results are computed. */
const JUDGMENTS_PER_READ = 2000

/**
 * Reading what runs found: RSE and ICE results (computed once per state of a run and kept, in
 * slices that leave the event loop free: results-store), item and row pages (read a page at a time).
 */
export function createResultsService(deps: ResultsServiceDeps) {
  const mustGet = (id: string): RunRow => {
    const run = deps.runs.get(id)
    if (!run) throw new AppError('not_found', 'This run no longer exists.')
    return run
  }
  const modelName = (spec: RunSpec) => (alias: string) => {
    try {
      return deps.models.describe(spec.models[alias]!).model
    } catch {
      return alias
    }
  }
  /** What the providers reported; an imported run's come from its package. */
  const versionsOf = (run: RunRow) => importedVersions(run) ?? modelVersionsOf(run.id, run.spec, deps.calls.versions(run.id))
  /** Calls made for a run; an imported run made none here, so its package's totals stand. */
  const callsOf = (run: RunRow): CallTotals => (run.manifest.imported as { calls?: CallTotals } | undefined)?.calls ?? deps.calls.totals({ runId: run.id })
  /** The run's models that the Offline demo's simulator answered for, by display model name. */
  const simulatedOf = (run: RunRow): { simulatedModels?: string[] } => {
    const simulated = Object.values(run.spec.models).flatMap((model) => {
      try {
        const described = deps.models.describe(model)
        return described.simulated ? [described.model] : []
      } catch {
        return []
      }
    })
    return simulated.length ? { simulatedModels: [...new Set(simulated)] } : {}
  }
  /** Each model's display name by alias, for figures: a saved model's name, else the alias the spec gives it. */
  const displayNamesOf = (run: RunRow): { displayNames: Record<string, string> } => ({
    displayNames: Object.fromEntries(
      Object.entries(run.spec.models).map(([alias, model]) => {
        try {
          return [alias, deps.models.describe(model).displayName ?? alias]
        } catch {
          return [alias, alias]
        }
      }),
    ),
  })
  const ice = createIceRunQueries({ repo: deps.ice, reads: deps.iceReads, callsOf, mustGet, modelName })
  const rseRun = (id: string): RunRow => {
    const run = mustGet(id)
    if (run.kind !== 'rse') throw new AppError('invalid_input', 'This run is not an RSE run.')
    return run
  }
  /** Every judgement of the run (scores, not texts), read a page per step. */
  function* scoredJudgments(runId: string): Steps<RseScoredJudgment[]> {
    const all: RseScoredJudgment[] = []
    let after: JudgmentKey | undefined
    for (;;) {
      const page = deps.rseReads.scoredJudgments(runId, after, JUDGMENTS_PER_READ)
      all.push(...page)
      const last = page.at(-1)
      if (!last || page.length < JUDGMENTS_PER_READ) return all
      after = [last.studentAlias, last.setName, last.itemId, last.judgeAlias]
      yield
    }
  }
  /** What issue 16's results read beside the judgements, for a spec that asked for any of its checks. */
  const checksOf = (run: RunRow): RseChecksRead | undefined => {
    const spec = run.spec as RseSpec
    if (!specHasChecks(spec)) return undefined
    return {
      scores: deps.rseChecks.checkScores(run.id),
      secondSamples: deps.rseChecks.secondSamples(run.id, spec.reference),
      referenceGreedy: temperatureOf(run.spec, spec.reference) === 0,
    }
  }
  const temperatureOf = (spec: RunSpec, alias: string): number | undefined => {
    try {
      return deps.models.describe(spec.models[alias]!).temperature
    } catch {
      return undefined
    }
  }
  const store = { cache: deps.resultsCache, slices: deps.slices, refreshMs: deps.refreshMs, now: deps.now }
  const rseStore = createResultsStore<RseResults>({
    ...store,
    kind: 'rse',
    *steps(run) {
      const judgments = yield* scoredJudgments(run.id)
      const results = yield* buildRseResultsSteps(run, judgments, modelName(run.spec), callsOf(run), checksOf(run))
      return { ...results, modelVersions: versionsOf(run), ...simulatedOf(run), ...displayNamesOf(run) }
    },
  })
  const iceStore = createResultsStore<IceResults>({
    ...store,
    kind: 'ice',
    *steps(run) {
      return { ...(yield* ice.iceResultsSteps(run)), modelVersions: versionsOf(run), ...simulatedOf(run), ...displayNamesOf(run) }
    },
  })

  return {
    mustGet,
    callsOf,
    versionsOf,
    list: (): RunSummary[] => deps.runs.list().map(summaryOf),
    iceRows: ice.iceRows,
    iceTree: ice.iceTree,
    iceTemplate: ice.iceTemplate,
    /** The run's ICE results: kept ones at once, else computed without blocking the event loop. */
    iceResults: async (id: string): Promise<IceResults> => iceStore.get(ice.iceRun(id)),
    rseResults: async (id: string): Promise<RseResults> => rseStore.get(rseRun(id)),
    /** The same, synchronously (exports): kept results, else computed in one go. */
    iceResultsNow: (id: string): IceResults => iceStore.getNow(ice.iceRun(id)),
    rseResultsNow: (id: string): RseResults => rseStore.getNow(rseRun(id)),
    /** What exports read (export/load-sources): the synchronous forms. */
    forExport: {
      list: (): RunSummary[] => deps.runs.list().map(summaryOf),
      rseResults: (id: string): RseResults => rseStore.getNow(rseRun(id)),
      iceResults: (id: string): IceResults => iceStore.getNow(ice.iceRun(id)),
    },
    /**
     * Forgets a run's computed results, kept or stored, so the next look computes them from what is
     * stored now. Whatever changes results without changing the run's status calls it (a re-judge,
     * human ratings, calibration); a change of status needs nothing (results are kept per statusSeq).
     */
    invalidateResults(runId: string): void {
      rseStore.invalidate(runId)
      iceStore.invalidate(runId)
    },
    /**
     * One page of an RSE run's item rows, filtered and counted in SQL; with `checks`, each row also
     * carries its further samples and check judgements (issue 16), read for that row's item alone.
     */
    rseItems(
      id: string,
      filter: { student?: string; set?: string; onlyFailed: boolean; offset: number; limit: number; checks?: boolean },
    ): { total: number; rows: RseItemRow[] } {
      const spec = rseRun(id).spec as RseSpec
      const students = filter.student ? spec.students.filter((alias) => alias === filter.student) : spec.students
      const judges = judgesOf(spec)
      const query = { reference: spec.reference, students, judges, set: filter.set, onlyFailed: filter.onlyFailed }
      const rows = deps.rseReads.itemPage(id, { ...query, offset: filter.offset, limit: filter.limit }).map((part) => itemRowOf(part, judges))
      return {
        total: deps.rseReads.itemCount(id, query),
        rows: filter.checks && specHasChecks(spec) ? rows.map((row) => withItemChecks(row, deps.rseChecks, id, spec.reference, judges)) : rows,
      }
    },
  }
}

export type ResultsService = ReturnType<typeof createResultsService>
