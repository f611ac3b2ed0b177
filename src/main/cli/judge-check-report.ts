// The text report of `distillscope judge-check` (issue 11 item 4): one block per judge of the panel.
import type { JudgeCheckResult, JudgePanelCheckResult } from '../../shared/contract/judge-check'

const MARKS = { pass: 'pass', fail: 'FAIL', unreadable: 'UNREADABLE', 'not-asked': 'NOT ASKED' } as const

/** One judge's block: one line per case, then the failures' replies, then what its calls cost. */
function formatJudge(result: JudgeCheckResult): string[] {
  const lines = [`Judge check: ${result.judge} (${result.model}), ${result.judging}`, '']
  for (const entry of result.cases) lines.push(`[${MARKS[entry.outcome]}] ${entry.label}: expected ${entry.expected}${entry.got ? `, got ${entry.got}` : ''}`)
  for (const entry of result.cases.filter((candidate) => candidate.outcome !== 'pass')) {
    lines.push('', `${entry.label} (${MARKS[entry.outcome]}):${entry.why ? ` ${entry.why}` : ''}`)
    if (entry.reply) lines.push(...entry.reply.split('\n').map((line) => `  | ${line}`))
  }
  lines.push(
    '',
    `${result.counts.pass} of ${result.cases.length} passed. Sent ${result.sent} calls ($${result.costUsd.toFixed(4)}), ${result.fromCache} answered from the cache.`,
  )
  lines.push(result.passed ? 'The judge answered every case as expected.' : 'Read the replies above before trusting this judge: a run would use it as it is.')
  return lines
}

/** Each judge's block in the panel's order; a panel of two or more then says which judges failed and what the whole check cost. */
export function formatJudgeCheck(result: JudgePanelCheckResult): string {
  const lines = result.judges.flatMap((judge, index) => [...(index > 0 ? ['', ''] : []), ...formatJudge(judge)])
  if (result.judges.length > 1) {
    const failed = result.judges.filter((judge) => !judge.passed).map((judge) => `“${judge.judge}”`)
    lines.push(
      '',
      `Panel: ${result.judges.length - failed.length} of ${result.judges.length} judges passed every case. Sent ${result.sent} calls ($${result.costUsd.toFixed(4)}), ${result.fromCache} answered from the cache.`,
      failed.length === 0
        ? 'Every judge of the panel answered every case as expected.'
        : `Not passed: ${failed.join(', ')}. A run would use every judge as it is.`,
    )
  }
  return `${lines.join('\n')}\n`
}
