import { KNOWN_PLACEHOLDERS, normalisePlaceholder } from '../placeholder'
import type { SeedTemplate } from '../types'
import { IceImportError, type IceImportWarning } from './ice-import-error'
import { readTable, stringField, tableFormatOf, type TableFormat } from './records'

export interface ImportedTemplates {
  readonly templates: readonly SeedTemplate[]
  /** Templates without a placeholder (usable only where the question is appended, METHOD.md 2.5). */
  readonly warnings: readonly IceImportWarning[]
}

/**
 * Seed templates from GPTFuzz's CSV (`id,text`, or `text` alone as in seed_short_25.csv) or JSON
 * Lines (`{"id", "text"}`; `template` and `prompt` are accepted for `text`). A `{query}`
 * placeholder (the paper's code) is rewritten to `[INSERT PROMPT HERE]`. Errors name the line.
 */
export function importSeedTemplates(text: string, options: { fileName?: string; format?: TableFormat } = {}): ImportedTemplates {
  const records = readTable(text, options.format ?? tableFormatOf(options.fileName, text), 'id,text')
  if (records.length === 0) throw new IceImportError('The file has no templates.')
  const seen = new Map<string, number>()
  const warnings: IceImportWarning[] = []
  const templates = records.map((record, index) => {
    const body = stringField(record, ['text', 'template', 'prompt'])
    if (body === undefined) throw new IceImportError(`Line ${record.line} has no "text" field: each template needs its text (columns id,text).`, record.line)
    if (body.trim() === '') throw new IceImportError(`Line ${record.line}: the template is empty.`, record.line)
    const id = (stringField(record, ['id']) ?? '').trim() || String(index)
    const earlier = seen.get(id)
    if (earlier !== undefined) throw new IceImportError(`Line ${record.line}: the id "${id}" was already used on line ${earlier}.`, record.line)
    seen.set(id, record.line)
    const normalised = normalisePlaceholder(body)
    if (normalised.found === undefined) {
      warnings.push({
        line: record.line,
        message: `Line ${record.line}: template "${id}" has no placeholder (${KNOWN_PLACEHOLDERS.join(' or ')}); the question can only be appended to it.`,
      })
    }
    return { id, text: normalised.text }
  })
  return { templates, warnings }
}
