import { z } from 'zod'
import type { IdentityFact } from '../../core/evaluators/ice/types'
import type { Db } from '../database'

interface Raw {
  id: string
  vendor: string
  series_json: string
  keywords_json: string
  fact: string
  updated_at: string
}

/** A fact the user added, or their version of a built-in one (same id as the built-in). */
export interface StoredIdentityFact extends IdentityFact {
  readonly updatedAt: string
}

// A hand-edited or damaged list reads as empty rather than breaking every ICE screen.
const words = z.array(z.string()).catch([])

function fromRaw(raw: Raw): StoredIdentityFact {
  return {
    id: raw.id,
    vendor: raw.vendor,
    series: words.parse(safeJson(raw.series_json)),
    keywords: words.parse(safeJson(raw.keywords_json)),
    fact: raw.fact,
    updatedAt: raw.updated_at,
  }
}

export interface IdentityFactsRepo {
  /** Every stored row, by vendor (case-insensitive), then id. */
  list(): StoredIdentityFact[]
  get(id: string): StoredIdentityFact | undefined
  /** Inserts or replaces the row with this id. */
  put(fact: IdentityFact): StoredIdentityFact
  /**
   * Deletes the row and, in the same transaction, clears it as the own fact of any saved model
   * (`clearModels`: an added fact that no longer exists). Returns the rows changed.
   */
  delete(id: string, options: { clearModels: boolean }): { deleted: boolean; modelsCleared: number }
}

export function createIdentityFactsRepo(db: Db, now: () => Date = () => new Date()): IdentityFactsRepo {
  const selectAll = db.prepare('SELECT * FROM identity_facts ORDER BY lower(vendor), id')
  const selectOne = db.prepare('SELECT * FROM identity_facts WHERE id = ?')
  const upsert = db.prepare(
    `INSERT INTO identity_facts (id, vendor, series_json, keywords_json, fact, updated_at)
     VALUES (@id, @vendor, @series, @keywords, @fact, @at)
     ON CONFLICT (id) DO UPDATE SET vendor = excluded.vendor, series_json = excluded.series_json,
       keywords_json = excluded.keywords_json, fact = excluded.fact, updated_at = excluded.updated_at`,
  )
  const deleteRow = db.prepare('DELETE FROM identity_facts WHERE id = ?')
  const clearModelRefs = db.prepare('UPDATE models SET identity_fact_id = NULL WHERE identity_fact_id = ?')

  const get = (id: string) => {
    const raw = selectOne.get(id) as Raw | undefined
    return raw && fromRaw(raw)
  }
  const remove = db.transaction((id: string, clearModels: boolean) => {
    const deleted = deleteRow.run(id).changes > 0
    const modelsCleared = deleted && clearModels ? clearModelRefs.run(id).changes : 0
    return { deleted, modelsCleared }
  })

  return {
    list: () => (selectAll.all() as Raw[]).map(fromRaw),
    get,
    put(fact) {
      upsert.run({
        id: fact.id,
        vendor: fact.vendor,
        series: JSON.stringify(fact.series),
        keywords: JSON.stringify(fact.keywords),
        fact: fact.fact,
        at: now().toISOString(),
      })
      return get(fact.id)!
    },
    delete: (id, options) => remove(id, options.clearModels),
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}
