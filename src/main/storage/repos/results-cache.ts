import type { Db } from '../database'

export type ResultsKind = 'rse' | 'ice'

/** One stored result: for which state of the run and shape of the results it was computed. */
export interface StoredResults {
  readonly statusSeq: number
  readonly shapeVersion: number
  readonly computedAt: string
  readonly json: string
}

/** Results of finished runs kept across restarts (migration 0010). */
export interface ResultsCacheRepo {
  get(runId: string, kind: ResultsKind): StoredResults | undefined
  put(runId: string, kind: ResultsKind, stored: StoredResults): void
  /** Forgets every kind of result of the run. */
  delete(runId: string): void
}

export function createResultsCacheRepo(db: Db): ResultsCacheRepo {
  const select = db.prepare('SELECT status_seq, shape_version, computed_at, results_json FROM results_cache WHERE run_id = ? AND kind = ?')
  const upsert = db.prepare(
    `INSERT OR REPLACE INTO results_cache (run_id, kind, status_seq, shape_version, computed_at, results_json)
     SELECT @runId, @kind, @statusSeq, @shapeVersion, @computedAt, @json WHERE EXISTS (SELECT 1 FROM runs WHERE id = @runId)`,
  )
  const remove = db.prepare('DELETE FROM results_cache WHERE run_id = ?')
  return {
    get(runId, kind) {
      const row = select.get(runId, kind) as { status_seq: number; shape_version: number; computed_at: string; results_json: string } | undefined
      return row && { statusSeq: row.status_seq, shapeVersion: row.shape_version, computedAt: row.computed_at, json: row.results_json }
    },
    // A run deleted while its results were being computed has nothing to keep them for.
    put: (runId, kind, stored) => void upsert.run({ runId, kind, ...stored }),
    delete: (runId) => void remove.run(runId),
  }
}
