import type { RseChecksRepo } from '../../core/evaluators/rse/checks/ports'
import type { TerminalStatus } from '../../../shared/contract/runs'
import { AppError } from '../../../shared/contract/errors'
import { leadJudge } from '../../../shared/contract/judges-of'
import type { Db } from '../../storage/database'
import type { IceRunsRepo } from '../../core/evaluators/ice/ports'
import type { RseResultsRepo } from '../../core/evaluators/rse/ports'
import type { RunsRepo, RunRow } from '../../core/runs/ports'
import type { ReadPackage } from './read-package'
import type { HumanRatingsRepo } from '../../storage/repos/human-ratings'

export interface ImportPackageDeps {
  readonly db: Db
  readonly runs: RunsRepo
  readonly rse: RseResultsRepo
  readonly rseChecks: Pick<RseChecksRepo, 'saveExtraAnswer' | 'saveCheckJudgment'>
  readonly ice: IceRunsRepo
  readonly humanRatings: Pick<HumanRatingsRepo, 'replaceAll'>
  specHash(spec: ReadPackage['spec']): string
}

export interface ImportPackageOptions {
  /** The person saw that files changed after export and wants the run anyway. */
  readonly acceptModified?: boolean
}

/**
 * Stores a checked package as a new, completed run, all in one transaction: the results are rebuilt
 * from its raw data by the same code as any run, and no model is called. The manifest keeps where
 * it came from and the original call totals (this app made no calls for it). A package whose files
 * no longer match their checksums is refused unless accepted, and then carries the mark in its
 * name (so every list, figure and table that names the run shows it) and in its manifest.
 */
export function importPackage(deps: ImportPackageDeps, read: ReadPackage, fileName: string, options: ImportPackageOptions = {}): RunRow {
  const { manifest, spec, modifiedFiles } = read
  const modified = modifiedFiles.length > 0
  if (modified && !options.acceptModified) throw modifiedError(fileName, modifiedFiles)
  const name = `${manifest.run.name} (imported${modified ? ', modified after export' : ''})`
  return deps.db.transaction(() => {
    const run = deps.runs.insert(spec, deps.specHash(spec), name)
    // The versions the providers reported travel with the run: no call of it is in this database.
    const modelVersions = manifest.models.map((model) => ({ alias: model.alias, versions: model.reportedVersions ?? [] }))
    const imported = {
      fileName,
      runId: manifest.run.id,
      app: manifest.app,
      exportedAt: manifest.exportedAt,
      status: manifest.run.status,
      calls: manifest.calls,
      modelVersions,
      ...(modified ? { modifiedAfterExport: modifiedFiles } : {}),
    }
    deps.runs.setManifest(run.id, { baseDir: null, imported })
    if (read.rse) {
      deps.rse.saveItems(run.id, read.rse.items)
      for (const answer of read.rse.answers) deps.rse.saveAnswer(run.id, answer)
      const judge = leadJudge(spec)
      for (const judgment of read.rse.judgments) deps.rse.saveJudgment(run.id, { ...judgment, judgeAlias: judgment.judgeAlias ?? judge })
      for (const answer of read.rse.extraAnswers) deps.rseChecks.saveExtraAnswer(run.id, answer)
      for (const judgment of read.rse.checkJudgments) deps.rseChecks.saveCheckJudgment(run.id, judgment)
    }
    if (read.ice) {
      deps.ice.saveInputs(run.id, read.ice.inputs)
      deps.ice.saveNodes(run.id, read.ice.nodes)
      for (const row of read.ice.rows) deps.ice.saveRow(run.id, row)
      // Every replicate's stop state (replicate 0's alone from an older package), so the results say where each stopped.
      for (const { replicate, stopReason, iterations } of read.ice.states) deps.ice.saveState(run.id, { stopReason, iterations }, replicate)
    }
    if (read.humanRatings.length > 0) deps.humanRatings.replaceAll(run.id, read.humanRatings)
    return deps.runs.setStatus(run.id, ...importedStatus(manifest.run))
  })()
}

/** A finished run keeps its outcome and warnings; anything else was exported mid-way and stays as it is, cancelled. */
function importedStatus(run: { status: string; warnings?: readonly string[] | undefined }): [TerminalStatus, undefined, readonly string[]] {
  const warnings = run.warnings ?? []
  if (run.status === 'completed_with_warnings' && warnings.length > 0) return ['completed_with_warnings', undefined, warnings]
  return [run.status === 'completed' ? 'completed' : 'cancelled', undefined, []]
}

/** Code 'conflict': the caller can offer to import anyway (acceptModified) instead of just failing. */
function modifiedError(fileName: string, files: readonly string[]): AppError {
  const list = files.join(', ')
  return new AppError(
    'conflict',
    `${fileName}: ${list} changed after the package was exported (${files.length === 1 ? 'it does' : 'they do'} not match the checksums in its manifest). Import it only if you trust the change; the run will be marked "modified after export".`,
  )
}
