import { z } from 'zod'
import { PROMPT_SET_DOMAINS, type PromptItem, type PromptSet, type PromptSetDomain, type PromptSetOrigin } from '../../../shared/contract/prompt-sets'
import type { Db } from '../database'
import { newId } from './ids'

interface SetRaw {
  id: string
  name: string
  domain: string
  source_note: string
  origin_json: string
  builtin: number
  item_count: number
  content_hash: string
  created_at: string
}

interface ItemRaw {
  item_id: string
  prompt: string
  category: string | null
  metadata_json: string | null
}

export interface NewPromptSet {
  /** Built-in sets have fixed ids; imported ones get a new id. */
  readonly id?: string
  readonly name: string
  readonly domain: PromptSetDomain
  readonly sourceNote: string
  readonly builtin: boolean
  readonly origin: PromptSetOrigin
  readonly contentHash: string
  readonly items: readonly PromptItem[]
}

const domainSchema = z.enum(PROMPT_SET_DOMAINS).catch('other')
const originSchema = z
  .object({
    fileName: z.string().optional(),
    format: z.enum(['jsonl', 'json', 'csv', 'tsv']).optional(),
    shape: z.enum(['arena-hard', 'numina-math', 'sharegpt', 'chat-messages', 'prompt', 'question', 'instruction', 'text', 'custom']).optional(),
    url: z.string().optional(),
    skippedDuplicates: z.number().int().min(0).optional(),
    skippedInvalid: z.number().int().min(0).optional(),
  })
  .catch({})
const metadataSchema = z
  .record(z.string(), z.union([z.string(), z.number(), z.boolean()]))
  .optional()
  .catch(undefined)

/** JSON columns are re-validated on read: a hand-edited bad value becomes a safe default. */
function setFromRaw(raw: SetRaw): PromptSet {
  return {
    id: raw.id,
    name: raw.name,
    domain: domainSchema.parse(raw.domain),
    sourceNote: raw.source_note,
    builtin: raw.builtin === 1,
    createdAt: raw.created_at,
    itemCount: raw.item_count,
    contentHash: raw.content_hash,
    origin: originSchema.parse(safeJson(raw.origin_json)),
  }
}

function itemFromRaw(raw: ItemRaw): PromptItem {
  const metadata = raw.metadata_json === null ? undefined : metadataSchema.parse(safeJson(raw.metadata_json))
  return { id: raw.item_id, prompt: raw.prompt, ...(raw.category === null ? {} : { category: raw.category }), ...(metadata ? { metadata } : {}) }
}

export interface PromptSetsRepo {
  /** Built-in sets first (by id), then the others oldest first. */
  list(): PromptSet[]
  get(id: string): PromptSet | undefined
  /** An identical set already stored (same items), if any. */
  findByHash(contentHash: string): PromptSet | undefined
  items(setId: string, offset: number, limit: number): PromptItem[]
  /** Every item in stored order: the order seeded sampling is defined over. */
  allItems(setId: string): PromptItem[]
  /** Item ids in stored order, without loading the prompts. */
  itemIds(setId: string): string[]
  /** The set and all its items in one transaction: all stored or nothing. */
  insert(set: NewPromptSet): PromptSet
  /** Replaces a set's row and items in one transaction (built-ins whose bundled text changed). */
  replace(id: string, set: NewPromptSet): PromptSet
  /** Deletes an imported set and its items; false if absent or built-in. */
  delete(id: string): boolean
}

export function createPromptSetsRepo(db: Db, now: () => Date = () => new Date()): PromptSetsRepo {
  // Built-ins are written in one start, often within one millisecond: order them by id, not time.
  const selectAll = db.prepare('SELECT * FROM prompt_sets ORDER BY builtin DESC, CASE builtin WHEN 1 THEN id END, created_at, id')
  const selectOne = db.prepare('SELECT * FROM prompt_sets WHERE id = ?')
  const selectByHash = db.prepare('SELECT * FROM prompt_sets WHERE content_hash = ? ORDER BY builtin DESC, created_at, id LIMIT 1')
  const itemColumns = 'SELECT item_id, prompt, category, metadata_json FROM prompt_items WHERE set_id = ? ORDER BY position'
  const selectPage = db.prepare(`${itemColumns} LIMIT ? OFFSET ?`)
  const selectItems = db.prepare(itemColumns)
  const selectIds = db.prepare('SELECT item_id FROM prompt_items WHERE set_id = ? ORDER BY position').pluck()
  const insertSet = db.prepare(
    `INSERT INTO prompt_sets (id, name, domain, source_note, origin_json, builtin, item_count, content_hash, created_at)
     VALUES (@id, @name, @domain, @sourceNote, @origin, @builtin, @itemCount, @contentHash, @createdAt)`,
  )
  const insertItem = db.prepare('INSERT INTO prompt_items (set_id, position, item_id, prompt, category, metadata_json) VALUES (?, ?, ?, ?, ?, ?)')
  const updateSet = db.prepare(
    `UPDATE prompt_sets SET name = @name, domain = @domain, source_note = @sourceNote, origin_json = @origin, builtin = @builtin,
     item_count = @itemCount, content_hash = @contentHash WHERE id = @id`,
  )
  const deleteItems = db.prepare('DELETE FROM prompt_items WHERE set_id = ?')
  const deleteImported = db.prepare('DELETE FROM prompt_sets WHERE id = ? AND builtin = 0')

  const get = (id: string) => {
    const raw = selectOne.get(id) as SetRaw | undefined
    return raw && setFromRaw(raw)
  }
  const rowOf = (id: string, set: NewPromptSet) => ({
    id,
    name: set.name,
    domain: set.domain,
    sourceNote: set.sourceNote,
    origin: JSON.stringify(set.origin),
    builtin: set.builtin ? 1 : 0,
    itemCount: set.items.length,
    contentHash: set.contentHash,
  })
  const writeItems = (id: string, items: readonly PromptItem[]) => {
    items.forEach((item, position) => {
      insertItem.run(id, position, item.id, item.prompt, item.category ?? null, item.metadata ? JSON.stringify(item.metadata) : null)
    })
  }
  const insert = db.transaction((set: NewPromptSet) => {
    const id = set.id ?? newId('pset')
    insertSet.run({ ...rowOf(id, set), createdAt: now().toISOString() })
    writeItems(id, set.items)
    return get(id)!
  })
  // Updated in place, never deleted and re-created: rows elsewhere may refer to the set.
  const replace = db.transaction((id: string, set: NewPromptSet) => {
    updateSet.run(rowOf(id, set))
    deleteItems.run(id)
    writeItems(id, set.items)
    return get(id)!
  })

  return {
    list: () => (selectAll.all() as SetRaw[]).map(setFromRaw),
    get,
    findByHash: (contentHash) => {
      const raw = selectByHash.get(contentHash) as SetRaw | undefined
      return raw && setFromRaw(raw)
    },
    items: (setId, offset, limit) => (selectPage.all(setId, limit, offset) as ItemRaw[]).map(itemFromRaw),
    allItems: (setId) => (selectItems.all(setId) as ItemRaw[]).map(itemFromRaw),
    itemIds: (setId) => selectIds.all(setId) as string[],
    insert,
    replace,
    delete: (id) => deleteImported.run(id).changes > 0,
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}
