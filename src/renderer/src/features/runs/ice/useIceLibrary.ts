import type { IceSetSummary } from '../../../../../shared/contract/index'
import { useIceDefaults, useIceSets, useIdentityFacts } from '../../../lib/data/useIceLibrary'

export { useIceLibrarySync } from '../../../lib/data/useIceLibrary'

/**
 * What the ICE wizard picks from, through the Identity (ICE) page's own queries (one cache for
 * both): facts, both kinds of sets together, and the suspected source's defaults.
 */
export function useIceLibrary() {
  const facts = useIdentityFacts()
  const questions = useIceSets('questions')
  const seeds = useIceSets('seeds')
  const defaults = useIceDefaults()
  const sets: readonly IceSetSummary[] | undefined = questions.data && seeds.data ? [...questions.data, ...seeds.data] : undefined
  return { facts, sets, setsError: questions.error ?? seeds.error, defaults }
}
