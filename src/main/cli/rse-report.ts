import type { RseResults } from '../../shared/contract/results'
import { ASPECTS } from '../core/evaluators/rse/parse/fields'

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
  return [
    `RSE against ${results.reference.alias} (${results.reference.model}), judged by ${results.judge.alias} (${results.judge.model})`,
    line(header),
    ...rows.map(line),
    ...(results.unreadable.count > 0
      ? [`Unreadable judgements (left out of the means, not counted): ${results.unreadable.count} of ${results.unreadable.judged}.`]
      : []),
    `Calls: ${results.calls.sent} sent, ${results.calls.cached} from the cache, ${results.calls.failed} failed. Cost: $${results.costUsd.toFixed(4)}.`,
    '',
  ].join('\n')
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
    results: results.students.map((student) => ({
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
    })),
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
