import type { RseAnswer, RseAnswerOutcome, RseJudgment } from '../ports'

/**
 * Issue 16's judgements beside a run's headline ones: a student's further samples, the ceiling
 * (the reference against its own second sample), the floor (an answer against the reference's
 * answer to another prompt) and the position check (roles swapped).
 */
export type RseCheckKind = 'sample' | 'ceiling' | 'floor' | 'swap'

/** An answer beyond a prompt's first (sample 1+): a student's further sample, or the reference's second. */
export interface RseExtraAnswer extends RseAnswer {
  readonly sample: number
}

/**
 * One judge's judgement for a check. `studentAlias` is the reference's alias for the ceiling;
 * `sample` is the student's sample (the reference's second, 1, for the ceiling); `pairedItem` is,
 * for the floor, the prompt whose student answer was judged against `itemId`'s reference answer.
 */
export interface RseCheckJudgment extends RseJudgment {
  readonly kind: RseCheckKind
  readonly sample: number
  readonly pairedItem?: string
}

/** A check judgement's scores without its texts: what the results read. */
export type RseCheckScore = Pick<
  RseCheckJudgment,
  'kind' | 'judgeAlias' | 'studentAlias' | 'setName' | 'itemId' | 'sample' | 'overall' | 'style' | 'structure' | 'content' | 'failedReason'
> & { readonly replied: boolean }

/** Where the checks' answers and judgements are kept; storage implements it. */
export interface RseChecksRepo {
  saveExtraAnswer(runId: string, answer: RseExtraAnswer): void
  /** One stored further answer's text (undefined if it failed or is not stored). */
  extraAnswerText(runId: string, modelAlias: string, setName: string, itemId: string, sample: number): string | undefined
  /** Every further answer's outcome, without its text: what a resumed run skips (the answered ones) and what the run's tally counts. */
  extraOutcomes(runId: string): (RseAnswerOutcome & { readonly sample: number })[]
  saveCheckJudgment(runId: string, judgment: RseCheckJudgment): void
  /** Every check judgement's scores, in (kind, student, set, item, sample, judge) order. */
  checkScores(runId: string): RseCheckScore[]
  /** Every further answer with its text, and every check judgement with its texts: what a paper package carries. */
  extraAnswers(runId: string): RseExtraAnswer[]
  checkJudgments(runId: string): RseCheckJudgment[]
  /** How many of the reference's second samples were stored, and how many read word for word as its first. */
  secondSamples(runId: string, referenceAlias: string): { pairs: number; identical: number }
}
