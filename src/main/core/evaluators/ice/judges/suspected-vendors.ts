import { DEFAULT_SUSPECTED_VENDORS, identityFactFor } from '../data/builtin-data'
import type { SuspectedVendor } from './judge-prompts'

/**
 * The strict judge's vendor list (METHOD.md 2.6: the suspected source, default OpenAI + Anthropic,
 * editable), each with its model series from the identity facts; an unknown vendor has none.
 */
export function suspectedVendors(names: readonly string[] = DEFAULT_SUSPECTED_VENDORS): SuspectedVendor[] {
  return names.map((name) => {
    const fact = identityFactFor(name)
    return fact ? { vendor: fact.vendor, series: fact.series } : { vendor: name.trim(), series: [] }
  })
}
