/*
 * A run spec names its models by alias (letters, digits, _ . -, at most 40 characters). The wizard
 * derives them from the display names people gave their models, so the spec, the results and the
 * exports read "GPT-4o_mini" rather than an opaque id.
 */

export const ALIAS_MAX_LENGTH = 40
export const ALIAS_PATTERN = /^[A-Za-z0-9_.-]{1,40}$/

const SEPARATORS = /^[_.-]+|[_.-]+$/g

/** One model name as an alias: accents dropped, other characters folded into `_`, cut at 40. */
export function aliasFromName(name: string): string {
  const ascii = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
  const cleaned = ascii.replace(/[^A-Za-z0-9_.-]+/g, '_').replace(SEPARATORS, '')
  const cut = cleaned.slice(0, ALIAS_MAX_LENGTH).replace(SEPARATORS, '')
  return cut === '' ? 'model' : cut
}

function withSuffix(base: string, n: number): string {
  const suffix = `_${n}`
  return `${base.slice(0, ALIAS_MAX_LENGTH - suffix.length).replace(SEPARATORS, '')}${suffix}`
}

/**
 * Aliases for models in the order given (reference first, so it keeps the plain name): the same
 * model always gets the same alias (it may be both the reference and the judge), two models never
 * share one, even differing only in case ("gpt" and "GPT" would be confusing side by side).
 */
export function deriveAliases(models: readonly { readonly id: string; readonly name: string }[]): ReadonlyMap<string, string> {
  const byId = new Map<string, string>()
  const taken = new Set<string>()
  for (const model of models) {
    if (byId.has(model.id)) continue
    const base = aliasFromName(model.name)
    let alias = base
    for (let n = 2; taken.has(alias.toLowerCase()); n++) alias = withSuffix(base, n)
    taken.add(alias.toLowerCase())
    byId.set(model.id, alias)
  }
  return byId
}
