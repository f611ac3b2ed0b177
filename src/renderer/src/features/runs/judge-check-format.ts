import type { JudgeCheckEstimate, JudgeCheckOutcome, JudgeCheckResult } from '../../../../shared/contract/index'

/** Words for the judge check panel (issue 11 item 4), kept apart from the component so they are tested. */
export const OUTCOME_LABELS: Readonly<Record<JudgeCheckOutcome, string>> = {
  pass: 'Pass',
  fail: 'Fail',
  unreadable: 'Unreadable',
  'not-asked': 'Not asked',
}

export const OUTCOME_COLORS: Readonly<Record<JudgeCheckOutcome, string>> = { pass: 'green', fail: 'red', unreadable: 'orange', 'not-asked': 'gray' }

export function judgeCheckCostText(estimate: JudgeCheckEstimate | undefined): string {
  if (estimate === undefined) return 'The check sends the judge a few short cases with known answers.'
  const cost = estimate.costUsd <= 0 ? 'at no cost' : `for about $${estimate.costUsd < 0.01 ? estimate.costUsd.toFixed(4) : estimate.costUsd.toFixed(2)}`
  return `The check sends the judge ${estimate.calls} short cases with known answers, ${cost} (a repeated check is answered from the cache).`
}

export function judgeCheckSummary(result: JudgeCheckResult): string {
  const passed = `${result.counts.pass} of ${result.cases.length} cases passed`
  const spent =
    result.sent === 0 ? 'all answered from the cache' : `${result.sent} calls sent${result.fromCache > 0 ? `, ${result.fromCache} from the cache` : ''}`
  return `${passed} (${spent}).`
}

/** Start stays blocked after a failed check until the person ticks this. */
export const CONFIRM_FAILED_CHECK = 'I have read the judge’s replies above and want to start the run with this judge anyway.'
