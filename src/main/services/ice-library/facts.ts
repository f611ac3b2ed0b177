import { AppError } from '../../../shared/contract/errors'
import type { IdentityFactInput, IdentityFactView } from '../../../shared/contract/ice-library'
import { builtinIdentityFacts } from '../../core/evaluators/ice/data/builtin-data'
import type { IdentityFact } from '../../core/evaluators/ice/types'
import { newId } from '../../storage/repos/ids'
import type { IdentityFactsRepo } from '../../storage/repos/identity-facts'

export interface FactsDeps {
  readonly repo: IdentityFactsRepo
  /** Called after any change (ice.changed). */
  readonly changed: () => void
  /** Called when deleting an added fact cleared it from saved models (models.changed). */
  readonly modelsChanged: () => void
}

const view = (fact: IdentityFact, builtin: boolean, edited: boolean): IdentityFactView => ({
  id: fact.id,
  vendor: fact.vendor,
  series: [...fact.series],
  keywords: [...fact.keywords],
  fact: fact.fact,
  // An edited fact is the person's: the shipped two-sentence form may no longer say the same.
  ...(fact.paperForm !== undefined && !edited ? { paperForm: fact.paperForm } : {}),
  builtin,
  edited,
})

const lower = (text: string) => text.trim().toLowerCase()

function uniqueBy(values: readonly string[], key: (value: string) => string): string[] {
  const seen = new Set<string>()
  return values.filter((value) => !seen.has(key(value)) && seen.add(key(value)))
}

/**
 * A fact as stored: series without repeats; keywords lower-case without repeats (hard matches them
 * case-insensitively anyway) and, when none is given, the vendor's name, so a suspected vendor can
 * never make every strict positive count as hard by having no keyword at all.
 */
function normalise(id: string, input: IdentityFactInput): IdentityFact {
  const vendor = input.vendor.trim()
  const keywords = uniqueBy(input.keywords.map(lower), (value) => value)
  return {
    id,
    vendor,
    series: uniqueBy(
      input.series.map((value) => value.trim()),
      lower,
    ),
    keywords: keywords.length ? keywords : [lower(vendor)],
    fact: input.fact.trim(),
  }
}

const sameFact = (a: IdentityFact, b: IdentityFact) =>
  JSON.stringify([a.vendor, a.series, a.keywords, a.fact]) === JSON.stringify([b.vendor, b.series, b.keywords, b.fact])

/**
 * Identity facts (METHOD.md 2.1): the built-ins, each replaced by the person's version when they
 * edited it, then the facts they added. One fact per vendor, so `factFor` is never ambiguous.
 */
export function createFacts(deps: FactsDeps) {
  const { repo } = deps
  const builtins = new Map(builtinIdentityFacts().map((fact) => [fact.id, fact]))

  function list(): IdentityFactView[] {
    const stored = repo.list()
    const edits = new Map(stored.map((fact) => [fact.id, fact]))
    return [
      ...[...builtins.values()].map((fact) => {
        const edit = edits.get(fact.id)
        return edit ? view(edit, true, true) : view(fact, true, false)
      }),
      ...stored.filter((fact) => !builtins.has(fact.id)).map((fact) => view(fact, false, false)),
    ]
  }

  /** By id or vendor name, case-insensitive. */
  const factFor = (vendorOrId: string): IdentityFactView | undefined => {
    const wanted = lower(vendorOrId)
    return list().find((fact) => lower(fact.id) === wanted || lower(fact.vendor) === wanted)
  }

  function checkVendorIsFree(fact: IdentityFact): void {
    const wanted = lower(fact.vendor)
    const other = list().find((existing) => existing.id !== fact.id && (lower(existing.vendor) === wanted || lower(existing.id) === wanted))
    if (other) throw new AppError('conflict', `There is already an identity fact for ${other.vendor}. Edit that one instead of adding another.`)
  }

  function save(input: IdentityFactInput): IdentityFactView {
    const id = input.id ?? newId('fact')
    const builtin = builtins.get(id)
    if (input.id !== undefined && !builtin && !repo.get(id)) throw new AppError('not_found', `There is no identity fact "${id}"; it may have been deleted.`)
    const fact = normalise(id, input)
    checkVendorIsFree(fact)
    // Saving a built-in back to its shipped text is a reset, so it no longer shows as edited.
    if (builtin && sameFact(fact, builtin)) {
      if (repo.delete(id, { clearModels: false }).deleted) deps.changed()
      return view(builtin, true, false)
    }
    const stored = repo.put(fact)
    deps.changed()
    return view(stored, builtin !== undefined, builtin !== undefined)
  }

  /** A built-in goes back to its shipped text (removed: whether it had been edited); an added fact is deleted. */
  function reset(id: string): { removed: boolean } {
    const builtin = builtins.has(id)
    if (!builtin && !repo.get(id)) throw new AppError('not_found', `There is no identity fact "${id}"; it may have been deleted already.`)
    const { deleted, modelsCleared } = repo.delete(id, { clearModels: !builtin })
    if (deleted) deps.changed()
    if (modelsCleared > 0) deps.modelsChanged()
    return { removed: deleted }
  }

  /** Hard's keywords for the suspected vendors (METHOD.md 2.6): each vendor's fact's keywords, or its lower-cased name. */
  function hardKeywordsFor(vendors: readonly string[]): string[] {
    return uniqueBy(
      vendors.flatMap((vendor) => factFor(vendor)?.keywords ?? [lower(vendor)]),
      (value) => value,
    )
  }

  return { list, factFor, save, reset, hardKeywordsFor, exists: (id: string) => builtins.has(id) || repo.get(id) !== undefined }
}

export type Facts = ReturnType<typeof createFacts>
