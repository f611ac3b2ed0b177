import { AppError } from '../../../shared/contract/errors'
import type { IceResults } from '../../../shared/contract/ice-results'
import type { RseItemRow, RseResults } from '../../../shared/contract/results'
import type { RseSpec, RunSpec } from '../../../shared/contract/run-spec'
import type { RunSummary } from '../../../shared/contract/runs'
import type { IceRunsRepo } from '../../core/evaluators/ice/ports'
import type { RseResultsRepo } from '../../core/evaluators/rse/ports'
import { buildRseItemRows, buildRseResults } from '../../core/evaluators/rse/rse-results'
import type { CallTotals, LlmCallsRepo } from '../../core/llm/call-records'
import { summaryOf, type RunRow, type RunsRepo } from '../../core/runs/ports'
import type { SpecModelRegistry } from '../models/spec-models'
import { createIceRunQueries } from './ice-run-queries'
import { importedVersions, modelVersionsOf } from './model-versions'
import { createResultsMemo } from './results-memo'

export interface ResultsServiceDeps {
  readonly runs: RunsRepo
  readonly rse: RseResultsRepo
  readonly ice: IceRunsRepo
  readonly calls: LlmCallsRepo
  readonly models: Pick<SpecModelRegistry, 'describe'>
}

/** Reading what runs found: RSE and ICE results (kept until the run changes), item and row pages. */
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
  const ice = createIceRunQueries({ repo: deps.ice, callsOf, mustGet, modelName })
  const rseMemo = createResultsMemo<RseResults>()
  const iceMemo = createResultsMemo<IceResults>()

  return {
    mustGet,
    callsOf,
    versionsOf,
    list: (): RunSummary[] => deps.runs.list().map(summaryOf),
    iceRows: ice.iceRows,
    iceTemplate: ice.iceTemplate,
    iceResults(id: string): IceResults {
      const run = mustGet(id)
      return iceMemo.get(run, () => ({ ...ice.iceResults(id), modelVersions: versionsOf(run), ...simulatedOf(run), ...displayNamesOf(run) }))
    },
    rseResults(id: string): RseResults {
      const run = mustGet(id)
      if (run.kind !== 'rse') throw new AppError('invalid_input', 'This run is not an RSE run.')
      return rseMemo.get(run, () => ({
        ...buildRseResults(run, deps.rse.judgments(id), modelName(run.spec), callsOf(run)),
        modelVersions: versionsOf(run),
        ...simulatedOf(run),
        ...displayNamesOf(run),
      }))
    },
    rseItems(
      id: string,
      filter: { student?: string; set?: string; onlyFailed: boolean; offset: number; limit: number },
    ): { total: number; rows: RseItemRow[] } {
      const run = mustGet(id)
      const spec = run.spec as RseSpec
      const students = filter.student ? spec.students.filter((alias) => alias === filter.student) : spec.students
      let rows = buildRseItemRows(deps.rse.items(id), deps.rse.answers(id), deps.rse.judgments(id), spec.reference, students)
      if (filter.set) rows = rows.filter((row) => row.setName === filter.set)
      if (filter.onlyFailed) rows = rows.filter((row) => row.judgment?.failedReason !== undefined || row.judgment === undefined)
      return { total: rows.length, rows: rows.slice(filter.offset, filter.offset + filter.limit) }
    },
  }
}

export type ResultsService = ReturnType<typeof createResultsService>
