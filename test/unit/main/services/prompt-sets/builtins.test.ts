import { describe, expect, it } from 'vitest'
import { builtinPromptSets, syncBuiltinPromptSets } from '../../../../../src/main/services/prompt-sets/builtins'
import { prepareImport } from '../../../../../src/main/core/evaluators/rse/import/prepare-import'
import { AppError } from '../../../../../src/shared/contract/errors'
import { usePromptSets } from './support'

const open = usePromptSets()

/**
 * Published built-ins must never change: results refer to their prompts by id. If this fails you
 * edited a built-in set; restore it and add a new version (a new file with a `-v2` id) instead.
 */
const PINNED_HASHES: Record<string, string> = {
  'builtin-general-v1': '44d0b7a55413c602c91a3ade2c19d439e170d36193c8ab1c40c830f145cf52be',
  'builtin-math-v1': 'd568800475e0b087a37456788e0691d08a6ad0f422f601f2694c8254da72825a',
  'builtin-instruction-v1': '9790e6ccac5f143c9b04799cd92071bf3c014b7cd531f701b9d6bae919de1e0e',
}

describe('built-in prompt sets', () => {
  it("are present without any import: three sets of 30 prompts, labelled as the team's own", () => {
    const { repo } = open()
    const builtins = repo.list().filter((set) => set.builtin)
    expect(builtins.map((set) => [set.id, set.domain, set.itemCount])).toEqual([
      ['builtin-general-v1', 'general', 30],
      ['builtin-instruction-v1', 'instruction', 30],
      ['builtin-math-v1', 'math', 30],
    ])
    for (const set of builtins) {
      expect(set.sourceNote).toContain('Written by the Distillscope team')
      expect(set.sourceNote).toContain('CC0')
    }
  })

  it('have not changed since they were published', () => {
    expect(Object.fromEntries(builtinPromptSets().map((set) => [set.id, set.contentHash]))).toEqual(PINNED_HASHES)
  })

  it('have unique ids and prompts, every prompt with a category', () => {
    const items = builtinPromptSets().flatMap((set) => set.items)
    expect(new Set(items.map((item) => item.id)).size).toBe(items.length)
    expect(new Set(items.map((item) => item.prompt.toLowerCase())).size).toBe(items.length)
    expect(items.every((item) => item.category && item.prompt.length > 20)).toBe(true)
  })

  it('use the import format, so importing the file gives the same items', () => {
    for (const set of builtinPromptSets()) {
      const prepared = prepareImport(`${set.id}.json`, JSON.stringify({ data: set.items }))
      expect(prepared.contentHash).toBe(set.contentHash)
    }
  })

  it('cannot be deleted', async () => {
    const { call, repo, changes } = open()
    const error = await call('promptSets.delete', { id: 'builtin-math-v1' }).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(AppError)
    expect(error).toMatchObject({ code: 'conflict', message: '"Maths problems (Distillscope demo set)" comes with Distillscope and cannot be deleted.' })
    expect(repo.get('builtin-math-v1')?.itemCount).toBe(30)
    expect(changes).toEqual([])
  })

  it('are written once, and restored when a stored copy differs', () => {
    const { repo, db } = open()
    expect(syncBuiltinPromptSets(repo)).toEqual({ added: [], updated: [] })
    db.prepare("UPDATE prompt_items SET prompt = 'tampered' WHERE set_id = 'builtin-general-v1' AND position = 0").run()
    db.prepare("UPDATE prompt_sets SET content_hash = 'x' WHERE id = 'builtin-general-v1'").run()
    expect(syncBuiltinPromptSets(repo)).toEqual({ added: [], updated: ['builtin-general-v1'] })
    expect(repo.allItems('builtin-general-v1')[0]?.prompt).not.toBe('tampered')
    expect(repo.list().filter((set) => set.builtin)).toHaveLength(3)
  })
})
