import { createHash } from 'node:crypto'
import type { PromptItem } from '../../../../../shared/contract/prompt-sets'

/**
 * SHA-256 (hex) of the items in order: ids, prompts and categories, what a run depends on.
 * Metadata, names and notes are left out so a renamed copy still matches.
 */
export function contentHashOf(items: readonly Pick<PromptItem, 'id' | 'prompt' | 'category'>[]): string {
  const hash = createHash('sha256')
  hash.update('distillscope-prompt-set-v1\n')
  for (const item of items) hash.update(`${JSON.stringify([item.id, item.prompt, item.category ?? null])}\n`)
  return hash.digest('hex')
}
