import type { IceResultReads, IceRowKey, IceRowQuery } from '../../core/evaluators/ice/ice-row-reads'
import type { IceAttackRow } from '../../core/evaluators/ice'
import { templateMentionsKeyword } from '../../core/evaluators/ice/scores/hard'
import type { Db } from '../database'
import { immediateWrites, type WriteBatch } from '../write-batch'
import { SPLIT_COLUMN } from './ice-runs'
import { withReplicate } from '../../core/evaluators/ice/replicates'

/** A stored row, tagged with the replicate its column says (replicate 0 stays untagged). */
const rowOf = (raw: { replicate: number; row_json: string }): IceAttackRow => withReplicate(JSON.parse(raw.row_json) as IceAttackRow, raw.replicate)

// Which rows each `only` keeps, on the verdict columns; hard asks the same keyword test as the
// scores (a JavaScript function: SQLite's lower() folds only ASCII letters, JavaScript's every letter).
const ONLY: Record<IceRowQuery['only'], string> = {
  all: '1',
  loose: 'loose = 1',
  strict: 'loose = 1 AND strict = 1',
  hard: "loose = 1 AND strict = 1 AND NOT distillscope_mentions_keyword(json_extract(row_json, '$.template'), @keywords)",
  unjudged: 'loose IS NULL',
  // A panel's even split at either stage (SPLIT_COLUMN in ice-runs.ts).
  split: `(loose = ${SPLIT_COLUMN} OR strict = ${SPLIT_COLUMN})`,
}

// A mutant id names a template of one replicate: replicate 0's (the tree results show) unless another is asked for.
const where = (only: IceRowQuery['only']) => `WHERE run_id = @runId
  AND (@replicate IS NULL OR replicate = @replicate)
  AND (@mutantId IS NULL OR (mutant_id = @mutantId AND replicate = coalesce(@replicate, 0)))
  AND (@category IS NULL OR coalesce(json_extract(row_json, '$.category'), 'unknown') = @category)
  AND (@language IS NULL OR coalesce(json_extract(row_json, '$.language'), 'unknown') = @language)
  AND ${ONLY[only]}`

/**
 * The reads results and row pages make of an ICE run (core/evaluators/ice/ice-row-reads): pages in
 * SQL (LIMIT/OFFSET, filters in WHERE, totals by COUNT), never every row of the run at once. Each
 * read commits the run's write batch first, so it sees every write made before it.
 */
export function createIceRowReads(db: Db, batch: WriteBatch = immediateWrites): IceResultReads {
  let parsed: { json: string; keywords: string[] } = { json: '[]', keywords: [] }
  db.function('distillscope_mentions_keyword', { deterministic: true }, (template: unknown, keywordsJson: unknown) => {
    if (parsed.json !== keywordsJson) parsed = { json: String(keywordsJson), keywords: JSON.parse(String(keywordsJson)) as string[] }
    return templateMentionsKeyword(String(template ?? ''), parsed.keywords) ? 1 : 0
  })
  const selectAfter = db.prepare(
    `SELECT replicate, iteration, mutant_id, question_index, row_json FROM ice_rows
     WHERE run_id = @runId
       AND (@iteration IS NULL OR (replicate, iteration, mutant_id, question_index) > (@replicate, @iteration, @mutantId, @questionIndex))
     ORDER BY replicate, iteration, mutant_id, question_index LIMIT @limit`,
  )
  const kinds = Object.keys(ONLY) as IceRowQuery['only'][]
  const pages = new Map(
    kinds.map((only) => [
      only,
      db.prepare(
        `SELECT replicate, row_json FROM ice_rows ${where(only)} ORDER BY replicate, iteration, mutant_id, question_index LIMIT @limit OFFSET @offset`,
      ),
    ]),
  )
  const counts = new Map(kinds.map((only) => [only, db.prepare(`SELECT COUNT(*) AS n FROM ice_rows ${where(only)}`)]))
  // Built just before each page or count is read: the run's pending writes are committed first.
  const params = (runId: string, query: IceRowQuery) => (
    batch.flush(),
    {
      runId,
      mutantId: query.mutantId ?? null,
      replicate: query.replicate ?? null,
      category: query.category ?? null,
      language: query.language ?? null,
      keywords: JSON.stringify(query.keywords),
    }
  )
  const statement = <T>(map: Map<string, T>, only: string): T => {
    const found = map.get(only)
    if (!found) throw new Error(`Unknown row filter "${only}"`)
    return found
  }
  return {
    rowsAfter(runId, after, limit) {
      batch.flush()
      const [replicate, iteration, mutantId, questionIndex] = after ?? [null, null, null, null]
      const rows = selectAfter.all({ runId, replicate, iteration, mutantId, questionIndex, limit }) as {
        replicate: number
        iteration: number
        mutant_id: number
        question_index: number
        row_json: string
      }[]
      return rows.map((raw) => ({ key: [raw.replicate, raw.iteration, raw.mutant_id, raw.question_index] as IceRowKey, row: rowOf(raw) }))
    },
    rowPage: (runId, query) =>
      (
        statement(pages, query.only).all({ ...params(runId, query), offset: query.offset, limit: query.limit }) as { replicate: number; row_json: string }[]
      ).map(rowOf),
    rowCount: (runId, query) => (statement(counts, query.only).get(params(runId, query)) as { n: number }).n,
  }
}
