import { AppError, type InputIssue } from '../../../../../shared/contract/errors'
import { NO_USABLE_PROMPTS, type PreparedImport } from './prepare-import'
import { isImportable } from './preview'

const LISTED_ISSUES = 20

/**
 * Throws when the prepared file must not be stored. The message names the file and the first
 * problem (with its line and field); `issues` carries the first few for the dialog to list.
 */
export function assertImportable(prepared: PreparedImport, skipInvalid: boolean): void {
  if (isImportable(prepared, skipInvalid)) return
  const { problems } = prepared
  const blocking = [...problems.listOf('file'), ...(skipInvalid ? [] : problems.listOf('record'))]
  const total = problems.count('file') + (skipInvalid ? 0 : problems.count('record'))
  // "No usable prompts" alone would hide why: the first refused record says it, with its line.
  const firstRecord = problems.listOf('record')[0]
  const explained = blocking[0]?.message === NO_USABLE_PROMPTS && firstRecord !== undefined
  const first = explained ? `${NO_USABLE_PROMPTS} ${firstRecord.message}` : (blocking[0]?.message ?? NO_USABLE_PROMPTS)
  const shown = explained ? 2 : 1
  const left = total - shown
  const more = left > 0 ? ` There ${left === 1 ? 'is 1 more problem' : `are ${left.toLocaleString('en-US')} more problems`}.` : ''
  const hint = problems.count('file') === 0 && !skipInvalid ? ' Fix the file, or choose to skip unusable records.' : ''
  const issues: InputIssue[] = blocking.slice(0, LISTED_ISSUES).map((problem) => ({ path: problem.field ?? '', message: problem.message }))
  throw new AppError('invalid_input', `Nothing was imported from "${prepared.fileName}". ${first}${more}${hint}`, issues)
}
