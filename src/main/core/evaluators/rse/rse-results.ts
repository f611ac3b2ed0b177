import { clipReply, UNREADABLE_EXAMPLES, type UnreadableJudgements } from '../../../../shared/contract/judge-issues'
import type { RseJudgeResults, RseResults, RseSetResult, RseStudentResult } from '../../../../shared/contract/results'
import type { RseSpec } from '../../../../shared/contract/run-spec'
import type { RunRow } from '../../runs/ports'
import type { RseScoredJudgment } from './ports'
import type { CallTotals } from '../../llm/call-records'
import { hashSeed } from '../../stats/prng'
import { runToEnd, type Steps } from '../../stats/steps'
import { aggregateRseSteps, type JudgedItem, type RseSetSummary, type RseStudentSummary } from './aggregate'
import { judgedItemsSteps } from './panel-items'
import { compareStudentsSteps } from './paired-comparisons'
import { rsePanelAgreementSteps } from '../../stats/agreement/panel-agreement'
import { judgesOf, leadJudge } from '../../../../shared/contract/judges-of'
import type { RseCheckScore } from './checks/ports'
import { withSamplesSteps } from './checks/sample-items'
import { calibrationSteps } from './checks/calibration'
import { positionCheckSteps } from './checks/position-check'

/**
 * The paper's table for one run: students as rows, sets as columns, Avg last (METHOD.md 1.3-1.4),
 * from the panel's scores (issue 13: each item's mean over the judges that scored it); a panel of 2+
 * also gets each judge's own table and the judges' agreement.
 */
export function buildRseResults(
  run: RunRow,
  judgments: readonly RseScoredJudgment[],
  modelNames: (alias: string) => string,
  calls: CallTotals,
  checks?: RseChecksRead,
): RseResults {
  return runToEnd(buildRseResultsSteps(run, judgments, modelNames, calls, checks))
}

/** What issue 16's results read beside the headline judgements: the check judgements, and facts about the reference's second samples. */
export interface RseChecksRead {
  readonly scores: readonly RseCheckScore[]
  readonly secondSamples: { readonly pairs: number; readonly identical: number }
  /** The reference answers at temperature 0. */
  readonly referenceGreedy: boolean
}

