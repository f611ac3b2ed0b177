import type { ProviderSettings } from '../../../shared/contract/providers'
import { headersSchema } from '../../../shared/contract/providers'
import type { Db } from '../database'
import { newId } from './ids'

export interface ProviderRow extends ProviderSettings {
  readonly id: string
  readonly createdAt: string
  readonly updatedAt: string
}

interface Raw {
  id: string
  name: string
  preset: ProviderSettings['preset']
  kind: ProviderSettings['kind']
  base_url: string
  headers_json: string
  timeout_ms: number
  proxy: string | null
  api_key_env: string | null
  max_concurrent: number | null
  created_at: string
  updated_at: string
}

function fromRaw(raw: Raw): ProviderRow {
  const headers = headersSchema.safeParse(JSON.parse(raw.headers_json))
  return {
    id: raw.id,
    name: raw.name,
    preset: raw.preset,
    kind: raw.kind,
    baseURL: raw.base_url,
    headers: headers.success ? headers.data : {},
    timeoutMs: raw.timeout_ms,
    ...(raw.proxy ? { proxy: raw.proxy } : {}),
    ...(raw.api_key_env ? { apiKeyEnv: raw.api_key_env } : {}),
    ...(raw.max_concurrent !== null ? { maxConcurrent: raw.max_concurrent } : {}),
    createdAt: raw.created_at,
    updatedAt: raw.updated_at,
  }
}

export interface ProvidersRepo {
  list(): ProviderRow[]
  get(id: string): ProviderRow | undefined
  insert(settings: ProviderSettings): ProviderRow
  update(id: string, settings: ProviderSettings): ProviderRow
  delete(id: string): void
}

export function createProvidersRepo(db: Db, now: () => Date = () => new Date()): ProvidersRepo {
  const selectAll = db.prepare('SELECT * FROM providers ORDER BY created_at, id')
  const selectOne = db.prepare('SELECT * FROM providers WHERE id = ?')
  const insertRow = db.prepare(
    `INSERT INTO providers (id, name, preset, kind, base_url, headers_json, timeout_ms, proxy, api_key_env, max_concurrent, created_at, updated_at)
     VALUES (@id, @name, @preset, @kind, @baseURL, @headers, @timeoutMs, @proxy, @apiKeyEnv, @maxConcurrent, @at, @at)`,
  )
  const updateRow = db.prepare(
    `UPDATE providers SET name = @name, preset = @preset, kind = @kind, base_url = @baseURL, headers_json = @headers,
     timeout_ms = @timeoutMs, proxy = @proxy, api_key_env = @apiKeyEnv, max_concurrent = @maxConcurrent, updated_at = @at WHERE id = @id`,
  )
  const deleteRow = db.prepare('DELETE FROM providers WHERE id = ?')
  const params = (id: string, settings: ProviderSettings) => ({
    id,
    name: settings.name,
    preset: settings.preset,
    kind: settings.kind,
    baseURL: settings.baseURL,
    headers: JSON.stringify(settings.headers),
    timeoutMs: settings.timeoutMs,
    proxy: settings.proxy ?? null,
    apiKeyEnv: settings.apiKeyEnv ?? null,
    maxConcurrent: settings.maxConcurrent ?? null,
    at: now().toISOString(),
  })
  const get = (id: string) => {
    const raw = selectOne.get(id) as Raw | undefined
    return raw && fromRaw(raw)
  }
  return {
    list: () => (selectAll.all() as Raw[]).map(fromRaw),
    get,
    insert(settings) {
      const id = newId('prov')
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
