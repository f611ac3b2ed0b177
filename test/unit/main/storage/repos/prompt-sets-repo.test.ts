import { describe, expect, it } from 'vitest'
import type { NewPromptSet } from '../../../../../src/main/storage/repos/prompt-sets'
import { usePromptSets } from '../../services/prompt-sets/support'

const open = usePromptSets()

const newSet = (overrides: Partial<NewPromptSet> = {}): NewPromptSet => ({
  name: 'Mine',
  domain: 'math',
  sourceNote: 'test',
  builtin: false,
  origin: { fileName: 'a.jsonl', format: 'jsonl', shape: 'prompt' },
  contentHash: 'hash-1',
  items: [
    { id: 'q1', prompt: 'One', category: 'algebra', metadata: { level: 3, hard: true, source: 'x' } },
    { id: 'q2', prompt: 'Two' },
    { id: 'q3', prompt: 'Three' },
  ],
  ...overrides,
})

const countItems = (db: ReturnType<typeof open>['db']) => (db.prepare('SELECT COUNT(*) AS n FROM prompt_items').get() as { n: number }).n

describe('prompt sets repository', () => {
  it('stores a set with its items in order, and pages through them', () => {
    const { repo } = open()
    const set = repo.insert(newSet())
    expect(set).toMatchObject({ name: 'Mine', domain: 'math', builtin: false, itemCount: 3, contentHash: 'hash-1', origin: { fileName: 'a.jsonl' } })
    expect(set.id).toMatch(/^pset_/)
    expect(repo.allItems(set.id)[0]).toEqual({ id: 'q1', prompt: 'One', category: 'algebra', metadata: { level: 3, hard: true, source: 'x' } })
    expect(repo.items(set.id, 1, 5).map((item) => item.id)).toEqual(['q2', 'q3'])
    expect(repo.itemIds(set.id)).toEqual(['q1', 'q2', 'q3'])
    expect(repo.findByHash('hash-1')?.id).toBe(set.id)
    expect(repo.findByHash('other')).toBeUndefined()
  })

  it('stores nothing when one item fails (a single transaction)', () => {
    const { repo, db } = open()
    const before = { sets: repo.list().length, items: countItems(db) }
    const broken = newSet({
      items: [
        { id: 'same', prompt: 'a' },
        { id: 'same', prompt: 'b' },
      ],
    })
    expect(() => repo.insert(broken)).toThrow(/UNIQUE/)
    expect(repo.list()).toHaveLength(before.sets)
    expect(countItems(db)).toBe(before.items)
  })

  it('deletes an imported set with its items, never a built-in one', () => {
    const { repo, db } = open()
    const before = countItems(db)
    const set = repo.insert(newSet())
    expect(repo.delete(set.id)).toBe(true)
    expect(repo.get(set.id)).toBeUndefined()
    expect(countItems(db)).toBe(before)
    const builtin = repo.list().find((candidate) => candidate.builtin)!
    expect(repo.delete(builtin.id)).toBe(false)
    expect(repo.get(builtin.id)).toBeDefined()
  })

  it('lists built-in sets first', () => {
    const { repo } = open()
    repo.insert(newSet())
    expect(repo.list().map((set) => set.builtin)).toEqual([true, true, true, false])
  })

  it('re-validates JSON columns on read', () => {
    const { repo, db } = open()
    const set = repo.insert(newSet())
    db.prepare("UPDATE prompt_sets SET origin_json = 'not json' WHERE id = ?").run(set.id)
    db.prepare('UPDATE prompt_items SET metadata_json = \'{"nested": {"no": 1}}\' WHERE set_id = ?').run(set.id)
    expect(repo.get(set.id)?.origin).toEqual({})
    expect(repo.allItems(set.id)[0]).toEqual({ id: 'q1', prompt: 'One', category: 'algebra' })
  })

  it('replaces a set in place, keeping its id and creation time', () => {
    const { repo } = open()
    const set = repo.insert(newSet())
    const replaced = repo.replace(set.id, newSet({ name: 'Renamed', contentHash: 'hash-2', items: [{ id: 'z', prompt: 'Zed' }] }))
    expect(replaced).toMatchObject({ id: set.id, name: 'Renamed', itemCount: 1, contentHash: 'hash-2', createdAt: set.createdAt })
    expect(repo.itemIds(set.id)).toEqual(['z'])
  })
})
