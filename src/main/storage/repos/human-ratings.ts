import type { Db } from '../database'

export interface HumanRating {
  readonly itemKey: string
  readonly rating: number
  readonly ratedAt: string
}

/** A person's ratings of a run's sampled items (migration 0013). */
export interface HumanRatingsRepo {
  list(runId: string): HumanRating[]
  put(runId: string, rating: HumanRating): void
  remove(runId: string, itemKey: string): void
  /** Replaces every rating of the run (a package's ratings, on import). */
  replaceAll(runId: string, ratings: readonly HumanRating[]): void
}

export function createHumanRatingsRepo(db: Db): HumanRatingsRepo {
  const select = db.prepare('SELECT item_key, rating, rated_at FROM human_ratings WHERE run_id = ? ORDER BY item_key')
  const upsert = db.prepare('INSERT OR REPLACE INTO human_ratings (run_id, item_key, rating, rated_at) VALUES (?, ?, ?, ?)')
  const deleteOne = db.prepare('DELETE FROM human_ratings WHERE run_id = ? AND item_key = ?')
  const deleteAll = db.prepare('DELETE FROM human_ratings WHERE run_id = ?')
  const replaceAll = db.transaction((runId: string, ratings: readonly HumanRating[]) => {
    deleteAll.run(runId)
    for (const rating of ratings) upsert.run(runId, rating.itemKey, rating.rating, rating.ratedAt)
  })
  return {
    list: (runId) =>
      (select.all(runId) as { item_key: string; rating: number; rated_at: string }[]).map((row) => ({
        itemKey: row.item_key,
        rating: row.rating,
        ratedAt: row.rated_at,
      })),
    put: (runId, rating) => void upsert.run(runId, rating.itemKey, rating.rating, rating.ratedAt),
    remove: (runId, itemKey) => void deleteOne.run(runId, itemKey),
    replaceAll: (runId, ratings) => replaceAll(runId, ratings),
  }
}
