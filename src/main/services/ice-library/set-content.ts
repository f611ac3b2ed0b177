import { createHash } from 'node:crypto'
import type { IdentityQuestionView, SeedTemplateView } from '../../../shared/contract/ice-library'
import { hasPlaceholder } from '../../core/evaluators/ice/placeholder'
import type { IdentityQuestion, SeedTemplate } from '../../core/evaluators/ice/types'
import type { IceSetItems } from '../../storage/repos/ice-sets'

/**
 * What identifies a set's content, and what the list shows about it. The hash covers exactly what
 * a run uses (ids, texts, categories, languages), in order, so a renamed copy of a file is found
 * as identical and an ICE run records which questions and templates it asked.
 */
export function contentHashOf(set: IceSetItems): string {
  const hash = createHash('sha256')
  hash.update(`distillscope-ice-${set.kind}-v1\n`)
  if (set.kind === 'questions') {
    for (const item of set.items) hash.update(`${JSON.stringify([item.id, item.text, item.category ?? null, item.language ?? null])}\n`)
  } else {
    for (const item of set.items) hash.update(`${JSON.stringify([item.id, item.text])}\n`)
  }
  return hash.digest('hex')
}

/** Questions per language (`unknown` when untagged); templates with and without the placeholder. */
export function countsOf(set: IceSetItems): Record<string, number> {
  if (set.kind === 'questions') {
    const counts: Record<string, number> = { en: 0, zh: 0, unknown: 0 }
    for (const item of set.items) counts[item.language ?? 'unknown'] = (counts[item.language ?? 'unknown'] ?? 0) + 1
    return counts
  }
  const withPlaceholder = set.items.filter((item) => hasPlaceholder(item.text)).length
  return { withPlaceholder, withoutPlaceholder: set.items.length - withPlaceholder }
}

export function questionView(item: IdentityQuestion): IdentityQuestionView {
  return { id: item.id, text: item.text, ...(item.category ? { category: item.category } : {}), ...(item.language ? { language: item.language } : {}) }
}

export function templateView(item: SeedTemplate): SeedTemplateView {
  return { id: item.id, text: item.text, hasPlaceholder: hasPlaceholder(item.text) }
}