/** `buildRseResults` with pause points inside its bootstraps (stats/steps). */
export function* buildRseResultsSteps(
  run: RunRow,
  judgments: readonly RseScoredJudgment[],
  modelNames: (alias: string) => string,
  calls: CallTotals,
  checks: RseChecksRead = { scores: [], secondSamples: { pairs: 0, identical: 0 }, referenceGreedy: true },
): Steps<RseResults> {
  const spec = run.spec as RseSpec
  const sets = spec.promptSets.map((set) => set.name)
  const judges = judgesOf(spec)
  const judged = yield* judgedItemsSteps(judgments, judges)
  const { units } = judged
  // Issue 16 item 2: a student's further samples fold into each prompt's score (the panel's and each judge's alike).
  const sampled = (spec.studentSamples ?? 1) > 1
  const { items: panel, withinSd } = sampled
    ? yield* withSamplesSteps(judged.panel, checks.scores)
    : { items: judged.panel, withinSd: new Map<string, number>() }
  const perJudge = new Map<string, JudgedItem[]>()
  for (const [judge, items] of judged.perJudge) perJudge.set(judge, sampled ? (yield* withSamplesSteps(items, checks.scores, judge)).items : items)
  const calibrated = spec.calibration ? yield* calibrationSteps({ ...checks, checks: checks.scores, sets, seed: spec.seed ?? 0 }) : undefined
  const studentsOf = function* (items: readonly JudgedItem[], seedPart: string | undefined) {
    // A judge's own results get their own random streams, so they never share resamples with the panel's.
    const summaries = yield* aggregateRseSteps(items, { seed: seedPart === undefined ? spec.seed : hashSeed(spec.seed ?? 0, 'rse-judge', seedPart), sets })
    const byStudent = new Map(summaries.map((summary) => [summary.studentId, summary]))
    return spec.students.map((alias) => studentResult(alias, modelNames(alias), sets, byStudent.get(alias)))
  }
  const students: RseStudentResult[] = []
  for (const student of yield* studentsOf(panel, undefined)) {
    const normalised = calibrated
      ? yield* calibrated.normalise(
          panel.filter((item) => item.studentId === student.alias),
          student.alias,
        )
      : undefined
    const sd = withinSd.get(student.alias)
    students.push({ ...student, ...(normalised ? { normalised } : {}), ...(sd !== undefined ? { withinPromptSd: sd } : {}) })
  }
  const comparisons = yield* compareStudentsSteps(panel, spec.students, { seed: spec.seed, sets })
  const judgeResults: RseJudgeResults[] = []
  if (judges.length > 1) for (const judge of judges) judgeResults.push({ judge, students: yield* studentsOf(perJudge.get(judge) ?? [], judge) })
  const positionCheck = spec.positionCheck !== undefined ? yield* positionCheckSteps(judgments, checks.scores, judges, spec.seed ?? 0) : undefined
  const agreement = judges.length > 1 ? yield* rsePanelAgreementSteps(units, hashSeed(spec.seed ?? 0, 'rse-agreement')) : undefined
  yield
  const lead = { alias: leadJudge(spec), model: modelNames(leadJudge(spec)) }
  const byJudge = judges.length > 1 ? judges.map((alias) => unreadableRse(judgments, { alias, model: modelNames(alias) })) : []
  // The banner names one judge: of a panel, the one with the most unreadable replies (each judge's are in unreadableByJudge).
  const worst = byJudge.reduce<UnreadableJudgements | undefined>((most, entry) => (most === undefined || entry.count > most.count ? entry : most), undefined)
  return {
    runId: run.id,
    status: run.status,
    warnings: run.warnings ?? [],
    unreadable: worst ?? unreadableRse(judgments, lead),
    ...(byJudge.length ? { unreadableByJudge: byJudge } : {}),
    reference: { alias: spec.reference, model: modelNames(spec.reference) },
    judge: lead,
    judges: judges.map((alias) => ({ alias, model: modelNames(alias) })),
    ...(judges.length > 1 ? { perJudge: judgeResults } : {}),
    ...(agreement
      ? {
          agreement: {
            items: agreement.units,
            ...(agreement.alpha !== undefined ? { alpha: agreement.alpha } : {}),
            ...(agreement.ci ? { ci: [agreement.ci.low, agreement.ci.high] as const } : {}),
            ...(agreement.exact !== undefined ? { exact: agreement.exact, withinOne: agreement.withinOne } : {}),
          },
        }
      : {}),
    ...(calibrated ? { calibration: calibrated.calibration } : {}),
    ...(sampled ? { studentSamples: spec.studentSamples } : {}),
    ...(positionCheck ? { positionCheck } : {}),
    rubric: spec.rubric ?? 'distillscope',
    judgePromptEdited: spec.judgePrompt !== undefined,
    sets,
    students,
    pairs: comparisons.pairs.map((pair) => ({ ...pair, ci: { low: pair.ci[0], high: pair.ci[1] } })),
    rankStability: comparisons.ranks.map((rank) => ({ alias: rank.studentId, rank: rank.rank, keepsRank: rank.keepsRank })),
    calls: { sent: calls.sent, cached: calls.cached, failed: calls.failed },
    costUsd: calls.costUsd,
  }
}

function studentResult(alias: string, model: string, sets: readonly string[], summary: RseStudentSummary | undefined): RseStudentResult {
  return {
    alias,
    model,
    sets: sets.map((name) =>
      toSetResult(
        name,
        summary?.sets.find((set) => set.name === name),
      ),
    ),
    ...(summary?.avg !== undefined ? { avg: summary.avg } : {}),
    ...(summary?.avgCi ? { avgCi: { low: summary.avgCi[0], high: summary.avgCi[1] } } : {}),
  }
}

/** Judgements the judge answered whose scores could not be read, even after the re-ask. */
function unreadableRse(judgments: readonly RseScoredJudgment[], judge: UnreadableJudgements['judge']): UnreadableJudgements {
  const answered = judgments.filter((judgment) => judgment.rawReply !== undefined && judgment.judgeAlias === judge.alias)
  const unreadable = answered.filter((judgment) => judgment.failedReason !== undefined)
  return {
    judge,
    count: unreadable.length,
    judged: answered.length,
    examples: unreadable.slice(0, UNREADABLE_EXAMPLES).map((judgment) => ({ reply: clipReply(judgment.rawReply ?? ''), reason: judgment.failedReason ?? '' })),
  }
}

function toSetResult(name: string, summary: RseSetSummary | undefined): RseSetResult {
  if (!summary) return { name, n: 0, failed: 0, aspects: {} }
  const aspects = Object.fromEntries(Object.entries(summary.aspects).filter(([, value]) => value !== undefined))
  return {
    name,
    n: summary.n,
    failed: summary.failed,
    ...(summary.mean !== undefined ? { mean: summary.mean } : {}),
    ...(summary.ci ? { ci: { low: summary.ci[0], high: summary.ci[1] } } : {}),
    aspects,
    ...(Object.keys(summary.aspectCis).length ? { aspectCi: summary.aspectCis } : {}),
  }
}
