import type { RseAnswer, RseItem, RseJudgment, RseResultsRepo } from '../../core/evaluators/rse/ports'
import type { Db } from '../database'
import { immediateWrites, type WriteBatch } from '../write-batch'

const orUndefined = <T>(value: T | null): T | undefined => (value === null ? undefined : value)

/**
 * An answer's text: its own column, or (answers stored since migration 0011) the response cache's
 * copy that `cache_key` points to, so a long answer is stored once (issue 17 item 1). The cache is
 * never pruned, and the answer's cache entry commits in the same transaction as the answer.
 */
export const ANSWERS_WITH_TEXT = `SELECT a.model_alias, a.set_name, a.item_id, COALESCE(a.text, json_extract(c.reply_json, '$.text')) AS text,
  a.error_class, a.error_message, a.cost_usd, a.cached
  FROM rse_answers a LEFT JOIN llm_cache c ON a.text IS NULL AND c.key = a.cache_key`

/**
 * An RSE run's items, answers and judgements; each written the moment it is known, through the
 * run's write batch (committed at the end of the event loop's turn), and read after it commits.
 */
export function createRseResultsRepo(db: Db, batch: WriteBatch = immediateWrites): RseResultsRepo {
  const insertItem = db.prepare('INSERT OR IGNORE INTO rse_items (run_id, set_name, item_id, position, prompt) VALUES (?, ?, ?, ?, ?)')
  const selectItems = db.prepare('SELECT set_name, item_id, position, prompt FROM rse_items WHERE run_id = ? ORDER BY set_name, position')
  const upsertAnswer = db.prepare(
    `INSERT OR REPLACE INTO rse_answers (run_id, model_alias, set_name, item_id, text, cache_key, error_class, error_message, cost_usd, cached)
     VALUES (@runId, @modelAlias, @setName, @itemId, @text, @cacheKey, @errorClass, @errorMessage, @costUsd, @cached)`,
  )
  const selectAnswers = db.prepare(`${ANSWERS_WITH_TEXT} WHERE a.run_id = ?`)
  const upsertJudgment = db.prepare(
    `INSERT OR REPLACE INTO rse_judgments (run_id, judge_alias, student_alias, set_name, item_id, overall, style, structure, content, explanation, raw_reply, parsed_via, reasked, failed_reason)
     VALUES (@runId, @judgeAlias, @studentAlias, @setName, @itemId, @overall, @style, @structure, @content, @explanation, @rawReply, @parsedVia, @reasked, @failedReason)`,
  )
  const selectJudgments = db.prepare('SELECT * FROM rse_judgments WHERE run_id = ?')
  const selectAnswerOutcomes = db.prepare(
    'SELECT model_alias AS modelAlias, set_name AS setName, item_id AS itemId, (text IS NOT NULL OR cache_key IS NOT NULL) AS answered, error_message AS errorMessage FROM rse_answers WHERE run_id = ?',
  )
  const selectJudgmentOutcomes = db.prepare(
    `SELECT judge_alias AS judgeAlias, student_alias AS studentAlias, set_name AS setName, item_id AS itemId, raw_reply IS NOT NULL AS replied,
       failed_reason AS failedReason FROM rse_judgments WHERE run_id = ?`,
  )
  const selectAnswerText = db.prepare(`${ANSWERS_WITH_TEXT} WHERE a.run_id = ? AND a.model_alias = ? AND a.set_name = ? AND a.item_id = ?`)
  /** Reads see every write queued before them. */
  const read = <T>(query: () => T): T => {
    batch.flush()
    return query()
  }
  const insertItems = db.transaction((runId: string, items: readonly RseItem[]) => {
    for (const item of items) insertItem.run(runId, item.setName, item.itemId, item.position, item.prompt)
  })

  return {
    saveItems: (runId: string, items: readonly RseItem[]) => insertItems(runId, items),
    items: (runId: string): RseItem[] =>
      read(() => selectItems.all(runId) as { set_name: string; item_id: string; position: number; prompt: string }[]).map((row) => ({
        setName: row.set_name,
        itemId: row.item_id,
        position: row.position,
        prompt: row.prompt,
      })),
    saveAnswer(runId: string, answer: RseAnswer): void {
      const row = {
        runId,
        ...answer,
        // Kept once: in the response cache when the answer came from it (see ANSWERS_WITH_TEXT).
        text: answer.cacheKey ? null : (answer.text ?? null),
        cacheKey: answer.cacheKey ?? null,
        errorClass: answer.errorClass ?? null,
        errorMessage: answer.errorMessage ?? null,
        cached: answer.cached ? 1 : 0,
      }
      batch.add(() => upsertAnswer.run(row))
    },
    answers: (runId: string): RseAnswer[] => read(() => selectAnswers.all(runId) as RseRow[]).map(answerOf),
    saveJudgment(runId: string, judgment: RseJudgment): void {
      const row = judgmentRow(runId, judgment)
      batch.add(() => upsertJudgment.run(row))
    },
    outcomes: (runId: string) =>
      read(() => ({
        answers: (
          selectAnswerOutcomes.all(runId) as { modelAlias: string; setName: string; itemId: string; answered: number; errorMessage: string | null }[]
        ).map((row) => ({ ...row, answered: row.answered === 1, errorMessage: orUndefined(row.errorMessage) })),
        judgments: (
          selectJudgmentOutcomes.all(runId) as {
            judgeAlias: string
            studentAlias: string
            setName: string
            itemId: string
            replied: number
            failedReason: string | null
          }[]
        ).map((row) => ({ ...row, replied: row.replied === 1, failedReason: orUndefined(row.failedReason) })),
      })),
    answerText: (runId: string, modelAlias: string, setName: string, itemId: string): string | undefined =>
      read(() => (selectAnswerText.get(runId, modelAlias, setName, itemId) as { text: string | null } | undefined)?.text ?? undefined),
    judgments: (runId: string): RseJudgment[] => read(() => selectJudgments.all(runId) as RseRow[]).map(judgmentOf),
  }
}

