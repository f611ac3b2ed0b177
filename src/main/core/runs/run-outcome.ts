import { UNREADABLE_WARNING_SHARE } from '../../../shared/contract/run-outcomes'

/** One role's calls in a finished run (reference, student, judge; target, helper, judge). */
export interface RoleTally {
  readonly role: string
  /** The model alias, to name it in messages. */
  readonly alias: string
  readonly calls: number
  /** Calls that failed after the client's retries (not unreadable replies, not skipped work). */
  readonly failed: number
  /** One failure's message, to show what went wrong. */
  readonly exampleError?: string
}

/** What a finished run did, counted from what it stored (so a resumed run counts every session). */
export interface RunTally {
  readonly roles: readonly RoleTally[]
  /** The judge's alias. */
  readonly judge: string
  /** Judgements the judge was asked for and answered (readable or not). */
  readonly judgements: number
  /** Of those, replies no verdict or score could be read from. */
  readonly unreadable: number
  /** A panel of judges (issue 13): the same three counts per judge, each judged by the rule on its own (the single counts above are then ignored). */
  readonly perJudge?: readonly Pick<RunTally, 'judge' | 'judgements' | 'unreadable'>[]
}

export type FinishedOutcome =
  | { readonly status: 'completed'; readonly warnings: readonly [] }
  | { readonly status: 'completed_with_warnings'; readonly warnings: readonly string[] }
  | { readonly status: 'failed'; readonly error: string; readonly warnings: readonly string[] }

/**
 * The outcome table's rule (src/shared/contract/run-outcomes.ts): a run that could not do a role's
 * work at all failed; one that finished with failed calls or too many unreadable judgements is
 * completed with warnings; only a clean run is completed.
 */
export function decideOutcome(tally: RunTally): FinishedOutcome {
  const isDead = (role: RoleTally) => role.calls > 0 && role.failed === role.calls
  // A panel's judge whose every call failed leaves the other judges' scores, which are the panel's: a warning, not a failed run.
  const judges = tally.roles.filter((role) => role.role === 'judge')
  const panelCarriesOn = judges.length > 1 && judges.some((judge) => !isDead(judge))
  const silentJudges = panelCarriesOn ? judges.filter(isDead).map(silentJudgeWarning) : []
  const warnings = [...failedCallWarnings(tally.roles), ...silentJudges, ...(tally.perJudge ?? [tally]).flatMap(unreadableWarnings)]
  const dead = tally.roles.find((role) => isDead(role) && !(panelCarriesOn && role.role === 'judge'))
  if (dead) {
    const example = dead.exampleError ? ` The last error: ${dead.exampleError}` : ''
    return { status: 'failed', error: `Every call to the ${dead.role} model (${dead.alias}) failed, so the run could not finish.${example}`, warnings }
  }
  return warnings.length > 0 ? { status: 'completed_with_warnings', warnings } : { status: 'completed', warnings: [] }
}

function silentJudgeWarning(judge: RoleTally): string {
  return `Every call to the judge model (${judge.alias}) failed: the panel's scores are the other judges' alone. Resume the run to ask this judge again.`
}

function failedCallWarnings(roles: readonly RoleTally[]): string[] {
  return roles
    .filter((role) => role.failed > 0)
    .map(
      (role) =>
        `${role.failed} of ${role.calls} calls to the ${role.role} model (${role.alias}) failed after retries${role.exampleError ? `, e.g. ${role.exampleError}` : ''}. Run the same spec again (or Resume) to retry them.`,
    )
}

function unreadableWarnings(tally: Pick<RunTally, 'judge' | 'judgements' | 'unreadable'>): string[] {
  if (tally.unreadable === 0 || tally.unreadable <= UNREADABLE_WARNING_SHARE * tally.judgements) return []
  const share = ((100 * tally.unreadable) / tally.judgements).toFixed(1)
  return [
    `${tally.unreadable} of ${tally.judgements} judgements by the judge (${tally.judge}) could not be read (${share}%); they are left out of the rates, not counted as 0.`,
  ]
}
