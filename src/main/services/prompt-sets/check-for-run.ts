import { AppError } from '../../../shared/contract/errors'
import type { PromptSetsRepo } from '../../storage/repos/prompt-sets'
import { assertImportable } from '../../core/evaluators/rse/import/import-error'
import { prepareRunFile, type RunPromptSetSource } from './load-for-run'
import { checkSampleSize } from './sample-set'

/**
 * What loadPromptSetForRun would refuse, found before a run exists and before any set is
 * stored: a missing or malformed file, an unknown set, a sample larger than the set. A spec with
 * a good file and a bad one then leaves nothing behind.
 */
export async function checkPromptSetForRun(repo: PromptSetsRepo, source: RunPromptSetSource, options: { baseDir?: string } = {}): Promise<void> {
  const label = source.name ? `"${source.name}"` : 'a prompt set'
  if (source.setId !== undefined) {
    const set = repo.get(source.setId)
    if (!set)
      throw new AppError('not_found', `The spec's prompt set ${label} names the saved prompt set "${source.setId}", which does not exist in this data folder.`)
    if (source.sample !== undefined) checkSampleSize(set, source.sample)
    return
  }
  const { prepared, name } = await prepareRunFile(source, options.baseDir)
  assertImportable(prepared, false)
  if (source.sample !== undefined) checkSampleSize({ name, itemCount: prepared.items.length }, source.sample)
}
