import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../../../shared/contract/settings'
import type { Db } from '../database'

export interface SettingsRepo {
  get(): Settings
  update(patch: Partial<Settings>): Settings
}

/**
 * Settings are stored one key per row so a later version can add keys without a migration. Values
 * are re-validated on read: a hand-edited or outdated value falls back to its default, it never
 * reaches the renderer unchecked.
 */
export function createSettingsRepo(db: Db, now: () => Date = () => new Date()): SettingsRepo {
  const selectAll = db.prepare('SELECT key, value FROM settings')
  const upsert = db.prepare(
    'INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at',
  )

  function get(): Settings {
    const merged: Record<string, unknown> = { ...DEFAULT_SETTINGS }
    for (const row of selectAll.all() as { key: string; value: string }[]) {
      if (!(row.key in DEFAULT_SETTINGS)) continue
      const candidate = { ...merged, [row.key]: safeJson(row.value) }
      if (settingsSchema.safeParse(candidate).success) merged[row.key] = candidate[row.key]
    }
    return settingsSchema.parse(merged)
  }

  const update = db.transaction((patch: Partial<Settings>): Settings => {
    const stamp = now().toISOString()
    for (const [key, value] of Object.entries(patch)) {
      if (value !== undefined) upsert.run(key, JSON.stringify(value), stamp)
    }
    return get()
  })

  return { get, update }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}
