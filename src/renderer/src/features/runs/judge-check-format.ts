import type { JudgeCheckEstimate, JudgeCheckOutcome, JudgeCheckResult, JudgePanelCheckResult } from '../../../../shared/contract/index'

/** Words for the judge check panel (issue 11 item 4), kept apart from the component so they are tested. */
export const OUTCOME_LABELS: Readonly<Record<JudgeCheckOutcome, string>> = {
  pass: 'Pass',
  fail: 'Fail',
  unreadable: 'Unreadable',
  'not-asked': 'Not asked',
}

export const OUTCOME_COLORS: Readonly<Record<JudgeCheckOutcome, string>> = { pass: 'green', fail: 'red', unreadable: 'orange', 'not-asked': 'gray' }

export function judgeCheckCostText(estimate: JudgeCheckEstimate | undefined): string {
  if (estimate === undefined) return 'The check sends each judge a few short cases with known answers.'
  const cost = estimate.costUsd <= 0 ? 'at no cost' : `for about $${estimate.costUsd < 0.01 ? estimate.costUsd.toFixed(4) : estimate.costUsd.toFixed(2)}`
  const cases = estimate.calls / Math.max(1, estimate.judges)
  const sends = estimate.judges > 1 ? `each of the ${estimate.judges} judges ${cases} short cases (${estimate.calls} calls)` : `the judge ${cases} short cases`
  return `The check sends ${sends} with known answers, ${cost} (a repeated check is answered from the cache).`
}

/** One judge's line: how many of its cases passed, and what its calls were. */
export function judgeCheckSummary(result: JudgeCheckResult): string {
  const passed = `${result.counts.pass} of ${result.cases.length} cases passed`
  return `${passed} (${spentText(result)}).`
}

/** The panel's line (shown for two or more judges): how many judges passed every case, and what all their calls were. */
export function panelCheckSummary(result: JudgePanelCheckResult): string {
  const passed = result.judges.filter((judge) => judge.passed).length
  return `${passed} of ${result.judges.length} judges passed every case (${spentText(result)}).`
}

function spentText(result: { readonly sent: number; readonly fromCache: number }): string {
  return result.sent === 0 ? 'all answered from the cache' : `${result.sent} calls sent${result.fromCache > 0 ? `, ${result.fromCache} from the cache` : ''}`
}

/** The warning's title after a failed check: which judges got cases wrong, by name when the panel has more than one. */
export function failedCheckTitle(result: JudgePanelCheckResult): string {
  if (result.judges.length === 1) return 'This judge got some cases wrong or could not be read'
  const failed = result.judges.filter((judge) => !judge.passed).map((judge) => `“${judge.judge}”`)
  return `${failed.length === 1 ? 'The judge' : 'The judges'} ${failed.join(', ')} got some cases wrong or could not be read`
}

/** Start stays blocked after a failed check until the person ticks this. */
export function confirmFailedCheck(result: JudgePanelCheckResult): string {
  return result.judges.length > 1
    ? 'I have read the replies of the judges that failed above and want to start the run with this panel anyway.'
    : 'I have read the judge’s replies above and want to start the run with this judge anyway.'
}
