import type { Db } from '../database'
import { immediateWrites, type WriteBatch } from '../write-batch'
import { ANSWERS_WITH_TEXT } from './rse-results'

/** One judge's rating of an item: an RSE overall score, or an ICE verdict (undefined when it gave none). */
export interface JudgeRating {
  readonly judge: string
  readonly rating: number | undefined
}

/**
 * What the spot check reads of a run (issue 13 item 6): the items it may sample, each one's texts
 * for the person, and each judge's rating of it. Item keys are JSON arrays, so no name can make two
 * items alike: RSE `[student, set, item]`, ICE `[mutantId, questionIndex]` for replicate 0 (the form
 * stored before replicates, kept so old ratings still find their row) and
 * `[mutantId, questionIndex, replicate]` for replicates 1 and up (issue 16).
 */
export interface SpotCheckReads {
  rseCandidates(runId: string): string[]
  rseTexts(runId: string, key: string, reference: string): { question: string; reference: string; candidate: string } | undefined
  rseJudgeRatings(runId: string, key: string): JudgeRating[]
  iceCandidates(runId: string): string[]
  /** `replicate` is there only for replicates 1 and up, as in the key. */
  iceTexts(runId: string, key: string): { fact: string; question: string; answer: string; replicate?: number } | undefined
  /** Each judge's loose verdict; `leadJudge` names a row stored before panels (one judge, no per-judge list). */
  iceJudgeRatings(runId: string, key: string, leadJudge: string): JudgeRating[]
}

const rseKey = (key: string): [string, string, string] => {
  const parts = JSON.parse(key) as unknown
  if (!Array.isArray(parts) || parts.length !== 3 || !parts.every((part) => typeof part === 'string')) throw new Error(`Not an RSE item key: ${key}`)
  return parts as [string, string, string]
}
interface IceRowKey {
  readonly mutantId: number
  readonly questionIndex: number
  readonly replicate: number
}
/** The key of an ICE row, in one form per row: replicate 0 never spelled out, so one row cannot be rated under two keys. */
const iceKeyOf = (row: IceRowKey): string =>
  JSON.stringify(row.replicate === 0 ? [row.mutantId, row.questionIndex] : [row.mutantId, row.questionIndex, row.replicate])
const iceKey = (key: string): IceRowKey => {
  const parts = JSON.parse(key) as unknown
  const integers = Array.isArray(parts) && parts.every((part) => Number.isInteger(part)) ? (parts as number[]) : []
  const [mutantId, questionIndex, replicate = 0] = integers
  if (mutantId === undefined || questionIndex === undefined || integers.length > 3 || (integers.length === 3 && replicate < 1))
    throw new Error(`Not an ICE row key: ${key}`)
  return { mutantId, questionIndex, replicate }
}

interface StoredJudge {
  readonly judge?: string
  readonly loose?: { readonly verdict?: number | null }
}

export function createSpotCheckReads(db: Db, batch: WriteBatch = immediateWrites): SpotCheckReads {
  // An item can be rated against the judges when at least one judge scored it.
  const rseCandidates = db.prepare(
    `SELECT DISTINCT student_alias, set_name, item_id FROM rse_judgments
     WHERE run_id = ? AND failed_reason IS NULL AND overall IS NOT NULL ORDER BY set_name, item_id, student_alias`,
  )
  const rseQuestion = db.prepare('SELECT prompt FROM rse_items WHERE run_id = ? AND set_name = ? AND item_id = ?')
  const rseAnswer = db.prepare(`${ANSWERS_WITH_TEXT} WHERE a.run_id = ? AND a.model_alias = ? AND a.set_name = ? AND a.item_id = ?`)
  const rseJudges = db.prepare(
    `SELECT judge_alias, overall, failed_reason FROM rse_judgments
     WHERE run_id = ? AND student_alias = ? AND set_name = ? AND item_id = ? ORDER BY judge_alias`,
  )
  // Replicate first, so a one-replicate run lists its rows in the order (and so draws the sample) it always did.
  const iceCandidates = db.prepare(
    `SELECT replicate, mutant_id, question_index FROM ice_rows
     WHERE run_id = ? AND json_extract(row_json, '$.answer') IS NOT NULL ORDER BY replicate, mutant_id, question_index`,
  )
  const iceRow = db.prepare('SELECT row_json FROM ice_rows WHERE run_id = ? AND replicate = ? AND mutant_id = ? AND question_index = ?')
  const iceInputs = db.prepare('SELECT inputs_json FROM ice_run_inputs WHERE run_id = ?')
  const row = (runId: string, { mutantId, questionIndex, replicate }: IceRowKey) => {
    const found = iceRow.get(runId, replicate, mutantId, questionIndex) as { row_json: string } | undefined
    return found && (JSON.parse(found.row_json) as { question?: string; answer?: string; loose?: StoredJudge['loose']; judges?: StoredJudge[] })
  }
  const answerText = (runId: string, alias: string, setName: string, itemId: string) =>
    (rseAnswer.get(runId, alias, setName, itemId) as { text: string | null } | undefined)?.text ?? undefined
  return {
    rseCandidates(runId) {
      batch.flush()
      return (rseCandidates.all(runId) as { student_alias: string; set_name: string; item_id: string }[]).map((found) =>
        JSON.stringify([found.student_alias, found.set_name, found.item_id]),
      )
    },
    rseTexts(runId, key, reference) {
      batch.flush()
      const [student, setName, itemId] = rseKey(key)
      const question = (rseQuestion.get(runId, setName, itemId) as { prompt: string } | undefined)?.prompt
      const referenceText = answerText(runId, reference, setName, itemId)
      const candidate = answerText(runId, student, setName, itemId)
      if (question === undefined || referenceText === undefined || candidate === undefined) return undefined
      return { question, reference: referenceText, candidate }
    },
    rseJudgeRatings(runId, key) {
      batch.flush()
      const [student, setName, itemId] = rseKey(key)
      return (rseJudges.all(runId, student, setName, itemId) as { judge_alias: string; overall: number | null; failed_reason: string | null }[]).map(
        (found) => ({ judge: found.judge_alias, rating: found.failed_reason === null && found.overall !== null ? found.overall : undefined }),
      )
    },
    iceCandidates(runId) {
      batch.flush()
      return (iceCandidates.all(runId) as { replicate: number; mutant_id: number; question_index: number }[]).map((found) =>
        iceKeyOf({ mutantId: found.mutant_id, questionIndex: found.question_index, replicate: found.replicate }),
      )
    },
    iceTexts(runId, key) {
      batch.flush()
      const rowKey = iceKey(key)
      const found = row(runId, rowKey)
      const inputs = iceInputs.get(runId) as { inputs_json: string } | undefined
      const fact = inputs && (JSON.parse(inputs.inputs_json) as { fact?: string }).fact
      if (found?.answer === undefined || fact === undefined) return undefined
      return { fact, question: found.question ?? '', answer: found.answer, ...(rowKey.replicate !== 0 ? { replicate: rowKey.replicate } : {}) }
    },
    iceJudgeRatings(runId, key, leadJudge) {
      batch.flush()
      const found = row(runId, iceKey(key))
      if (!found) return []
      const verdict = (judge: StoredJudge) => (judge.loose?.verdict === 0 || judge.loose?.verdict === 1 ? judge.loose.verdict : undefined)
      if (Array.isArray(found.judges) && found.judges.length > 0)
        return found.judges.map((judge, index) => ({ judge: judge.judge ?? `judge ${index + 1}`, rating: verdict(judge) }))
      return [{ judge: leadJudge, rating: verdict(found) }]
    },
  }
}
