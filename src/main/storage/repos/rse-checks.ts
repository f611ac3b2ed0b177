import type { RseCheckJudgment, RseCheckKind, RseCheckScore, RseChecksRepo, RseExtraAnswer } from '../../core/evaluators/rse/checks/ports'
import type { Db } from '../database'
import { judgmentRow } from './rse-results'
import { immediateWrites, type WriteBatch } from '../write-batch'

/** A further answer's text: its own column, or the response cache's copy its key points to (as ANSWERS_WITH_TEXT). */
const EXTRA_TEXT = `COALESCE(x.text, (SELECT json_extract(c.reply_json, '$.text') FROM llm_cache c WHERE x.text IS NULL AND c.key = x.cache_key))`
const MAIN_TEXT = `COALESCE(a.text, (SELECT json_extract(c.reply_json, '$.text') FROM llm_cache c WHERE a.text IS NULL AND c.key = a.cache_key))`

/** One stored further answer of one item, as the item drawer reads it. */
export interface ItemExtraAnswer {
  readonly sample: number
  readonly text?: string
  readonly error?: string
}

/** One judge's check judgement of one item, without its texts. */
export interface ItemCheckJudgment {
  readonly kind: RseCheckKind
  readonly judgeAlias: string
  readonly sample: number
  readonly pairedItem?: string
  readonly overall?: number
  readonly failedReason?: string
}

/**
 * What one item's drawer reads of issue 16's checks: each a lookup on a prefix of the table's
 * primary key (0014 has no other index), so a 100k-call run costs the same as a small one.
 */
export interface RseItemCheckReads {
  /** The student's further answers to the item (samples 1+), in sample order. */
  itemExtraAnswers(runId: string, studentAlias: string, setName: string, itemId: string): ItemExtraAnswer[]
  /**
   * The check judgements filed under the item: the student's further samples, floor (the reference's answer to
   * this item against the student's answer to `pairedItem`) and swap, and the reference's ceiling.
   */
  itemCheckJudgments(runId: string, key: { studentAlias: string; referenceAlias: string; setName: string; itemId: string }): ItemCheckJudgment[]
}

/** One item's further answers: (run, student, set, item) is a prefix of rse_extra_answers' primary key. */
export const ITEM_EXTRA_ANSWERS = `SELECT sample, ${EXTRA_TEXT} AS text, error_class AS errorClass, error_message AS errorMessage
  FROM rse_extra_answers x WHERE x.run_id = ? AND x.model_alias = ? AND x.set_name = ? AND x.item_id = ? ORDER BY sample`

/** One item's check judgements of one kind: kind and student are equalities, so the lookup stays on the primary key's prefix. */
export const ITEM_CHECK_JUDGMENTS = `SELECT kind, judge_alias AS judgeAlias, sample, paired_item AS pairedItem, overall, failed_reason AS failedReason
  FROM rse_check_judgments WHERE run_id = ? AND kind = ? AND student_alias = ? AND set_name = ? AND item_id = ? ORDER BY sample, judge_alias`

/** The kinds filed under the student's alias; the ceiling is filed under the reference's. */
const STUDENT_KINDS = ['sample', 'floor', 'swap'] as const

/**
 * Issue 16's answers and check judgements (migration 0014), written through the run's write batch
 * like the headline ones (rse-results.ts) and read after it commits.
 */
