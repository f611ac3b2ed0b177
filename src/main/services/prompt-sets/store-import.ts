import type { PromptSetDomain, PromptSetImportResult, PromptSetOrigin } from '../../../shared/contract/prompt-sets'
import type { PromptSetsRepo } from '../../storage/repos/prompt-sets'
import { assertImportable } from '../../core/evaluators/rse/import/import-error'
import type { PreparedImport } from '../../core/evaluators/rse/import/prepare-import'

export interface StoreDetails {
  readonly name: string
  readonly domain: PromptSetDomain
  readonly sourceNote?: string
  readonly url?: string
}

export interface StoreOptions {
  readonly skipInvalid?: boolean
  readonly keepDuplicates?: boolean
  /** Reuse a stored set with identical items instead of storing a copy (downloads, run files). */
  readonly reuseIdentical?: boolean
}

/**
 * Stores a prepared file as a new set, all items in one transaction, or throws and stores nothing.
 * `keepDuplicates` must be the value the file was prepared with; it only decides what is reported.
 */
export function storeImport(repo: PromptSetsRepo, prepared: PreparedImport, details: StoreDetails, options: StoreOptions = {}): PromptSetImportResult {
  assertImportable(prepared, options.skipInvalid ?? false)
  const skippedDuplicates = options.keepDuplicates ? 0 : prepared.duplicates.length
  const summary = { skippedDuplicates, skippedInvalid: prepared.invalidCount, warnings: prepared.problems.listOf('warning') }
  const existing = options.reuseIdentical ? repo.findByHash(prepared.contentHash) : undefined
  if (existing) return { set: existing, created: false, ...summary }
  const origin: PromptSetOrigin = {
    fileName: prepared.fileName,
    format: prepared.format,
    ...(prepared.extractor ? { shape: prepared.extractor.shape } : {}),
    ...(details.url ? { url: details.url } : {}),
    skippedDuplicates,
    skippedInvalid: prepared.invalidCount,
  }
  const set = repo.insert({
    name: details.name,
    domain: details.domain,
    sourceNote: details.sourceNote ?? '',
    builtin: false,
    origin,
    contentHash: prepared.contentHash,
    items: prepared.items,
  })
  return { set, created: true, ...summary }
}
