import { generationSchema, limitsSchema, pricesSchema, type Model, type ModelSettings } from '../../../shared/contract/models'
import type { Db } from '../database'
import { newId } from './ids'

interface Raw {
  id: string
  provider_id: string
  model: string
  name: string
  generation_json: string
  prices_json: string
  limits_json: string
  identity_fact_id: string | null
  created_at: string
  updated_at: string
}

/** JSON columns are re-validated on read; a hand-edited bad value falls back to safe defaults. */
function fromRaw(raw: Raw): Model {
  return {
    id: raw.id,
    providerId: raw.provider_id,
    model: raw.model,
    name: raw.name,
    generation: generationSchema.catch(generationSchema.parse({})).parse(JSON.parse(raw.generation_json)),
    prices: pricesSchema.catch({ inputPerMTok: 0, outputPerMTok: 0 }).parse(JSON.parse(raw.prices_json)),
    limits: limitsSchema.catch(limitsSchema.parse({})).parse(JSON.parse(raw.limits_json)),
    // Absent rather than null when unset, so models read before ICE look exactly as they did.
    ...(raw.identity_fact_id === null ? {} : { identityFactId: raw.identity_fact_id }),
    createdAt: raw.created_at,
    updatedAt: raw.updated_at,
  }
}

export interface ModelsRepo {
  list(): Model[]
  get(id: string): Model | undefined
  countForProvider(providerId: string): number
  insert(settings: ModelSettings): Model
  update(id: string, settings: ModelSettings): Model
  delete(id: string): void
}

export function createModelsRepo(db: Db, now: () => Date = () => new Date()): ModelsRepo {
  const selectAll = db.prepare('SELECT * FROM models ORDER BY created_at, id')
  const selectOne = db.prepare('SELECT * FROM models WHERE id = ?')
  const countByProvider = db.prepare('SELECT COUNT(*) AS n FROM models WHERE provider_id = ?')
  const insertRow = db.prepare(
    `INSERT INTO models (id, provider_id, model, name, generation_json, prices_json, limits_json, identity_fact_id, created_at, updated_at)
     VALUES (@id, @providerId, @model, @name, @generation, @prices, @limits, @identityFactId, @at, @at)`,
  )
  const updateRow = db.prepare(
    `UPDATE models SET provider_id = @providerId, model = @model, name = @name, generation_json = @generation,
     prices_json = @prices, limits_json = @limits, identity_fact_id = @identityFactId, updated_at = @at WHERE id = @id`,
  )
  const deleteRow = db.prepare('DELETE FROM models WHERE id = ?')
  const params = (id: string, settings: ModelSettings) => ({
    id,
    providerId: settings.providerId,
    model: settings.model,
    name: settings.name,
    generation: JSON.stringify(settings.generation),
    prices: JSON.stringify(settings.prices),
    limits: JSON.stringify(settings.limits),
    identityFactId: settings.identityFactId ?? null,
    at: now().toISOString(),
  })
  const get = (id: string) => {
    const raw = selectOne.get(id) as Raw | undefined
    return raw && fromRaw(raw)
  }
  return {
    list: () => (selectAll.all() as Raw[]).map(fromRaw),
    get,
    countForProvider: (providerId) => (countByProvider.get(providerId) as { n: number }).n,
    insert(settings) {
      const id = newId('model')
      insertRow.run(params(id, settings))
      return get(id)!
    },
    update(id, settings) {
      updateRow.run(params(id, settings))
      return get(id)!
    },
    delete: (id) => void deleteRow.run(id),
  }
}
