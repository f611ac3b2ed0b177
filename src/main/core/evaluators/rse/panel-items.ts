import { ITEMS_PER_PAUSE, workMeter, type Steps } from '../../stats/steps'
import type { JudgedItem } from './aggregate'
import { panelScore } from './panel-score'
import type { RseScoredJudgment } from './ports'

/** The items the aggregation reads: one per (student, item) with the panel's score, and each judge's own. */
export interface PanelItems {
  readonly panel: JudgedItem[]
  /** Only for a panel of 2+ judges (a single judge's items are the panel's). */
  readonly perJudge: ReadonlyMap<string, JudgedItem[]>
  /**
   * The judges' overall scores of each (student, item), in the panel's order (undefined: that judge
   * gave no readable score): the reliability data of the judges' agreement. Only for a panel of 2+.
   */
  readonly units: (number | undefined)[][]
}

/**
 * Groups a run's judgements by (student, set, item) and scores each group by the panel rule
 * (panel-score.ts). Judgements arrive in storage's (student, set, item, judge) order, so a group is
 * a run of neighbours and only one is held at a time; the scores are all the memory kept.
 */
export function* judgedItemsSteps(judgments: readonly RseScoredJudgment[], judges: readonly string[]): Steps<PanelItems> {
  const panel: JudgedItem[] = []
  const perJudge = new Map<string, JudgedItem[]>(judges.length > 1 ? judges.map((judge) => [judge, []]) : [])
  const units: (number | undefined)[][] = []
  const paused = workMeter(ITEMS_PER_PAUSE)
  let group: RseScoredJudgment[] = []
  const close = () => {
    if (group.length > 0) panel.push(judgedItem(group[0]!, panelScore(group)))
    if (group.length > 0 && judges.length > 1) units.push(judges.map((judge) => readableOverall(group.find((judgment) => judgment.judgeAlias === judge))))
    group = []
  }
  for (const judgment of judgments) {
    const first = group[0]
    if (first && (first.studentAlias !== judgment.studentAlias || first.setName !== judgment.setName || first.itemId !== judgment.itemId)) close()
    group.push(judgment)
    perJudge.get(judgment.judgeAlias)?.push(judgedItem(judgment, judgment))
    if (paused(1)) yield
  }
  close()
  return { panel, perJudge, units }
}

const readableOverall = (judgment: RseScoredJudgment | undefined) =>
  judgment && judgment.failedReason === undefined && judgment.overall !== undefined ? judgment.overall : undefined

function judgedItem(
  key: Pick<RseScoredJudgment, 'studentAlias' | 'setName' | 'itemId'>,
  score: Pick<RseScoredJudgment, 'overall' | 'style' | 'structure' | 'content' | 'failedReason'>,
): JudgedItem {
  return {
    studentId: key.studentAlias,
    setName: key.setName,
    itemId: key.itemId,
    ...(score.overall !== undefined ? { overall: score.overall } : {}),
    aspects: { style: score.style, structure: score.structure, content: score.content },
    ...(score.failedReason ? { failed: score.failedReason } : {}),
  }
}
