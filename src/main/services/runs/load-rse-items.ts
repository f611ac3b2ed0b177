import type { RseSpec } from '../../../shared/contract/run-spec'
import type { RseItem } from '../../core/evaluators/rse/ports'
import type { PromptSetService } from '../prompt-sets/prompt-set-service'

/** An RSE run's prompts, set by set in each set's order: files or saved sets, sampled with their seeds. */
export function rseItemLoader(promptSets: Pick<PromptSetService, 'loadForRun'>) {
  return async (spec: RseSpec, baseDir: string | undefined): Promise<RseItem[]> => {
    const items: RseItem[] = []
    for (const set of spec.promptSets) {
      const loaded = await promptSets.loadForRun({ ...set, name: set.name }, { ...(baseDir ? { baseDir } : {}) })
      loaded.items.forEach((item, position) => items.push({ setName: set.name, itemId: item.id, position, prompt: item.prompt }))
    }
    return items
  }
}
