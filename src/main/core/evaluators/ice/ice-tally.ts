import type { IceAttackRow, JudgeOutcome, TemplateNode } from './index'
import type { RoleTally, RunTally } from '../../runs/run-outcome'

/**
 * An ICE run's calls as the outcome rule counts them (core/runs/run-outcome.ts), from its stored
 * nodes and rows. A judgement is one loose or strict verdict asked for (with its extraction call);
 * it is unreadable when the judge answered but no verdict could be read, failed when a call failed.
 */
export function tallyIceRun(
  aliases: { target: string; helper: string; judge: string },
  nodes: readonly TemplateNode[],
  rows: readonly IceAttackRow[],
): RunTally {
  const mutants = nodes.filter((node) => node.level > 0)
  const failedMutants = mutants.filter((node) => node.helperErrorClass !== undefined)
  const failedTargets = rows.filter((row) => row.targetError !== undefined)
  const judgements: JudgeOutcome[] = rows.flatMap((row) => (row.targetError ? [] : row.strict ? [row.loose, row.strict] : [row.loose]))
  const failedJudgements = judgements.filter((judgement) => judgement.verdict === null && judgement.errorClass !== undefined)
  const unreadable = judgements.filter((judgement) => judgement.verdict === null && judgement.errorClass === undefined)
  const roles: RoleTally[] = [
    role('target', aliases.target, rows.length, failedTargets.length, failedTargets.at(-1)?.targetError?.message),
    role('helper', aliases.helper, mutants.length, failedMutants.length, failedMutants.at(-1)?.helperError),
    role('judge', aliases.judge, judgements.length, failedJudgements.length, failedJudgements.at(-1)?.error),
  ]
  return { roles, judge: aliases.judge, judgements: judgements.length - failedJudgements.length, unreadable: unreadable.length }
}

function role(name: string, alias: string, calls: number, failed: number, exampleError: string | undefined): RoleTally {
  return { role: name, alias, calls, failed, ...(exampleError !== undefined ? { exampleError } : {}) }
}
