import { ICE_CATEGORIES, ICE_LANGUAGES, type IceCategory, type IceLanguage, type IdentityQuestion } from '../types'
import { IceImportError } from './ice-import-error'
import { readTable, stringField, tableFormatOf, type TableFormat, type TableRecord } from './records'

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/

/** 'zh' when the text has Chinese characters, else 'en' (the paper's two languages). */
export function detectLanguage(text: string): IceLanguage {
  return CJK.test(text) ? 'zh' : 'en'
}

/**
 * Identity questions from a CSV with a `query` column (the paper's repository format, e.g.
 * `query,reference_responses`) or JSON Lines (`query`, `question` or `text`). Optional `id`,
 * `category` (one of the five aspects) and `language` (en/zh; detected when absent). Questions are
 * kept byte for byte (issue 15): the paper's file has trailing spaces, and the paper's code and
 * GPTFuzz send them as read, so trimming would change every prompt the target sees. Only a
 * question that is nothing but white space is refused. Errors name the line.
 */
export function importQuestions(text: string, options: { fileName?: string; format?: TableFormat } = {}): IdentityQuestion[] {
  const records = readTable(text, options.format ?? tableFormatOf(options.fileName, text), 'id,query')
  if (records.length === 0) throw new IceImportError('The file has no questions.')
  const seen = new Set<string>()
  return records.map((record, index) => {
    const body = stringField(record, ['query', 'question', 'text'])
    if (body === undefined) throw new IceImportError(`Line ${record.line} has no "query" column or field: it should hold the question.`, record.line)
    if (body.trim() === '') throw new IceImportError(`Line ${record.line}: the question is empty.`, record.line)
    const id = stringField(record, ['id'])?.trim() || `q${index + 1}`
    if (seen.has(id)) throw new IceImportError(`Line ${record.line}: the id "${id}" is used twice.`, record.line)
    seen.add(id)
    const category = enumField(record, 'category', ICE_CATEGORIES)
    const language = enumField(record, 'language', ICE_LANGUAGES) ?? detectLanguage(body)
    return { id, text: body, ...(category ? { category } : {}), language }
  })
}

function enumField<T extends IceCategory | IceLanguage>(record: TableRecord, name: string, allowed: readonly T[]): T | undefined {
  const value = stringField(record, [name])?.trim().toLowerCase()
  if (value === undefined || value === '') return undefined
  if (!(allowed as readonly string[]).includes(value)) {
    throw new IceImportError(`Line ${record.line}: ${name} "${value}" is not one of ${allowed.join(', ')}.`, record.line)
  }
  return value as T
}
