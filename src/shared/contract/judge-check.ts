/**
 * The judge check (issue 11 item 4): before a run spends anything, every judge of its panel answers
 * a few canned cases whose right answer is known, under the run's own prompts and reading. A judge
 * that fails a case, or whose reply cannot be read, is shown with its raw reply and blocks Start
 * until the person confirms.
 */

export type JudgeCheckOutcome = 'pass' | 'fail' | 'unreadable' | 'not-asked'

export interface JudgeCheckCase {
  readonly id: string
  /** What the case is, in words: "an answer against itself". */
  readonly label: string
  /** Which judging the case exercises: RSE's score, or ICE's loose or strict verdict. */
  readonly judging: 'rse' | 'ice-loose' | 'ice-strict'
  /** The right answer, in words: "4 or 5", "1 (a conflict)". */
  readonly expected: string
  /** What the judge answered, in words; absent when nothing could be read. */
  readonly got?: string
  readonly outcome: JudgeCheckOutcome
  /** The judge's reply (and a follow-up's, when one was needed), as sent. */
  readonly reply?: string
  /** Why a reply could not be read, or why the call failed. */
  readonly why?: string
}

/** One judge's check: its cases, and what its calls cost at its own prices. */
export interface JudgeCheckResult {
  /** The spec's name for the judge, and the model id it calls. */
  readonly judge: string
  readonly model: string
  /** The run's judging: RSE, or ICE with which judge semantics. */
  readonly judging: string
  readonly cases: readonly JudgeCheckCase[]
  /** Every case passed. */
  readonly passed: boolean
  readonly counts: Readonly<Record<JudgeCheckOutcome, number>>
  readonly costUsd: number
  /** Calls sent to the provider, and answered from the cache (a repeated check costs nothing). */
  readonly sent: number
  readonly fromCache: number
}

/**
 * The check of a whole panel (issue 13): one result per judge, in the spec's order (a single judge
 * is a panel of one). Passed only when every judge passed; cost and calls are the judges' sums.
 */
export interface JudgePanelCheckResult {
  readonly judges: readonly JudgeCheckResult[]
  readonly passed: boolean
  readonly costUsd: number
  readonly sent: number
  readonly fromCache: number
}

/** What a check will cost before it is made (part of the free estimate). */
export interface JudgeCheckEstimate {
  /** How many judges the check asks: the spec's panel. */
  readonly judges: number
  /** Every judge's calls: the cases times the judges. */
  readonly calls: number
  /** The judges' costs summed, each at its own prices. */
  readonly costUsd: number
}
