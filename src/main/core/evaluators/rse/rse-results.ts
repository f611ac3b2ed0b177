import { clipReply, UNREADABLE_EXAMPLES, type UnreadableJudgements } from '../../../../shared/contract/judge-issues'
import type { RseResults, RseSetResult } from '../../../../shared/contract/results'
import type { RseSpec } from '../../../../shared/contract/run-spec'
import type { RunRow } from '../../runs/ports'
import type { RseScoredJudgment } from './ports'
import type { CallTotals } from '../../llm/call-records'
import { ITEMS_PER_PAUSE, runToEnd, workMeter, type Steps } from '../../stats/steps'
import { aggregateRseSteps, type JudgedItem, type RseSetSummary } from './aggregate'
import { compareStudentsSteps } from './paired-comparisons'
import { leadJudge } from '../../../../shared/contract/judges-of'

/** The paper's table for one run: students as rows, sets as columns, Avg last (METHOD.md 1.3-1.4). */
export function buildRseResults(run: RunRow, judgments: readonly RseScoredJudgment[], modelNames: (alias: string) => string, calls: CallTotals): RseResults {
  return runToEnd(buildRseResultsSteps(run, judgments, modelNames, calls))
}

/** `buildRseResults` with pause points inside its bootstraps (stats/steps). */
export function* buildRseResultsSteps(
  run: RunRow,
  judgments: readonly RseScoredJudgment[],
  modelNames: (alias: string) => string,
  calls: CallTotals,
): Steps<RseResults> {
  const spec = run.spec as RseSpec
  const sets = spec.promptSets.map((set) => set.name)
  const items: JudgedItem[] = []
  const paused = workMeter(ITEMS_PER_PAUSE)
  for (const judgment of judgments) {
    items.push({
      studentId: judgment.studentAlias,
      setName: judgment.setName,
      itemId: judgment.itemId,
      ...(judgment.overall !== undefined ? { overall: judgment.overall } : {}),
      aspects: { style: judgment.style, structure: judgment.structure, content: judgment.content },
      ...(judgment.failedReason ? { failed: judgment.failedReason } : {}),
    })
    if (paused(1)) yield
  }
  const summaries = yield* aggregateRseSteps(items, { seed: spec.seed, sets })
  const comparisons = yield* compareStudentsSteps(items, spec.students, { seed: spec.seed, sets })
  yield
  const byStudent = new Map(summaries.map((summary) => [summary.studentId, summary]))
  return {
    runId: run.id,
    status: run.status,
    warnings: run.warnings ?? [],
    unreadable: unreadableRse(judgments, { alias: leadJudge(spec), model: modelNames(leadJudge(spec)) }),
    reference: { alias: spec.reference, model: modelNames(spec.reference) },
    judge: { alias: leadJudge(spec), model: modelNames(leadJudge(spec)) },
    rubric: spec.rubric ?? 'distillscope',
    judgePromptEdited: spec.judgePrompt !== undefined,
    sets,
    students: spec.students.map((alias) => {
      const summary = byStudent.get(alias)
      return {
        alias,
        model: modelNames(alias),
        sets: sets.map((name) =>
          toSetResult(
            name,
            summary?.sets.find((set) => set.name === name),
          ),
        ),
        ...(summary?.avg !== undefined ? { avg: summary.avg } : {}),
        ...(summary?.avgCi ? { avgCi: { low: summary.avgCi[0], high: summary.avgCi[1] } } : {}),
      }
    }),
    pairs: comparisons.pairs.map((pair) => ({ ...pair, ci: { low: pair.ci[0], high: pair.ci[1] } })),
    rankStability: comparisons.ranks.map((rank) => ({ alias: rank.studentId, rank: rank.rank, keepsRank: rank.keepsRank })),
    calls: { sent: calls.sent, cached: calls.cached, failed: calls.failed },
    costUsd: calls.costUsd,
  }
}

/** Judgements the judge answered whose scores could not be read, even after the re-ask. */
function unreadableRse(judgments: readonly RseScoredJudgment[], judge: UnreadableJudgements['judge']): UnreadableJudgements {
  const answered = judgments.filter((judgment) => judgment.rawReply !== undefined)
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
