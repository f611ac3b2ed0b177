import type { IceSetImportResult, IceSetSummary } from '../../../shared/contract/ice-library'
import type { IceSetOrigin, IceSetsRepo, StoredIceSetSummary } from '../../storage/repos/ice-sets'
import { builtinSets, builtinSummary } from './builtin-sets'
import type { ParsedSet } from './parse-set'
import { contentHashOf, countsOf } from './set-content'

/** The contract's summary; fields picked one by one, so a set's items never travel with it. */
export function summaryOf(set: StoredIceSetSummary): IceSetSummary {
  const { id, kind, name, sourceNote, itemCount, counts, contentHash, createdAt } = set
  return { id, kind, name, builtin: false, sourceNote, itemCount, counts, contentHash, createdAt }
}

/**
 * Stores a parsed set, or reuses an identical one (same kind and content hash): the stored copy,
 * or a built-in with the same content, so importing the app's own questions adds nothing.
 */
export function storeSet(
  repo: IceSetsRepo,
  parsed: ParsedSet,
  details: { readonly name: string; readonly sourceNote: string; readonly origin: IceSetOrigin },
  builtinCreatedAt: string,
): IceSetImportResult {
  const contentHash = contentHashOf(parsed.set)
  const builtin = builtinSets().find((set) => set.kind === parsed.set.kind && set.contentHash === contentHash)
  if (builtin) return { set: builtinSummary(builtin, builtinCreatedAt), created: false, warnings: parsed.warnings }
  const result = repo.insertUnlessIdentical({ ...details, ...parsed.set, contentHash, counts: countsOf(parsed.set) })
  return { set: summaryOf(result.set), created: result.created, warnings: parsed.warnings }
}
