import type { JudgmentKey, RseItemPart, RseItemQuery, RseResultReads } from '../../core/evaluators/rse/rse-item-rows'
import type { RseScoredJudgment } from '../../core/evaluators/rse/ports'
import type { Db } from '../database'
import { immediateWrites, type WriteBatch } from '../write-batch'
import { ANSWERS_WITH_TEXT, answerOf, judgmentOf, type RseRow } from './rse-results'

type Raw = RseRow
const orUndefined = <T>(value: T | null): T | undefined => (value === null ? undefined : value)

// Items in display order, each with every chosen student (json_each keeps the spec's order in its key).
// A row the panel failed is one with no judgement that some judge could score (METHOD.md 1.3, issue 13).
const ITEM_ROWS = `FROM rse_items i
  JOIN json_each(@students) s
  WHERE i.run_id = @runId AND (@set IS NULL OR i.set_name = @set) AND (@onlyFailed = 0 OR NOT EXISTS (
    SELECT 1 FROM rse_judgments j
    WHERE j.run_id = i.run_id AND j.student_alias = s.value AND j.set_name = i.set_name AND j.item_id = i.item_id AND j.failed_reason IS NULL))`

/**
 * The reads results and item pages make of an RSE run (core/evaluators/rse/rse-item-rows): pages in
 * SQL (LIMIT/OFFSET, filters in WHERE, totals by COUNT), never every row of the run at once. Each
 * read commits the run's write batch first, so it sees every write made before it.
 */
export function createRseResultReads(db: Db, batch: WriteBatch = immediateWrites): RseResultReads {
  // Whether the judge answered is all the table needs of most replies; unreadable ones are shown as examples.
  const selectScored = db.prepare(
    `SELECT judge_alias, student_alias, set_name, item_id, overall, style, structure, content, failed_reason,
       CASE WHEN raw_reply IS NULL THEN NULL WHEN failed_reason IS NULL THEN '' ELSE raw_reply END AS raw_reply
     FROM rse_judgments
     WHERE run_id = @runId AND (@student IS NULL OR (student_alias, set_name, item_id, judge_alias) > (@student, @set, @item, @judge))
     ORDER BY student_alias, set_name, item_id, judge_alias LIMIT @limit`,
  )
  const selectPageKeys = db.prepare(
    `SELECT i.set_name, i.item_id, i.position, i.prompt, s.value AS student ${ITEM_ROWS} ORDER BY i.set_name, i.position, s.key LIMIT @limit OFFSET @offset`,
  )
  const selectCount = db.prepare(`SELECT COUNT(*) AS n ${ITEM_ROWS}`)
  const selectAnswer = db.prepare(`${ANSWERS_WITH_TEXT} WHERE a.run_id = ? AND a.model_alias = ? AND a.set_name = ? AND a.item_id = ?`)
  const selectJudgments = db.prepare('SELECT * FROM rse_judgments WHERE run_id = ? AND student_alias = ? AND set_name = ? AND item_id = ?')
  const itemParams = (runId: string, query: RseItemQuery) => ({
    runId,
    students: JSON.stringify(query.students),
    set: query.set ?? null,
    onlyFailed: query.onlyFailed ? 1 : 0,
  })
  const answer = (runId: string, alias: string, setName: string, itemId: string) => {
    const row = selectAnswer.get(runId, alias, setName, itemId) as Raw | undefined
    return row && answerOf(row)
  }
  return {
    scoredJudgments(runId: string, after: JudgmentKey | undefined, limit: number): RseScoredJudgment[] {
      batch.flush()
      const [student, set, item, judge] = after ?? [null, null, null, null]
      return (selectScored.all({ runId, student, set, item, judge, limit }) as Raw[]).map((row) => ({
        judgeAlias: String(row.judge_alias),
        studentAlias: String(row.student_alias),
        setName: String(row.set_name),
        itemId: String(row.item_id),
        overall: orUndefined(row.overall as number | null),
        style: orUndefined(row.style as number | null),
        structure: orUndefined(row.structure as number | null),
        content: orUndefined(row.content as number | null),
        rawReply: orUndefined(row.raw_reply as string | null),
        failedReason: orUndefined(row.failed_reason as string | null),
      }))
    },
    itemPage(runId, query): RseItemPart[] {
      batch.flush()
      const keys = selectPageKeys.all({ ...itemParams(runId, query), offset: query.offset, limit: query.limit }) as Raw[]
      return keys.map((key) => {
        const [setName, itemId, student] = [String(key.set_name), String(key.item_id), String(key.student)]
        const judgments = (selectJudgments.all(runId, student, setName, itemId) as Raw[]).map(judgmentOf)
        return {
          item: { setName, itemId, position: Number(key.position), prompt: String(key.prompt) },
          student,
          reference: answer(runId, query.reference, setName, itemId),
          candidate: answer(runId, student, setName, itemId),
          judgments,
        }
      })
    },
    itemCount: (runId, query) => {
      batch.flush()
      return (selectCount.get(itemParams(runId, query)) as { n: number }).n
    },
  }
}
