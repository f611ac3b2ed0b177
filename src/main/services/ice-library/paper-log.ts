import type { PaperLogSummary } from '../../../shared/contract/ice-library'
import { IceImportError } from '../../core/evaluators/ice/import/ice-import-error'
import { importPaperLog, type PaperLogImport } from '../../core/evaluators/ice/paper-log/import-paper-log'
import { readAttackLog } from '../../core/evaluators/ice/paper-log/paper-rows'
import { inFile } from './file-messages'

export interface PaperLogFiles {
  readonly attackLog: { readonly fileName: string; readonly content: string }
  readonly strictCsv?: { readonly fileName: string; readonly content: string }
  readonly keywords: readonly string[]
}

/**
 * The paper's published logs scored with no model call (METHOD.md 2.7), with any problem named by
 * file and line. importPaperLog reads both files and does not say which one failed; the attack log
 * is read first, so when it reads on its own the problem was in the strict CSV. Only a failure pays
 * for that second read.
 */
export function scorePaperLog(files: PaperLogFiles): PaperLogImport {
  try {
    return importPaperLog({ attackLog: files.attackLog.content, ...(files.strictCsv ? { strictCsv: files.strictCsv.content } : {}), keywords: files.keywords })
  } catch (error) {
    if (!(error instanceof IceImportError)) throw error
    const inAttackLog = files.strictCsv === undefined || !readsOnItsOwn(files.attackLog.content)
    throw inAttackLog ? inFile(error, files.attackLog.fileName) : inFile(error, files.strictCsv!.fileName)
  }
}

function readsOnItsOwn(attackLog: string): boolean {
  try {
    readAttackLog(attackLog)
    return true
  } catch {
    return false
  }
}

/** The route's answer: the counts without the rows themselves. */
export function paperLogSummary(scored: PaperLogImport): PaperLogSummary {
  return {
    rows: scored.rows.length,
    loose: scored.loose,
    strict: scored.strict,
    hard: scored.hard,
    unmatched: scored.unmatched.map(({ line, reason }) => ({ line, reason })),
    warnings: scored.warnings,
  }
}
