import type { RseSpec } from '../../../../shared/contract/run-spec'
import type { RseAnswerOutcome, RseJudgmentOutcome } from './ports'
import type { RoleTally, RunTally } from '../../runs/run-outcome'
import { judgesOf, leadJudge } from '../../../../shared/contract/judges-of'

/** The start of a judgement's `failedReason` when the judge call itself failed (rse-executor.ts). */
export const JUDGE_CALL_FAILED = 'The judge could not be asked: '
/** ... and when the judge answered but no score could be read, even after the re-ask. */
export const JUDGE_REPLY_UNREADABLE = "The judge's reply could not be read: "

/**
 * An RSE run's calls as the outcome rule counts them (core/runs/run-outcome.ts), from its stored
 * answers and judgements (their outcomes only, so a run of any size is counted without its texts).
 * A judgement skipped because an answer it needed failed is no judge call. Each judge of a panel is
 * a role of its own, so its failed calls and unreadable replies are counted and named apart.
 */
export function tallyRseRun(spec: RseSpec, answers: readonly RseAnswerOutcome[], judgments: readonly RseJudgmentOutcome[]): RunTally {
  const answersOf = (aliases: readonly string[]) => answers.filter((answer) => aliases.includes(answer.modelAlias))
  const answerRole = (role: string, aliases: readonly string[]): RoleTally[] =>
    aliases.map((alias) => {
      const own = answersOf([alias])
      const failed = own.filter((answer) => !answer.answered)
      return { role, alias, calls: own.length, failed: failed.length, ...(failed.at(-1)?.errorMessage ? { exampleError: failed.at(-1)!.errorMessage! } : {}) }
    })
  const judges = judgesOf(spec).map((alias) =>
    judgeTally(
      alias,
      judgments.filter((judgment) => judgment.judgeAlias === alias),
    ),
  )
  const total = (count: (judge: JudgeTally) => number) => judges.reduce((sum, judge) => sum + count(judge), 0)
  return {
    roles: [...answerRole('reference', [spec.reference]), ...answerRole('student', spec.students), ...judges.map((judge) => judge.role)],
    judge: leadJudge(spec),
    judgements: total((judge) => judge.judgements),
    unreadable: total((judge) => judge.unreadable),
    ...(judges.length > 1 ? { perJudge: judges.map(({ role, judgements, unreadable }) => ({ judge: role.alias, judgements, unreadable })) } : {}),
  }
}

interface JudgeTally {
  readonly role: RoleTally
  readonly judgements: number
  readonly unreadable: number
}

function judgeTally(alias: string, judgments: readonly RseJudgmentOutcome[]): JudgeTally {
  const asked = judgments.filter((judgment) => judgment.failedReason === undefined || judgment.replied || judgment.failedReason.startsWith(JUDGE_CALL_FAILED))
  const failedJudge = asked.filter((judgment) => !judgment.replied && judgment.failedReason?.startsWith(JUDGE_CALL_FAILED))
  const unreadable = asked.filter((judgment) => judgment.replied && judgment.failedReason !== undefined)
  const exampleError = failedJudge.at(-1)?.failedReason?.slice(JUDGE_CALL_FAILED.length)
  return {
    role: { role: 'judge', alias, calls: asked.length, failed: failedJudge.length, ...(exampleError ? { exampleError } : {}) },
    judgements: asked.length - failedJudge.length,
    unreadable: unreadable.length,
  }
}
