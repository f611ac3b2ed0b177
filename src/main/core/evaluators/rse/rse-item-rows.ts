import type { RseItemRow } from '../../../../shared/contract/results'
import type { RseAnswer, RseItem, RseJudgment } from './ports'
import type { RseScoredJudgment } from './ports'

/** Where a page of judgements ends, so the next read starts after it (rows in this key's order). */
export type JudgmentKey = readonly [student: string, set: string, item: string]

/** Which item rows a page shows: items in set and position order, each with every chosen student in the spec's order. */
export interface RseItemQuery {
  readonly reference: string
  readonly students: readonly string[]
  readonly set?: string
  /** Only rows whose judgement is missing or unreadable. */
  readonly onlyFailed: boolean
}

/** One item with one student, as storage reads it for a page. */
export interface RseItemPart {
  readonly item: RseItem
  readonly student: string
  readonly reference?: RseAnswer
  readonly candidate?: RseAnswer
  readonly judgment?: RseJudgment
}

/**
 * What results and item pages read of a stored RSE run, a page at a time rather than every row at
 * once (issue 17 item 3), so a 100k-call run opens in under a second; storage implements it.
 */
export interface RseResultReads {
  /** At most `limit` judgements after `after` in (student, set, item) order; the reply text only of unreadable ones. */
  scoredJudgments(runId: string, after: JudgmentKey | undefined, limit: number): RseScoredJudgment[]
  itemPage(runId: string, query: RseItemQuery & { readonly offset: number; readonly limit: number }): RseItemPart[]
  itemCount(runId: string, query: RseItemQuery): number
}

const view = (answer: RseAnswer | undefined) =>
  answer && (answer.text !== undefined ? { text: answer.text } : { error: answer.errorMessage ?? answer.errorClass ?? 'failed' })

/** One row of the drill-down: the item with the reference's and a student's answers and the judgement. */
export function itemRowOf(part: RseItemPart): RseItemRow {
  const { item, student, judgment } = part
  const referenceAnswer = view(part.reference)
  const candidate = view(part.candidate)
  return {
    setName: item.setName,
    itemId: item.itemId,
    prompt: item.prompt,
    student,
    ...(referenceAnswer ? { reference: referenceAnswer } : {}),
    ...(candidate ? { candidate } : {}),
    ...(judgment
      ? {
          judgment: {
            overall: judgment.overall,
            style: judgment.style,
            structure: judgment.structure,
            content: judgment.content,
            explanation: judgment.explanation,
            rawReply: judgment.rawReply,
            reasked: judgment.reasked,
            failedReason: judgment.failedReason,
          },
        }
      : {}),
  }
}

/** The drill-down built from every item, answer and judgement of a run (tests compare the paged reads with it). */
export function buildRseItemRows(
  items: readonly RseItem[],
  answers: readonly RseAnswer[],
  judgments: readonly RseJudgment[],
  reference: string,
  students: readonly string[],
): RseItemRow[] {
  const key = (...parts: string[]) => parts.join('\u0000')
  const answerBy = new Map(answers.map((answer) => [key(answer.modelAlias, answer.setName, answer.itemId), answer]))
  const judgmentBy = new Map(judgments.map((judgment) => [key(judgment.studentAlias, judgment.setName, judgment.itemId), judgment]))
  return items.flatMap((item) =>
    students.map((student) =>
      itemRowOf({
        item,
        student,
        reference: answerBy.get(key(reference, item.setName, item.itemId)),
        candidate: answerBy.get(key(student, item.setName, item.itemId)),
        judgment: judgmentBy.get(key(student, item.setName, item.itemId)),
      }),
    ),
  )
}
