import type { JudgeOutcome } from './run-judge'

/** One judge's own outcomes on one answer (panels of two or more keep these beside the panel's). */
export interface PanelJudgement {
  /** The judge's model alias in the spec. */
  readonly judge: string
  readonly loose: JudgeOutcome
  /** Only when the panel's loose verdict was positive and the strict judge is on. */
  readonly strict?: JudgeOutcome
}

/**
 * The panel's verdict from its judges' outcomes (issue 13): the majority of the readable verdicts.
 * Judges with no readable verdict are left out, so one unreadable judge of three leaves a panel of
 * two. An even number of readable verdicts split evenly is a split: no verdict, marked `split`, not a
 * judge failure. No readable verdict at all is unjudged, as for a single judge. A panel of one is
 * its judge's outcome unchanged, so a one-judge row is stored exactly as before panels.
 */
export function panelOutcome(outcomes: readonly JudgeOutcome[]): JudgeOutcome {
  if (outcomes.length === 0) throw new RangeError('A panel needs at least one judge.')
  if (outcomes.length === 1) return outcomes[0] as JudgeOutcome
  const positives = outcomes.filter((outcome) => outcome.verdict === 1).length
  const negatives = outcomes.filter((outcome) => outcome.verdict === 0).length
  const readable = positives + negatives
  const form = `${Math.max(positives, negatives)} of ${readable} readable verdicts (${outcomes.length} judges)`
  if (readable === 0) {
    const failed = outcomes.find((outcome) => outcome.errorClass !== undefined)
    return {
      verdict: null,
      via: 'failed',
      error: 'No judge on the panel gave a readable verdict.',
      ...(failed?.errorClass !== undefined ? { errorClass: failed.errorClass } : {}),
    }
  }
  if (positives === negatives) return { verdict: null, via: 'panel', split: true, form: `${positives} to ${negatives}, a split` }
  return { verdict: positives > negatives ? 1 : 0, via: 'panel', form }
}
