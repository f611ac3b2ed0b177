import type { IceAttackRow, JudgeOutcome, TemplateNode } from './index'
import type { RoleTally, RunTally } from '../../runs/run-outcome'

/**
 * An ICE run's calls as the outcome rule counts them (core/runs/run-outcome.ts), from its stored
 * nodes and rows. A judgement is one loose or strict verdict asked for (with its extraction call);
 * it is unreadable when the judge answered but no verdict could be read, failed when a call failed.
 * A panel's judgements are each judge's own (a split between readable verdicts is neither).
 */
export function tallyIceRun(
  aliases: { target: string; helper: string; judges: readonly string[] },
  nodes: readonly TemplateNode[],
  rows: readonly IceAttackRow[],
): RunTally {
  const judgeNames = aliases.judges.join(', ')
  const mutants = nodes.filter((node) => node.level > 0)
  const failedMutants = mutants.filter((node) => node.helperErrorClass !== undefined)
  const failedTargets = rows.filter((row) => row.targetError !== undefined)
  const judgements: JudgeOutcome[] = rows.flatMap((row) => (row.targetError ? [] : ownJudgements(row)))
  const failedJudgements = judgements.filter((judgement) => judgement.verdict === null && judgement.errorClass !== undefined)
  const unreadable = judgements.filter((judgement) => judgement.verdict === null && judgement.errorClass === undefined)
  const roles: RoleTally[] = [
    role('target', aliases.target, rows.length, failedTargets.length, failedTargets.at(-1)?.targetError?.message),
    role('helper', aliases.helper, mutants.length, failedMutants.length, failedMutants.at(-1)?.helperError),
    role('judge', judgeNames, judgements.length, failedJudgements.length, failedJudgements.at(-1)?.error),
  ]
  return { roles, judge: judgeNames, judgements: judgements.length - failedJudgements.length, unreadable: unreadable.length }
}

function role(name: string, alias: string, calls: number, failed: number, exampleError: string | undefined): RoleTally {
  return { role: name, alias, calls, failed, ...(exampleError !== undefined ? { exampleError } : {}) }
}

/** The judgements the row's judges gave themselves: each panel judge's (issue 13), or the single judge's. */
export function ownJudgements(row: IceAttackRow): JudgeOutcome[] {
  if (row.judges) return row.judges.flatMap((judge) => (judge.strict ? [judge.loose, judge.strict] : [judge.loose]))
  return row.strict ? [row.loose, row.strict] : [row.loose]
}
