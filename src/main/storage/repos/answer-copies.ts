import type { IceAttackRow } from '../../core/evaluators/ice/loop/types'
import { unjudgedCopy } from '../../core/evaluators/ice/rejudge-marks'
import type { Db } from '../database'
import { immediateWrites, type WriteBatch } from '../write-batch'

/** What was copied into a re-judge run. */
export interface CopiedAnswers {
  readonly items: number
  readonly answers: number
}

/**
 * Copies a finished run's stored answers into a new run (a re-judge, issue 13 item 3), each kind in
 * one transaction, so the new run either has every answer or none. Judgements and verdicts are not
 * copied: the new run's judges make its own.
 */
export function createAnswerCopies(db: Db, batch: WriteBatch = immediateWrites) {
  const copyItems = db.prepare(
    'INSERT INTO rse_items (run_id, set_name, item_id, position, prompt) SELECT @to, set_name, item_id, position, prompt FROM rse_items WHERE run_id = @from',
  )
  // Only answered rows: a failed answer is asked again by the new run's executor, which a re-judge must not do.
  const copyAnswers = db.prepare(
    `INSERT INTO rse_answers (run_id, model_alias, set_name, item_id, text, cache_key, error_class, error_message, cost_usd, cached)
     SELECT @to, model_alias, set_name, item_id, text, cache_key, NULL, NULL, 0, cached FROM rse_answers
     WHERE run_id = @from AND (text IS NOT NULL OR cache_key IS NOT NULL)`,
  )
  // Issue 16's further answers (student samples, the reference's second sample): the new run's judges judge them too.
  const copyExtraAnswers = db.prepare(
    `INSERT INTO rse_extra_answers (run_id, model_alias, set_name, item_id, sample, text, cache_key, error_class, error_message, cost_usd, cached)
     SELECT @to, model_alias, set_name, item_id, sample, text, cache_key, NULL, NULL, 0, cached FROM rse_extra_answers
     WHERE run_id = @from AND (text IS NOT NULL OR cache_key IS NOT NULL)`,
  )
  const copyInputs = db.prepare('INSERT INTO ice_run_inputs (run_id, inputs_json) SELECT @to, inputs_json FROM ice_run_inputs WHERE run_id = @from')
  const copyNodes = db.prepare(
    `INSERT INTO ice_nodes (run_id, replicate, node_id, level, seed_id, parent_id, partner_id, mutator, iteration, text, helper_error, helper_error_class)
     SELECT @to, replicate, node_id, level, seed_id, parent_id, partner_id, mutator, iteration, text, helper_error, helper_error_class FROM ice_nodes WHERE run_id = @from`,
  )
  // Every replicate's stop state (issue 16), not only the run's own seed's.
  const copyState = db.prepare(
    'INSERT INTO ice_run_state (run_id, replicate, stop_reason, iterations) SELECT @to, replicate, stop_reason, iterations FROM ice_run_state WHERE run_id = @from',
  )
  const selectRows = db.prepare('SELECT replicate, row_json FROM ice_rows WHERE run_id = ? ORDER BY replicate, iteration, mutant_id, question_index')
  const insertRow = db.prepare(
    `INSERT INTO ice_rows (run_id, replicate, mutant_id, question_index, iteration, loose, strict, row_json)
     VALUES (@runId, @replicate, @mutantId, @questionIndex, @iteration, NULL, NULL, @json)`,
  )

  const rse = db.transaction((from: string, to: string): CopiedAnswers => {
    const items = copyItems.run({ from, to }).changes
    return { items, answers: copyAnswers.run({ from, to }).changes + copyExtraAnswers.run({ from, to }).changes }
  })
  const ice = db.transaction((from: string, to: string): CopiedAnswers => {
    copyInputs.run({ from, to })
    const items = copyNodes.run({ from, to }).changes
    copyState.run({ from, to })
    let answers = 0
    for (const raw of selectRows.all(from) as { replicate: number; row_json: string }[]) {
      const row = unjudgedCopy(JSON.parse(raw.row_json) as IceAttackRow)
      insertRow.run({
        runId: to,
        replicate: raw.replicate,
        mutantId: row.mutantId,
        questionIndex: row.questionIndex,
        iteration: row.iteration,
        json: JSON.stringify(row),
      })
      answers += 1
    }
    return { items, answers }
  })

  return {
    /** RSE: the run's prompts and every answer that was given (text or response-cache key). */
    copyRse(from: string, to: string): CopiedAnswers {
      batch.flush()
      return rse(from, to)
    },
    /** ICE: the frozen inputs, the template tree, where each replicate's fuzzing stopped, and every attack row's answer. */
    copyIce(from: string, to: string): CopiedAnswers {
      batch.flush()
      return ice(from, to)
    },
  }
}

export type AnswerCopies = ReturnType<typeof createAnswerCopies>
