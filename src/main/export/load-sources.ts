import type { IceResults } from '../../shared/contract/ice-results'
import type { RseResults } from '../../shared/contract/results'
import { isCompletedStatus, type RunSummary } from '../../shared/contract/runs'
import type { FigureSources } from '../../shared/figures/sources'

/** What loading needs of the run service (which implements it), so a test can hand in a few runs. */
export interface RunsForExport {
  list(): RunSummary[]
  rseResults(id: string): RseResults
  iceResults(id: string): IceResults
}

/** An id that names no run; the message lists the runs there are, as the command line and the app both show it. */
export class UnknownRunError extends Error {
  override readonly name = 'UnknownRunError'
  constructor(
    readonly runId: string,
    message: string,
  ) {
    super(message)
  }
}

const describeRun = (run: RunSummary) => `${run.id} (${run.kind.toUpperCase()}, ${run.status}): ${run.name}`

/**
 * The runs' results, by kind, for figures and tables; shared by `distillscope export` and the
 * `exports.*` routes so both draw from exactly the same data. `warn` hears about unfinished runs.
 */
export function loadSources(runs: RunsForExport, runIds: readonly string[], warn: (line: string) => void): { sources: FigureSources; runs: RunSummary[] } {
  const all = runs.list()
  const rse: RseResults[] = []
  const ice: IceResults[] = []
  const chosen: RunSummary[] = []
  for (const id of runIds) {
    const run = all.find((candidate) => candidate.id === id)
    if (!run) throw new UnknownRunError(id, unknownRunMessage(id, all))
    // Unfinished runs export what they have, and the figure says nothing about it, so say it here.
    if (!isCompletedStatus(run.status)) warn(`Run ${run.id} is ${run.status}: its figures and tables show the results so far.`)
    if (run.kind === 'rse') rse.push(runs.rseResults(id))
    else ice.push(runs.iceResults(id))
    chosen.push(run)
  }
  // The names and dates label the runs of multi-run tables and figures (results carry only ids).
  return { sources: { rse, ice, runs: chosen }, runs: chosen }
}

function unknownRunMessage(id: string, all: readonly RunSummary[]): string {
  if (!all.length) return `No run ${id}: this data folder has no runs yet.`
  const known = all.slice(0, 10).map((candidate) => `  ${describeRun(candidate)}`)
  const more = all.length > 10 ? [`  ... and ${all.length - 10} more`] : []
  return [`No run ${id} in this data folder. Runs there:`, ...known, ...more].join('\n')
}
