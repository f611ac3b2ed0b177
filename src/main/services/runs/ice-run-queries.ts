import { AppError } from '../../../shared/contract/errors'
import type { IceAttackRowView, IceResults } from '../../../shared/contract/ice-results'
import type { IceSpec } from '../../../shared/contract/ice-spec'
import { buildIceResults, iceRowViews, type IceRowFilter } from '../../core/evaluators/ice/ice-results'
import type { IceRunsRepo } from '../../core/evaluators/ice/ports'
import type { CallTotals } from '../../core/llm/call-records'
import type { RunRow } from '../../core/runs/ports'

export interface IceRunQueryDeps {
  readonly repo: IceRunsRepo
  /** The run's call totals (an imported run's come from its package). */
  callsOf(run: RunRow): CallTotals
  mustGet(id: string): RunRow
  modelName(spec: IceSpec): (alias: string) => string
}

/** Reading an ICE run: its scores, its attack rows page by page, one template's text. */
export function createIceRunQueries(deps: IceRunQueryDeps) {
  const iceRun = (id: string): RunRow => {
    const run = deps.mustGet(id)
    if (run.kind !== 'ice') throw new AppError('invalid_input', 'This run is not an ICE run.')
    return run
  }
  return {
    iceResults(id: string): IceResults {
      const run = iceRun(id)
      const data = { inputs: deps.repo.inputs(id), nodes: deps.repo.nodes(id), rows: deps.repo.rows(id), state: deps.repo.state(id) }
      return buildIceResults(run, data, deps.modelName(run.spec as IceSpec), deps.callsOf(run))
    },
    iceRows(id: string, filter: IceRowFilter & { offset: number; limit: number }): { total: number; rows: IceAttackRowView[] } {
      iceRun(id)
      const rows = iceRowViews(deps.repo.rows(id), deps.repo.inputs(id)?.keywords ?? [], filter)
      return { total: rows.length, rows: rows.slice(filter.offset, filter.offset + filter.limit) }
    },
    iceTemplate(id: string, nodeId: number): { id: number; text: string } {
      iceRun(id)
      const node = deps.repo.node(id, nodeId)
      if (!node) throw new AppError('not_found', `This run has no template number ${nodeId}.`)
      return { id: node.id, text: node.text }
    },
  }
}