/** A judgement's parameters for an INSERT: what rse_judgments and issue 16's rse_check_judgments share. */
export function judgmentRow(runId: string, judgment: RseJudgment) {
  return {
    runId,
    judgeAlias: judgment.judgeAlias,
    studentAlias: judgment.studentAlias,
    setName: judgment.setName,
    itemId: judgment.itemId,
    overall: judgment.overall ?? null,
    style: judgment.style ?? null,
    structure: judgment.structure ?? null,
    content: judgment.content ?? null,
    explanation: judgment.explanation ?? null,
    rawReply: judgment.rawReply ?? null,
    parsedVia: judgment.parsedVia ?? null,
    reasked: judgment.reasked ? 1 : 0,
    failedReason: judgment.failedReason ?? null,
  }
}

/** A row of rse_answers or rse_judgments as SQLite gives it. */
export type RseRow = Record<string, string | number | null>

/** An answer from its row (selected through ANSWERS_WITH_TEXT, so `text` is filled in). */
export function answerOf(row: RseRow): RseAnswer {
  return {
    modelAlias: String(row.model_alias),
    setName: String(row.set_name),
    itemId: String(row.item_id),
    text: orUndefined(row.text as string | null),
    errorClass: orUndefined(row.error_class as string | null),
    errorMessage: orUndefined(row.error_message as string | null),
    costUsd: Number(row.cost_usd),
    cached: row.cached === 1,
  }
}

export function judgmentOf(row: RseRow): RseJudgment {
  return {
    judgeAlias: String(row.judge_alias),
    studentAlias: String(row.student_alias),
    setName: String(row.set_name),
    itemId: String(row.item_id),
    overall: orUndefined(row.overall as number | null),
    style: orUndefined(row.style as number | null),
    structure: orUndefined(row.structure as number | null),
    content: orUndefined(row.content as number | null),
    explanation: orUndefined(row.explanation as string | null),
    rawReply: orUndefined(row.raw_reply as string | null),
    parsedVia: orUndefined(row.parsed_via as string | null),
    reasked: row.reasked === 1,
    failedReason: orUndefined(row.failed_reason as string | null),
  }
}
