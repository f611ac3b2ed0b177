import { AppError } from '../../../shared/contract/errors'
import type { IceAttackRowView, IceResults, IceTemplateTree } from '../../../shared/contract/ice-results'
import type { IceSpec } from '../../../shared/contract/ice-spec'
import type { IceAttackRow } from '../../core/evaluators/ice'
import { buildIceResultsSteps, iceRowView, templateTree, type IceRowFilter } from '../../core/evaluators/ice/ice-results'
import { replicateCount, replicateSeed } from '../../core/evaluators/ice/replicates'
import { breakdownSteps, templateKeyOf } from '../../core/evaluators/ice/scores/ice-scores'
import type { IceResultReads, IceRowKey } from '../../core/evaluators/ice/ice-row-reads'
import type { IceRunsRepo } from '../../core/evaluators/ice/ports'
import type { CallTotals } from '../../core/llm/call-records'
import type { RunRow } from '../../core/runs/ports'
import { runToEnd, type Steps } from '../../core/stats/steps'

export interface IceRunQueryDeps {
  readonly repo: IceRunsRepo
  readonly reads: IceResultReads
  /** The run's call totals (an imported run's come from its package). */
  callsOf(run: RunRow): CallTotals
  mustGet(id: string): RunRow
  modelName(spec: IceSpec): (alias: string) => string
}

/** Rows read per step while results are computed: a page parses in a few milliseconds. */
const ROWS_PER_READ = 1000

/** Reading an ICE run: its scores, its attack rows page by page, one template's text. */
export function createIceRunQueries(deps: IceRunQueryDeps) {
  const iceRun = (id: string): RunRow => {
    const run = deps.mustGet(id)
    if (run.kind !== 'ice') throw new AppError('invalid_input', 'This run is not an ICE run.')
    return run
  }
  /** Every row of the run, read a page per step so no single read holds the event loop long. */
  function* allRows(runId: string): Steps<IceAttackRow[]> {
    const rows: IceAttackRow[] = []
    let after: IceRowKey | undefined
    for (;;) {
      const page = deps.reads.rowsAfter(runId, after, ROWS_PER_READ)
      for (const { row } of page) rows.push(row)
      if (page.length < ROWS_PER_READ) return rows
      after = page.at(-1)?.key
      yield
    }
  }
  /** The run's spec, once `replicate` (default 0) is known to be one of its replicates. */
  const replicateSpec = (id: string, replicate: number | undefined): IceSpec => {
    const spec = iceRun(id).spec as IceSpec
    const count = replicateCount(spec)
    if (replicate !== undefined && replicate >= count) {
      const numbered = count === 1 ? 'its one replicate is numbered 0' : `its ${count} replicates are numbered 0 to ${count - 1}`
      throw new AppError('invalid_input', `This run has no replicate ${replicate}: ${numbered}.`)
    }
    return spec
  }
  /** One replicate's rows, in display order, a page per read. */
  const replicateRows = (id: string, replicate: number, keywords: readonly string[]): IceAttackRow[] => {
    const rows: IceAttackRow[] = []
    for (;;) {
      const page = deps.reads.rowPage(id, { only: 'all', replicate, keywords, offset: rows.length, limit: ROWS_PER_READ })
      rows.push(...page)
      if (page.length < ROWS_PER_READ) return rows
    }
  }
  return {
    iceRun,
    /** The run's scores, with pause points between reads and inside the bootstraps (stats/steps). */
    *iceResultsSteps(run: RunRow): Steps<IceResults> {
      const rows = yield* allRows(run.id)
      const states = deps.repo.states(run.id)
      const own = states.find((state) => state.replicate === 0)
      const state = own && { stopReason: own.stopReason, iterations: own.iterations }
      const data = { inputs: deps.repo.inputs(run.id), nodes: deps.repo.nodes(run.id), rows, state, states }
      yield
      return yield* buildIceResultsSteps(run, data, deps.modelName(run.spec as IceSpec), deps.callsOf(run))
    },
    /** One page of rows, filtered and counted in SQL. */
    iceRows(id: string, filter: IceRowFilter & { offset: number; limit: number }): { total: number; rows: IceAttackRowView[] } {
      replicateSpec(id, filter.replicate)
      const keywords = deps.repo.inputs(id)?.keywords ?? []
      const query = { ...filter, keywords }
      return { total: deps.reads.rowCount(id, query), rows: deps.reads.rowPage(id, query).map((row) => iceRowView(row, keywords)) }
    },
    /**
     * One replicate's template tree (issue 16), each template scored as the results score it (same
     * interval seeds), so replicate 0's is exactly the results' `templates`.
     */
    iceTree(id: string, replicate = 0): IceTemplateTree {
      const spec = replicateSpec(id, replicate)
      const keywords = deps.repo.inputs(id)?.keywords ?? []
      const rows = replicateRows(id, replicate, keywords)
      const byTemplate = runToEnd(breakdownSteps(rows, templateKeyOf, keywords, [spec.seed, 'ice-ci', 'template']))
      return { replicate, seed: replicateSeed(spec.seed, replicate), templates: templateTree(spec, deps.repo.nodes(id), rows, byTemplate, replicate) }
    },
    iceTemplate(id: string, nodeId: number, replicate = 0): { id: number; text: string } {
      replicateSpec(id, replicate)
      const node = deps.repo.node(id, nodeId, replicate)
      if (!node) throw new AppError('not_found', `This run has no template number ${nodeId}${replicate === 0 ? '' : ` in replicate ${replicate}`}.`)
      return { id: node.id, text: node.text }
    },
  }
}
