import type { IceSetImportResult, IceSetKind } from '../../../../shared/contract/ice-library'
import { PROMPT_SET_LIMITS } from '../../../../shared/constants/prompt-set-limits'
import { ApiError, userMessage } from '../../lib/api'
import { extensionOf, formatBytes, MAX_FILE_SIZE_TEXT, setNameFromFile, type ChosenFile } from '../../lib/prompt-sets/prompt-file'
import { questionCountsText, seedCountsText, setItemsText } from '../../lib/ice-library/format'

/*
 * Files for ICE's library (question sets, seed templates, the paper's logs): what the pickers
 * offer, checks made before a file is read, and the messages after an import. No React here.
 */

export const ICE_FILE_ACCEPT = '.csv,.jsonl,.ndjson,.txt'
export const ATTACK_LOG_ACCEPT = '.jsonl,.ndjson,.json,.txt'
export const STRICT_CSV_ACCEPT = '.csv,.txt'

/** What each kind of set holds, in the words the page uses. */
export const KIND_WORDS: Readonly<Record<IceSetKind, { readonly item: string; readonly set: string; readonly file: string }>> = {
  questions: { item: 'question', set: 'question set', file: 'Question file' },
  seeds: { item: 'template', set: 'template set', file: 'Template file' },
}

export const FILE_DESCRIPTIONS: Readonly<Record<IceSetKind, string>> = {
  questions: `A CSV file with a “query” column (the paper’s format), or JSON Lines with one question per line; up to ${MAX_FILE_SIZE_TEXT}. Columns or fields named “category” and “language” are kept when present.`,
  seeds: `GPTFuzz’s CSV (columns “id” and “text”), or JSON Lines with one template per line; up to ${MAX_FILE_SIZE_TEXT}. The question goes where a template says [INSERT PROMPT HERE].`,
}

const NOT_TEXT = ['parquet', 'arrow', 'feather', 'xlsx', 'xls', 'ods', 'numbers', 'zip', 'gz', 'tgz', 'bz2', 'xz', '7z', 'tar', 'zst', 'pdf', 'doc', 'docx']

/** A message saying why the file cannot be used, or undefined when it can be read and sent. */
export function checkIceFile(file: ChosenFile, what: string): string | undefined {
  const extension = extensionOf(file.name)
  if (extension !== undefined && NOT_TEXT.includes(extension)) {
    return `“${file.name}” is not a text file, so Distillscope cannot read it. Save or export it as CSV (UTF-8) or JSON Lines first.`
  }
  if (file.size > PROMPT_SET_LIMITS.maxFileBytes) {
    return `“${file.name}” is ${formatBytes(file.size)}, more than the ${MAX_FILE_SIZE_TEXT} Distillscope can read. Split it first.`
  }
  if (file.size === 0) return `“${file.name}” is empty. Choose a file with one ${what} per line or row.`
  return undefined
}

/** The log and the strict CSV travel in one request, so together they must fit what one file may be. */
export function checkPaperFiles(attackLog: ChosenFile, strictCsv: ChosenFile | undefined): string | undefined {
  const total = attackLog.size + (strictCsv?.size ?? 0)
  if (strictCsv === undefined || total <= PROMPT_SET_LIMITS.maxFileBytes) return undefined
  return `Together the two files are ${formatBytes(total)}, more than the ${MAX_FILE_SIZE_TEXT} Distillscope can score at once.`
}

export { setNameFromFile }

/** After an import: what was added (or that an identical set was already there). */
export function importedMessage(result: IceSetImportResult): string {
  const { set } = result
  if (!result.created) {
    return `Nothing new was added: “${set.name}” already holds exactly these ${setItemsText(set)}, so it was kept as it is.`
  }
  const detail = set.kind === 'questions' ? questionCountsText(set.counts) : seedCountsText(set.counts)
  return `Imported “${set.name}”: ${setItemsText(set)} (${detail}).`
}

/**
 * A refusal as one message plus a list: the backend's message already says what to fix and names the
 * line; issues (from input checks) are listed under it without repeating it.
 */
export function importProblems(error: unknown): { readonly message: string; readonly details: readonly string[] } {
  const message = userMessage(error)
  if (!(error instanceof ApiError)) return { message, details: [] }
  // The backend puts the file's name into the message ("x.csv", line 3: ...), its issue keeps "Line 3: ...".
  const repeats = (detail: string) => message.includes(detail.replace(/^Line \d+:?\s*/i, '').trim())
  const details = [...new Set(error.issues.map((issue) => issue.message))].filter((detail) => !repeats(detail))
  return { message, details }
}
