import { AppError } from '../../../shared/contract/errors'
import type { PromptSample, PromptSet } from '../../../shared/contract/prompt-sets'
import type { PromptSetsRepo } from '../../storage/repos/prompt-sets'
import { sampleWithSeed } from '../../core/evaluators/rse/import/sampling'

export function mustGetSet(repo: PromptSetsRepo, id: string): PromptSet {
  const set = repo.get(id)
  if (!set) throw new AppError('not_found', 'This prompt set no longer exists. It may have been deleted in another window.')
  return set
}

/** Throws a message the person can act on when n is more than the set holds. */
export function checkSampleSize(set: Pick<PromptSet, 'name' | 'itemCount'>, n: number): void {
  if (n <= set.itemCount) return
  const count = set.itemCount.toLocaleString('en-US')
  throw new AppError(
    'invalid_input',
    `"${set.name}" has only ${count} prompts, so ${n.toLocaleString('en-US')} cannot be drawn from it. Choose at most ${count}.`,
    [{ path: 'n', message: `At most ${count}` }],
  )
}

/** n item ids of a stored set drawn with `seed` (sampling.ts): a selection, never a copy. */
export function samplePromptSet(repo: PromptSetsRepo, id: string, n: number, seed: number): PromptSample {
  const set = mustGetSet(repo, id)
  checkSampleSize(set, n)
  const ids = repo.itemIds(id)
  return { setId: id, ids: sampleWithSeed(ids, n, seed), n, of: ids.length, seed }
}
