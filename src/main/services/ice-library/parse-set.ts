import { AppError } from '../../../shared/contract/errors'
import type { IceSetKind } from '../../../shared/contract/ice-library'
import { importQuestions } from '../../core/evaluators/ice/import/questions'
import { importSeedTemplates } from '../../core/evaluators/ice/import/seed-templates'
import { stripBom } from '../../core/files/text-position'
import type { IceSetItems } from '../../storage/repos/ice-sets'
import { inFile, locate } from './file-messages'

export interface ParsedSet {
  readonly set: IceSetItems
  /** Each names the file and line (templates without a placeholder). */
  readonly warnings: readonly string[]
}

/**
 * A question or template file as ICE reads it: CSV (the paper's `query` column; GPTFuzz's
 * `id,text`) or JSON Lines. A whole-file JSON array is refused with a hint rather than misread as
 * a one-column CSV. Errors are `invalid_input` naming the file, line and field; `lead` starts them.
 */
export function parseSetFile(kind: IceSetKind, fileName: string, content: string, lead = ''): ParsedSet {
  try {
    if (/\.json$/i.test(fileName) || stripBom(content).trimStart().startsWith('[')) {
      throw new AppError('invalid_input', 'The file is a JSON array; use CSV or JSON Lines (one JSON object per line) instead.')
    }
    if (kind === 'questions') return { set: { kind, items: importQuestions(content, { fileName }) }, warnings: [] }
    const imported = importSeedTemplates(content, { fileName })
    return { set: { kind, items: imported.templates }, warnings: imported.warnings.map((warning) => locate(warning.message, fileName)) }
  } catch (error) {
    throw inFile(error, fileName, lead)
  }
}
