import type { RseItemRow } from '../../../../shared/contract/results'
import type { RseAnswer, RseItem, RseJudgment } from './ports'
import type { RseScoredJudgment } from './ports'
import { panelScore } from './panel-score'

/** Where a page of judgements ends, so the next read starts after it (rows in this key's order). */
export type JudgmentKey = readonly [student: string, set: string, item: string, judge: string]

/** Which item rows a page shows: items in set and position order, each with every chosen student in the spec's order. */
export interface RseItemQuery {
  readonly reference: string
  readonly students: readonly string[]
  /** The panel's judges, in the spec's order: each row lists their judgements in it. */
  readonly judges: readonly string[]
  readonly set?: string
  /** Only rows the panel has no score for: every judgement missing or unreadable. */
  readonly onlyFailed: boolean
}

/** One item with one student, as storage reads it for a page. */
export interface RseItemPart {
  readonly item: RseItem
  readonly student: string
  readonly reference?: RseAnswer
  readonly candidate?: RseAnswer
  /** Each judge's judgement of this student's answer, in any order; none before the judges were asked. */
  readonly judgments: readonly RseJudgment[]
}

/**
 * What results and item pages read of a stored RSE run, a page at a time rather than every row at
 * once (issue 17 item 3), so a 100k-call run opens in under a second; storage implements it.
 */
export interface RseResultReads {
  /** At most `limit` judgements after `after` in (student, set, item, judge) order; the reply text only of unreadable ones. */
  scoredJudgments(runId: string, after: JudgmentKey | undefined, limit: number): RseScoredJudgment[]
  itemPage(runId: string, query: RseItemQuery & { readonly offset: number; readonly limit: number }): RseItemPart[]
  itemCount(runId: string, query: RseItemQuery): number
}

const view = (answer: RseAnswer | undefined) =>
  answer && (answer.text !== undefined ? { text: answer.text } : { error: answer.errorMessage ?? answer.errorClass ?? 'failed' })

/** One row of the drill-down: the item with the reference's and a student's answers, the panel's judgement and (a panel of 2+) each judge's. */
export function itemRowOf(part: RseItemPart, judges: readonly string[]): RseItemRow {
  const { item, student } = part
  const referenceAnswer = view(part.reference)
  const candidate = view(part.candidate)
  const byJudge = judges.flatMap((alias) => part.judgments.filter((judgment) => judgment.judgeAlias === alias))
  // Judgements of a judge no longer in the panel (none in practice) still count, after the panel's own.
  const judgments = [...byJudge, ...part.judgments.filter((judgment) => !judges.includes(judgment.judgeAlias))]
  return {
    setName: item.setName,
    itemId: item.itemId,
    prompt: item.prompt,
    student,
    ...(referenceAnswer ? { reference: referenceAnswer } : {}),
    ...(candidate ? { candidate } : {}),
    ...(judgments.length > 0 ? { judgment: panelJudgment(judgments, judges.length > 1) } : {}),
    ...(judges.length > 1 ? { judges: judgments.map((judgment) => ({ judge: judgment.judgeAlias, ...judgmentView(judgment) })) } : {}),
  }
}

/** A panel of one shows its judge's judgement as it is; a larger panel's is the panel rule's scores (the replies are each judge's). */
function panelJudgment(judgments: readonly RseJudgment[], panel: boolean): NonNullable<RseItemRow['judgment']> {
  if (!panel && judgments.length === 1) return judgmentView(judgments[0]!)
  return { ...panelScore(judgments), reasked: judgments.some((judgment) => judgment.reasked) }
}

function judgmentView(judgment: RseJudgment): NonNullable<RseItemRow['judgment']> {
  return {
    overall: judgment.overall,
    style: judgment.style,
    structure: judgment.structure,
    content: judgment.content,
    explanation: judgment.explanation,
    rawReply: judgment.rawReply,
    reasked: judgment.reasked,
    failedReason: judgment.failedReason,
  }
}

/** The drill-down built from every item, answer and judgement of a run (tests compare the paged reads with it). */
export function buildRseItemRows(
  items: readonly RseItem[],
  answers: readonly RseAnswer[],
  judgments: readonly RseJudgment[],
  reference: string,
  students: readonly string[],
  judges: readonly string[],
): RseItemRow[] {
  const key = (...parts: string[]) => parts.join('\u0000')
  const answerBy = new Map(answers.map((answer) => [key(answer.modelAlias, answer.setName, answer.itemId), answer]))
  const judgmentsBy = new Map<string, RseJudgment[]>()
  for (const judgment of judgments) {
    const at = key(judgment.studentAlias, judgment.setName, judgment.itemId)
    judgmentsBy.set(at, [...(judgmentsBy.get(at) ?? []), judgment])
  }
  return items.flatMap((item) =>
    students.map((student) =>
      itemRowOf(
        {
          item,
          student,
          reference: answerBy.get(key(reference, item.setName, item.itemId)),
          candidate: answerBy.get(key(student, item.setName, item.itemId)),
          judgments: judgmentsBy.get(key(student, item.setName, item.itemId)) ?? [],
        },
        judges,
      ),
    ),
  )
}
