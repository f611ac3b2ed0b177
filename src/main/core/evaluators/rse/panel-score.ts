import { ASPECTS, SCALES, type Field } from './parse/fields'
import type { RseScoredJudgment } from './ports'
import { meanOrUndefined } from '../../stats/summary'

/** Why a panel's item has no score when its judges failed for different reasons (each judge's own reason is kept with its judgement). */
export const PANEL_UNSCORED = 'No judge of the panel gave a readable score'

type Scores = Pick<RseScoredJudgment, 'overall' | 'style' | 'structure' | 'content' | 'failedReason'>

/** A panel's score of one (student, item): what the results and the item rows show as the panel's. */
export interface PanelScore {
  readonly overall?: number
  readonly style?: number
  readonly structure?: number
  readonly content?: number
  /** Set when no judge gave a readable score: the item then counts as failed. */
  readonly failedReason?: string
}

const inScale = (field: Field, value: number | undefined): value is number =>
  value !== undefined && Number.isFinite(value) && value >= SCALES[field].min && value <= SCALES[field].max

/**
 * The panel rule (issue 13): the item's score is the mean of the overall scores of the judges that
 * gave a readable one, and each aspect the mean of the readable judges that gave it; an item no
 * judge scored is failed. A panel of one is its judge's judgement unchanged, so a single-judge run's
 * results are exactly what they were before panels (out-of-scale values are left for the
 * aggregation to report, as before).
 */
export function panelScore(judgments: readonly Scores[]): PanelScore {
  if (judgments.length === 1) {
    const [only] = judgments as [Scores]
    return { overall: only.overall, style: only.style, structure: only.structure, content: only.content, failedReason: only.failedReason }
  }
  const readable = judgments.filter((judgment) => judgment.failedReason === undefined && inScale('overall', judgment.overall))
  if (readable.length === 0) {
    const reasons = new Set(judgments.map((judgment) => judgment.failedReason))
    // The same reason from every judge (a missing answer, say) says more than the generic one.
    const [shared] = reasons
    return { failedReason: reasons.size === 1 && shared !== undefined ? shared : PANEL_UNSCORED }
  }
  const aspects = Object.fromEntries(
    ASPECTS.map((aspect) => [aspect, meanOrUndefined(readable.map((judgment) => judgment[aspect]).filter((value) => inScale(aspect, value)))]),
  )
  return { overall: meanOrUndefined(readable.map((judgment) => judgment.overall as number)), ...aspects }
}
