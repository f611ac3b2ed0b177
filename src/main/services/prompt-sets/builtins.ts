import { z } from 'zod'
import general from '../../../../resources/prompt-sets/general-reasoning.json'
import instruction from '../../../../resources/prompt-sets/instruction-following.json'
import maths from '../../../../resources/prompt-sets/maths.json'
import { PROMPT_SET_DOMAINS } from '../../../shared/contract/prompt-sets'
import type { NewPromptSet, PromptSetsRepo } from '../../storage/repos/prompt-sets'
import { contentHashOf } from '../../core/evaluators/rse/import/content-hash'

const builtinFileSchema = z
  .object({
    id: z.string().regex(/^builtin-[a-z0-9-]+-v\d+$/),
    name: z.string().min(1),
    domain: z.enum(PROMPT_SET_DOMAINS),
    sourceNote: z.string().min(1),
    data: z.array(z.object({ id: z.string().min(1), category: z.string().min(1), prompt: z.string().min(1) }).strict()).min(1),
  })
  .strict()

/** The bundled sets, checked once: a malformed file is a build mistake, so it fails loudly. */
export function builtinPromptSets(): NewPromptSet[] {
  return [general, maths, instruction].map((file) => {
    const parsed = builtinFileSchema.parse(file)
    const items = parsed.data
    return {
      id: parsed.id,
      name: parsed.name,
      domain: parsed.domain,
      sourceNote: parsed.sourceNote,
      builtin: true,
      origin: {},
      contentHash: contentHashOf(items),
      items,
    }
  })
}

/**
 * Built-ins live in the database like any other set (so runs, pages and sampling need no special
 * case) and are written at start when missing. A stored built-in whose text differs from the
 * bundled one (a development build) is updated in place under the same id.
 */
export function syncBuiltinPromptSets(repo: PromptSetsRepo): { added: string[]; updated: string[] } {
  const added: string[] = []
  const updated: string[] = []
  for (const set of builtinPromptSets()) {
    const id = set.id as string
    const stored = repo.get(id)
    if (!stored) {
      repo.insert(set)
      added.push(id)
    } else if (stored.contentHash !== set.contentHash || stored.name !== set.name || stored.sourceNote !== set.sourceNote || !stored.builtin) {
      repo.replace(id, set)
      updated.push(id)
    }
  }
  return { added, updated }
}