export function createRseChecksRepo(db: Db, batch: WriteBatch = immediateWrites): RseChecksRepo & RseItemCheckReads {
  const upsertAnswer = db.prepare(
    `INSERT OR REPLACE INTO rse_extra_answers (run_id, model_alias, set_name, item_id, sample, text, cache_key, error_class, error_message, cost_usd, cached)
     VALUES (@runId, @modelAlias, @setName, @itemId, @sample, @text, @cacheKey, @errorClass, @errorMessage, @costUsd, @cached)`,
  )
  const selectText = db.prepare(
    `SELECT ${EXTRA_TEXT} AS text FROM rse_extra_answers x WHERE x.run_id = ? AND x.model_alias = ? AND x.set_name = ? AND x.item_id = ? AND x.sample = ?`,
  )
  const selectOutcomes = db.prepare(
    `SELECT model_alias AS modelAlias, set_name AS setName, item_id AS itemId, sample, (text IS NOT NULL OR cache_key IS NOT NULL) AS answered,
       error_message AS errorMessage FROM rse_extra_answers WHERE run_id = ?`,
  )
  const upsertJudgment = db.prepare(
    `INSERT OR REPLACE INTO rse_check_judgments (run_id, kind, judge_alias, student_alias, set_name, item_id, sample, paired_item, overall, style, structure,
       content, explanation, raw_reply, parsed_via, reasked, failed_reason)
     VALUES (@runId, @kind, @judgeAlias, @studentAlias, @setName, @itemId, @sample, @pairedItem, @overall, @style, @structure, @content, @explanation,
       @rawReply, @parsedVia, @reasked, @failedReason)`,
  )
  const selectScores = db.prepare(
    `SELECT kind, judge_alias AS judgeAlias, student_alias AS studentAlias, set_name AS setName, item_id AS itemId, sample, overall, style, structure,
       content, failed_reason AS failedReason, raw_reply IS NOT NULL AS replied
     FROM rse_check_judgments WHERE run_id = ? ORDER BY kind, student_alias, set_name, item_id, sample, judge_alias`,
  )
  const selectSecondSamples = db.prepare(
    `SELECT COUNT(*) AS pairs, COALESCE(SUM(${EXTRA_TEXT} = ${MAIN_TEXT}), 0) AS identical
     FROM rse_extra_answers x JOIN rse_answers a ON a.run_id = x.run_id AND a.model_alias = x.model_alias AND a.set_name = x.set_name AND a.item_id = x.item_id
     WHERE x.run_id = ? AND x.model_alias = ? AND x.sample = 1 AND (x.text IS NOT NULL OR x.cache_key IS NOT NULL)
       AND (a.text IS NOT NULL OR a.cache_key IS NOT NULL)`,
  )
  const selectExtraAnswers = db.prepare(
    `SELECT model_alias AS modelAlias, set_name AS setName, item_id AS itemId, sample, ${EXTRA_TEXT} AS text, error_class AS errorClass,
       error_message AS errorMessage, cost_usd AS costUsd, cached FROM rse_extra_answers x WHERE x.run_id = ? ORDER BY model_alias, set_name, item_id, sample`,
  )
  const selectCheckJudgments = db.prepare(
    `SELECT kind, judge_alias AS judgeAlias, student_alias AS studentAlias, set_name AS setName, item_id AS itemId, sample, paired_item AS pairedItem,
       overall, style, structure, content, explanation, raw_reply AS rawReply, parsed_via AS parsedVia, reasked, failed_reason AS failedReason
     FROM rse_check_judgments WHERE run_id = ? ORDER BY kind, student_alias, set_name, item_id, sample, judge_alias`,
  )
  const selectItemExtraAnswers = db.prepare(ITEM_EXTRA_ANSWERS)
  const selectItemCheckJudgments = db.prepare(ITEM_CHECK_JUDGMENTS)
  const read = <T>(query: () => T): T => {
    batch.flush()
    return query()
  }
  return {
    saveExtraAnswer(runId: string, answer: RseExtraAnswer): void {
      const row = {
        runId,
        modelAlias: answer.modelAlias,
        setName: answer.setName,
        itemId: answer.itemId,
        sample: answer.sample,
        text: answer.cacheKey ? null : (answer.text ?? null),
        cacheKey: answer.cacheKey ?? null,
        errorClass: answer.errorClass ?? null,
        errorMessage: answer.errorMessage ?? null,
        costUsd: answer.costUsd,
        cached: answer.cached ? 1 : 0,
      }
      batch.add(() => upsertAnswer.run(row))
    },
    extraAnswerText: (runId, modelAlias, setName, itemId, sample) =>
      read(() => (selectText.get(runId, modelAlias, setName, itemId, sample) as { text: string | null } | undefined)?.text ?? undefined),
    extraOutcomes: (runId) =>
      read(() => selectOutcomes.all(runId) as Record<string, unknown>[]).map((row) => ({
        modelAlias: String(row.modelAlias),
        setName: String(row.setName),
        itemId: String(row.itemId),
        sample: Number(row.sample),
        answered: row.answered === 1,
        ...(row.errorMessage !== null ? { errorMessage: String(row.errorMessage) } : {}),
      })),
    saveCheckJudgment(runId: string, judgment: RseCheckJudgment): void {
      const row = { ...judgmentRow(runId, judgment), kind: judgment.kind, sample: judgment.sample, pairedItem: judgment.pairedItem ?? null }
      batch.add(() => upsertJudgment.run(row))
    },
    checkScores: (runId) => read(() => selectScores.all(runId) as (Omit<RseCheckScore, 'replied'> & Record<string, unknown>)[]).map((row) => scoreOf(row)),
    extraAnswers: (runId) =>
      read(() => selectExtraAnswers.all(runId) as Record<string, unknown>[]).map(
        (row) => ({ ...withoutNulls(row), cached: row.cached === 1 }) as unknown as RseExtraAnswer,
      ),
    checkJudgments: (runId) =>
      read(() => selectCheckJudgments.all(runId) as Record<string, unknown>[]).map(
        (row) => ({ ...withoutNulls(row), reasked: row.reasked === 1 }) as unknown as RseCheckJudgment,
      ),
    secondSamples: (runId, referenceAlias) => read(() => selectSecondSamples.get(runId, referenceAlias) as { pairs: number; identical: number }),
    itemExtraAnswers: (runId, studentAlias, setName, itemId) =>
      read(() => selectItemExtraAnswers.all(runId, studentAlias, setName, itemId) as Record<string, unknown>[]).map((row) => ({
        sample: Number(row.sample),
        ...(row.text !== null ? { text: String(row.text) } : { error: String(row.errorMessage ?? row.errorClass ?? 'failed') }),
      })),
    itemCheckJudgments: (runId, { studentAlias, referenceAlias, setName, itemId }) =>
      read(() => [
        ...STUDENT_KINDS.flatMap((kind) => selectItemCheckJudgments.all(runId, kind, studentAlias, setName, itemId)),
        ...selectItemCheckJudgments.all(runId, 'ceiling', referenceAlias, setName, itemId),
      ]).map((row) => withoutNulls(row as Record<string, unknown>) as unknown as ItemCheckJudgment),
  }
}

function scoreOf(row: Record<string, unknown>): RseCheckScore {
  const orUndefined = (value: unknown) => (value === null ? undefined : value)
  return {
    kind: row.kind as RseCheckScore['kind'],
    judgeAlias: String(row.judgeAlias),
    studentAlias: String(row.studentAlias),
    setName: String(row.setName),
    itemId: String(row.itemId),
    sample: Number(row.sample),
    overall: orUndefined(row.overall) as number | undefined,
    style: orUndefined(row.style) as number | undefined,
    structure: orUndefined(row.structure) as number | undefined,
    content: orUndefined(row.content) as number | undefined,
    failedReason: orUndefined(row.failedReason) as string | undefined,
    replied: row.replied === 1,
  }
}

/** A row with its NULL columns left out, as the port's optional fields are. */
function withoutNulls(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).filter(([, value]) => value !== null))
}
