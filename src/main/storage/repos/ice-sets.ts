import { z } from 'zod'
import { AppError } from '../../../shared/contract/errors'
import type { IceSetKind } from '../../../shared/contract/ice-library'
import { ICE_CATEGORIES, ICE_LANGUAGES, type IdentityQuestion, type SeedTemplate } from '../../core/evaluators/ice/types'
import type { Db } from '../database'
import { newId } from './ids'

interface SummaryRaw {
  id: string
  kind: string
  name: string
  source_note: string
  origin_json: string
  item_count: number
  counts_json: string
  content_hash: string
  created_at: string
}

interface Raw extends SummaryRaw {
  items_json: string
}

/** Where a stored set came from (shown to the person, never used to decide anything). */
export interface IceSetOrigin {
  readonly fileName?: string
  readonly url?: string
}

export interface StoredIceSetSummary {
  readonly id: string
  readonly kind: IceSetKind
  readonly name: string
  readonly sourceNote: string
  readonly origin: IceSetOrigin
  readonly itemCount: number
  /** See IceSetSummary.counts: per language, or with and without placeholder. */
  readonly counts: Readonly<Record<string, number>>
  readonly contentHash: string
  readonly createdAt: string
}

export type IceSetItems =
  { readonly kind: 'questions'; readonly items: readonly IdentityQuestion[] } | { readonly kind: 'seeds'; readonly items: readonly SeedTemplate[] }

export type StoredIceSet = Omit<StoredIceSetSummary, 'kind'> & IceSetItems

export type NewIceSet = Pick<StoredIceSetSummary, 'name' | 'sourceNote' | 'origin' | 'counts' | 'contentHash'> & IceSetItems

const originSchema = z.object({ fileName: z.string().optional(), url: z.string().optional() }).catch({})
const countsSchema = z.record(z.string(), z.number().int().min(0)).catch({})
const text = z.string().min(1)
const questionsSchema = z.array(z.object({ id: text, text, category: z.enum(ICE_CATEGORIES).optional(), language: z.enum(ICE_LANGUAGES).optional() }).strict())
const seedsSchema = z.array(z.object({ id: text, text }).strict())

function summaryFromRaw(raw: SummaryRaw): StoredIceSetSummary {
  return {
    id: raw.id,
    kind: raw.kind === 'seeds' ? 'seeds' : 'questions',
    name: raw.name,
    sourceNote: raw.source_note,
    origin: originSchema.parse(safeJson(raw.origin_json)),
    itemCount: raw.item_count,
    counts: countsSchema.parse(safeJson(raw.counts_json)),
    contentHash: raw.content_hash,
    createdAt: raw.created_at,
  }
}

/**
 * Items are what a run asks, so they are never "repaired" on read: a damaged row is an error that
 * says what to do, rather than a run on a silently different set.
 */
function itemsFromRaw(raw: Raw): IceSetItems {
  const value = safeJson(raw.items_json)
  const parsed = raw.kind === 'seeds' ? seedsSchema.safeParse(value) : questionsSchema.safeParse(value)
  if (!parsed.success) {
    throw new AppError('unavailable', `The stored set "${raw.name}" is damaged (its items cannot be read). Delete it and import it again.`)
  }
  return raw.kind === 'seeds' ? { kind: 'seeds', items: parsed.data as SeedTemplate[] } : { kind: 'questions', items: parsed.data as IdentityQuestion[] }
}

export interface IceSetsRepo {
  /** Summaries (no items), oldest first; only one kind when asked. */
  list(kind?: IceSetKind): StoredIceSetSummary[]
  get(id: string): StoredIceSet | undefined
  /** A stored set of this kind with identical items, if any. */
  findByHash(kind: IceSetKind, contentHash: string): StoredIceSetSummary | undefined
  /** Stores the set unless an identical one exists; one transaction, so two imports cannot both store it. */
  insertUnlessIdentical(set: NewIceSet): { set: StoredIceSetSummary; created: boolean }
  delete(id: string): boolean
}

export function createIceSetsRepo(db: Db, now: () => Date = () => new Date()): IceSetsRepo {
  const summaryColumns = 'id, kind, name, source_note, origin_json, item_count, counts_json, content_hash, created_at'
  const selectAll = db.prepare(`SELECT ${summaryColumns} FROM ice_sets ORDER BY created_at, id`)
  const selectKind = db.prepare(`SELECT ${summaryColumns} FROM ice_sets WHERE kind = ? ORDER BY created_at, id`)
  const selectOne = db.prepare('SELECT * FROM ice_sets WHERE id = ?')
  const selectSummary = db.prepare(`SELECT ${summaryColumns} FROM ice_sets WHERE id = ?`)
  const selectByHash = db.prepare(`SELECT ${summaryColumns} FROM ice_sets WHERE kind = ? AND content_hash = ? ORDER BY created_at, id LIMIT 1`)
  const insertRow = db.prepare(
    `INSERT INTO ice_sets (id, kind, name, source_note, origin_json, item_count, counts_json, content_hash, items_json, created_at)
     VALUES (@id, @kind, @name, @sourceNote, @origin, @itemCount, @counts, @contentHash, @items, @createdAt)`,
  )
  const deleteRow = db.prepare('DELETE FROM ice_sets WHERE id = ?')

  const findByHash = (kind: IceSetKind, contentHash: string) => {
    const raw = selectByHash.get(kind, contentHash) as SummaryRaw | undefined
    return raw && summaryFromRaw(raw)
  }
  const insertUnlessIdentical = db.transaction((set: NewIceSet) => {
    const existing = findByHash(set.kind, set.contentHash)
    if (existing) return { set: existing, created: false }
    const id = newId('iceset')
    insertRow.run({
      id,
      kind: set.kind,
      name: set.name,
      sourceNote: set.sourceNote,
      origin: JSON.stringify(set.origin),
      itemCount: set.items.length,
      counts: JSON.stringify(set.counts),
      contentHash: set.contentHash,
      items: JSON.stringify(set.items),
      createdAt: now().toISOString(),
    })
    return { set: summaryFromRaw(selectSummary.get(id) as SummaryRaw), created: true }
  })

  return {
    list: (kind) => ((kind ? selectKind.all(kind) : selectAll.all()) as SummaryRaw[]).map(summaryFromRaw),
    get(id) {
      const raw = selectOne.get(id) as Raw | undefined
      if (!raw) return undefined
      const { kind: _kind, ...summary } = summaryFromRaw(raw)
      return { ...summary, ...itemsFromRaw(raw) }
    },
    findByHash,
    insertUnlessIdentical,
    delete: (id) => deleteRow.run(id).changes > 0,
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}
