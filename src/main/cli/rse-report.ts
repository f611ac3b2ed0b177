import { panelOf, type RseResults, type RseStudentResult } from '../../shared/contract/results'
import { ASPECTS } from '../core/evaluators/rse/parse/fields'
import { rseAgreementSentence } from '../../shared/judges/agreement-words'

const fixed = (value: number | undefined) => (value === undefined ? '   -  ' : value.toFixed(3))

/** The paper's layout in plain text: students as rows, sets as columns (n, failed), Avg last. */
export function formatRseTable(results: RseResults): string {
  const header = ['student', ...results.sets, 'Avg']
  const rows = results.students.map((student) => [
    `${student.alias} (${student.model})`,
    ...student.sets.map(
      (set) =>
        `${fixed(set.mean)} [${set.ci ? `${set.ci.low.toFixed(2)}-${set.ci.high.toFixed(2)}` : '-'}] n=${set.n}${set.failed ? ` failed=${set.failed}` : ''}`,
    ),
    fixed(student.avg),
  ])
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => row[column]!.length)))
  const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ')
  const judges = panelOf(results)
  const judgedBy =
    judges.length > 1
      ? `judged by a panel of ${judges.length} (${judges.map((judge) => `${judge.alias} (${judge.model})`).join(', ')}): each item's score is the mean of the judges' readable scores`
      : `judged by ${results.judge.alias} (${results.judge.model})`
  return [
    `RSE against ${results.reference.alias} (${results.reference.model}), ${judgedBy}`,
    line(header),
    ...rows.map(line),
    ...perJudgeLines(results),
    ...(results.unreadableByJudge ?? [results.unreadable])
      .filter((entry) => entry.count > 0)
      .map(
        (entry) =>
          `Unreadable judgements${results.unreadableByJudge ? ` by ${entry.judge.alias}` : ''} (left out of the means, not counted): ${entry.count} of ${entry.judged}.`,
      ),
    `Calls: ${results.calls.sent} sent, ${results.calls.cached} from the cache, ${results.calls.failed} failed. Cost: $${results.costUsd.toFixed(4)}.`,
    '',
  ].join('\n')
}

/** Each judge's Avg per student beside the panel's, for a panel of 2+ judges. */
function perJudgeLines(results: RseResults): string[] {
  if (!results.perJudge?.length) return []
  return [
    results.agreement ? rseAgreementSentence(results.agreement) : 'Agreement between the judges: not measured.',
    'Avg by judge:',
    ...results.students.map(
      (student) =>
        `  ${student.alias}: panel ${fixed(student.avg)}; ${results.perJudge!.map((entry) => `${entry.judge} ${fixed(entry.students.find((own) => own.alias === student.alias)?.avg)}`).join(', ')}`,
    ),
  ]
}

/** One student's row of `--json`'s `results` (the panel's, and each judge's in `judges`). */
function studentJson(student: RseStudentResult) {
  return {
    model: student.alias,
    sets: student.sets.map((set) => ({
      name: set.name,
      mean: set.mean ?? null,
      n: set.n,
      failed: set.failed,
      ci: set.ci ? [set.ci.low, set.ci.high] : null,
      aspects: Object.fromEntries(
        ASPECTS.map((aspect) => [
          aspect,
          { mean: set.aspects[aspect] ?? null, ci: set.aspectCi?.[aspect] ? [set.aspectCi[aspect].low, set.aspectCi[aspect].high] : null },
        ]),
      ),
    })),
    avg: student.avg ?? null,
  }
}

/** The command line's `--json` shape (documented in the RSE issue and docs/spec.md). */
export function rseJson(results: RseResults) {
  return {
    kind: 'rse',
    runId: results.runId,
    status: results.status,
    // Issue 15 item 4: which rubric the judge used, and whether its prompt was edited.
    rubric: results.rubric ?? 'distillscope',
    judgePromptEdited: results.judgePromptEdited ?? false,
    warnings: results.warnings,
    results: results.students.map(studentJson),
    // Issue 13: a panel of 2+ judges adds each judge's own results, in the same shape (`results` are the panel's).
    ...(results.perJudge?.length ? { judges: results.perJudge.map((entry) => ({ judge: entry.judge, results: entry.students.map(studentJson) })) } : {}),
    ...(results.agreement ? { agreement: results.agreement } : {}),
    // Issue 14 item 2: every pair of students, paired bootstrap interval, Holm across pairs.
    pairs: (results.pairs ?? []).map((pair) => ({
      a: pair.a,
      b: pair.b,
      diff: pair.diff,
      ci: [pair.ci.low, pair.ci.high],
      adjustedP: pair.adjustedP,
      adjustedExcludesZero: pair.adjustedExcludesZero,
    })),
    rankStability: (results.rankStability ?? []).map((rank) => ({ model: rank.alias, rank: rank.rank, keepsRank: rank.keepsRank })),
    calls: results.calls,
    cost: results.costUsd,
    modelVersions: results.modelVersions ?? [],
  }
}
