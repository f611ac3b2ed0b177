import type { PromptSetPreview } from '../../../../../shared/contract/prompt-sets'
import type { PreparedImport } from './prepare-import'

const SHOWN_ITEMS = 5
const SHOWN_DUPLICATES = 20
const SHOWN_PROBLEMS = 100

/** What the import dialog shows before anything is saved. */
export function toPreview(prepared: PreparedImport): PromptSetPreview {
  const { extractor, problems } = prepared
  return {
    fileName: prepared.fileName,
    format: prepared.format,
    ...(extractor ? { shape: extractor.shape, mapping: extractor.mapping } : {}),
    shapeLabel: extractor?.label ?? 'Not recognised: choose the field that holds the prompts',
    fields: prepared.fields,
    totalRecords: prepared.totalRecords,
    itemCount: prepared.items.length,
    duplicateCount: prepared.duplicates.length,
    invalidCount: prepared.invalidCount,
    duplicates: prepared.duplicates.slice(0, SHOWN_DUPLICATES),
    items: prepared.items.slice(0, SHOWN_ITEMS),
    problems: problems.list(SHOWN_PROBLEMS),
    problemCount: problems.count(),
    canImport: isImportable(prepared, false),
    contentHash: prepared.contentHash,
  }
}

/** File problems always stop an import; record problems unless the person chose to skip them. */
export function isImportable(prepared: PreparedImport, skipInvalid: boolean): boolean {
  const { problems } = prepared
  return problems.count('file') === 0 && (skipInvalid || problems.count('record') === 0) && prepared.items.length > 0
}
