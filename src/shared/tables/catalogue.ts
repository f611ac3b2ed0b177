import type { FigureSources } from '../figures/sources'
import { iceBreakdownTable, iceTable } from './ice-tables'
import { iceJudgesTable } from './ice-judges-table'
import { iceReplicatesTable } from './ice-replicates-table'
import { rseJudgesTable } from './rse-judges-table'
import { rseCalibrationTable, rseNormalisedTable } from './rse-calibration-tables'
import { rsePositionTable } from './rse-position-table'
import { rsePairsTable } from './rse-pairs-table'
import { rseRunsTable } from './rse-runs-table'
import { rseAspectsTable, rseTable } from './rse-tables'
import type { Table } from './table'
import { TABLE_NAMES, TABLES, type TableName } from '../export-options/table-names'
import { isSimulated, SIMULATED_NOTE } from '../figures/simulated'

export { TABLE_NAMES, TABLES, type TableName } from '../export-options/table-names'

export const isTableName = (name: string): name is TableName => (TABLE_NAMES as readonly string[]).includes(name)

export class TableError extends Error {
  override readonly name = 'TableError'
}

/** Runs given twice count once: comparing a run with itself says nothing. */
const distinctCount = (runs: readonly { readonly runId: string }[]) => new Set(runs.map((run) => run.runId)).size

function unavailableReason(name: TableName, sources: FigureSources): string | undefined {
  // Never for one run, so a one-run paper package (package-figures.ts) does not gain it.
  if (name === 'rse-runs')
    return distinctCount(sources.rse) >= 2 ? undefined : `rse-runs compares RSE runs: it needs two or more (got ${distinctCount(sources.rse)})`
  if (name === 'rse-pairs') {
    if (sources.rse.length !== 1) return `rse-pairs needs exactly one RSE run (got ${sources.rse.length})`
    return (sources.rse[0]?.pairs?.length ?? 0) > 0 ? undefined : 'rse-pairs compares students: it needs two or more with a score'
  }
  if (name === 'rse-judges') {
    if (sources.rse.length !== 1) return `rse-judges needs exactly one RSE run (got ${sources.rse.length})`
    return (sources.rse[0]?.perJudge?.length ?? 0) > 1 ? undefined : 'rse-judges compares judges: it needs a run judged by a panel of two or more'
  }
  if (name === 'rse-calibration' || name === 'rse-normalised' || name === 'rse-position') return rseCheckUnavailable(name, sources)
  if (name === 'rse' || name === 'rse-aspects') return sources.rse.length === 1 ? undefined : `${name} needs exactly one RSE run (got ${sources.rse.length})`
  if (name === 'ice') return sources.ice.length >= 1 ? undefined : 'ice needs at least one ICE run'
  if (name === 'ice-judges') {
    if (sources.ice.length !== 1) return `ice-judges needs exactly one ICE run (got ${sources.ice.length})`
    return (sources.ice[0]?.perJudge?.length ?? 0) >= 2 ? undefined : 'ice-judges compares the judges of a panel: the run needs two or more'
  }
  if (name === 'ice-replicates') {
    if (sources.ice.length !== 1) return `ice-replicates needs exactly one ICE run (got ${sources.ice.length})`
    return (sources.ice[0]?.replicates?.length ?? 0) >= 2 ? undefined : 'ice-replicates compares fuzzing replicates: the run needs two or more'
  }
  return sources.ice.length === 1 ? undefined : `${name} needs exactly one ICE run (got ${sources.ice.length})`
}

/** Issue 16's tables: one RSE run that measured what the table shows. */
function rseCheckUnavailable(name: 'rse-calibration' | 'rse-normalised' | 'rse-position', sources: FigureSources): string | undefined {
  if (sources.rse.length !== 1) return `${name} needs exactly one RSE run (got ${sources.rse.length})`
  if (name === 'rse-position')
    return sources.rse[0]?.positionCheck ? undefined : 'rse-position shows the position check: the run needs one (positionCheck in its spec)'
  return sources.rse[0]?.calibration ? undefined : `${name} shows the ceiling and floor: the run needs them measured (calibration in its spec)`
}

export const tablesFor = (sources: FigureSources): TableName[] => TABLE_NAMES.filter((name) => unavailableReason(name, sources) === undefined)

/** One table from the given runs; a TableError says why not and which tables they have. */
export function buildTable(name: TableName, sources: FigureSources, options: { readonly paperOverlay?: boolean } = {}): Table {
  const reason = unavailableReason(name, sources)
  if (reason) {
    const available = tablesFor(sources)
    throw new TableError(`${reason}. ${available.length ? `These runs have: ${available.join(', ')}.` : 'These runs have no tables yet.'}`)
  }
  const overlay = options.paperOverlay ?? false
  if (overlay && !TABLES[name].paperOverlay) throw new TableError(`The paper publishes no values for ${name}, so there is nothing to overlay.`)
  const table = definedTable(name, sources, overlay)
  return isSimulated(sources) ? { ...table, simulated: true, notes: [SIMULATED_NOTE, ...table.notes] } : table
}

function definedTable(name: TableName, sources: FigureSources, overlay: boolean): Table {
  switch (name) {
    case 'rse':
      return rseTable(sources.rse[0]!, overlay)
    case 'rse-aspects':
      return rseAspectsTable(sources.rse[0]!)
    case 'rse-pairs':
      return rsePairsTable(sources.rse[0]!)
    case 'rse-judges':
      return rseJudgesTable(sources.rse[0]!)
    case 'rse-calibration':
      return rseCalibrationTable(sources.rse[0]!, sources.rse[0]!.calibration!)
    case 'rse-normalised':
      return rseNormalisedTable(sources.rse[0]!, sources.rse[0]!.calibration!)
    case 'rse-position':
      return rsePositionTable(sources.rse[0]!, sources.rse[0]!.positionCheck!)
    case 'rse-runs':
      return rseRunsTable(sources.rse, sources.runs)
    case 'ice':
      return iceTable(sources.ice, overlay, sources.runs)
    case 'ice-category':
      return iceBreakdownTable(sources.ice[0]!, 'category')
    case 'ice-language':
      return iceBreakdownTable(sources.ice[0]!, 'language')
    case 'ice-mutator':
      return iceBreakdownTable(sources.ice[0]!, 'mutator')
    case 'ice-judges':
      return iceJudgesTable(sources.ice[0]!)
    case 'ice-replicates':
      return iceReplicatesTable(sources.ice[0]!)
  }
}
