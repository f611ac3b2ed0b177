import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { IceResults } from '../../shared/contract/ice-results'
import type { RseResults } from '../../shared/contract/results'
import type { RunSummary } from '../../shared/contract/runs'
import type { FigureSources } from '../../shared/figures/sources'
import type { Services } from '../services'
import { DATABASE_FILE_NAME } from '../storage/database'

/** A problem with what was asked for (exit code 2); the message says what to do instead. */
export class ExportUsageError extends Error {
  override readonly name = 'ExportUsageError'
}

/** Refuses a data folder with no database rather than creating an empty one to export nothing from. */
export function requireDataFolder(dataDir: string): void {
  if (!existsSync(join(dataDir, DATABASE_FILE_NAME))) {
    throw new ExportUsageError(`There is no Distillscope data in ${dataDir} (no ${DATABASE_FILE_NAME}). Pass --data-dir with the folder your runs are in.`)
  }
}

const describeRun = (run: RunSummary) => `${run.id} (${run.kind.toUpperCase()}, ${run.status}): ${run.name}`

/** The runs' results, by kind; an unknown id names the runs there are. */
export function loadSources(services: Pick<Services, 'runs'>, runIds: readonly string[], warn: (line: string) => void): { sources: FigureSources; runs: RunSummary[] } {
  const all = services.runs.list()
  const rse: RseResults[] = []
  const ice: IceResults[] = []
  const chosen: RunSummary[] = []
  for (const id of runIds) {
    const run = all.find((candidate) => candidate.id === id)
    if (!run) {
      const known = all.slice(0, 10).map((candidate) => `  ${describeRun(candidate)}`)
      const more = all.length > 10 ? [`  ... and ${all.length - 10} more`] : []
      throw new ExportUsageError(all.length ? [`No run ${id} in this data folder. Runs there:`, ...known, ...more].join('\n') : `No run ${id}: this data folder has no runs yet.`)
    }
    // Unfinished runs export what they have, and the figure says nothing about it, so say it here.
    if (run.status !== 'completed') warn(`Run ${run.id} is ${run.status}: its figures and tables show the results so far.`)
    if (run.kind === 'rse') rse.push(services.runs.rseResults(id))
    else ice.push(services.runs.iceResults(id))
    chosen.push(run)
  }
  return { sources: { rse, ice }, runs: chosen }
}
