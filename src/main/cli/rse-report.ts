import { panelOf, type Interval, type RseAnchor, type RseResults, type RseStudentResult } from '../../shared/contract/results'
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
    ...checkLines(results),
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

/** Issue 16's lines: the ceiling and floor with each student's normalised Avg, the samples per prompt, the position check. */
function checkLines(results: RseResults): string[] {
  const range = (interval: Interval | undefined) => (interval ? ` [${interval.low.toFixed(2)}-${interval.high.toFixed(2)}]` : '')
  const lines: string[] = []
  const { calibration } = results
  if (calibration) {
    lines.push(
      `Ceiling (the reference against its second sample): ${fixed(calibration.ceiling.mean)}${range(calibration.ceiling.ci)}; floor (answers judged against another prompt's reference answer): ${fixed(calibration.floor.mean)}${range(calibration.floor.ci)}.`,
    )
    if (calibration.referenceGreedy)
      lines.push(
        `The reference answered at temperature 0: ${calibration.identicalSamples} of ${calibration.samplePairs} second samples were word for word its first, so the ceiling shows how the judge scores identical answers.`,
      )
    for (const student of results.students)
      lines.push(`  ${student.alias}: normalised Avg ${fixed(student.normalised?.avg)}${range(student.normalised?.avgCi)} (0 = floor, 1 = ceiling)`)
  }
  if (results.studentSamples)
    lines.push(
      `${results.studentSamples} answers per student and prompt; an item's score is their mean. Within-prompt SD: ${results.students.map((student) => `${student.alias} ${fixed(student.withinPromptSd)}`).join(', ')}.`,
    )
  for (const judge of results.positionCheck?.judges ?? [])
    lines.push(
      `Position check, ${judge.judge}: roles swapped on ${judge.items} items moved the score by ${fixed(judge.meanShift)}${range(judge.ci)}${judge.flagged ? ' — this judge depends on which answer it is told is the reference' : ''}.`,
    )
  return lines
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
    // Issue 16: RSE between the run's floor and ceiling, and the spread of a student's samples of one prompt.
    ...(student.normalised
      ? {
          normalised: {
            avg: student.normalised.avg ?? null,
            ci: pair(student.normalised.avgCi),
            sets: student.normalised.sets.map((set) => ({ name: set.name, value: set.value ?? null, ci: pair(set.ci) })),
          },
        }
      : {}),
    ...(student.withinPromptSd !== undefined ? { withinPromptSd: student.withinPromptSd } : {}),
  }
}

const pair = (interval: Interval | undefined) => (interval ? [interval.low, interval.high] : null)

/** Issue 16's `--json` parts: `calibration` (ceiling and floor), `studentSamples` and `positionCheck`. */
function checksJson(results: RseResults) {
  const anchor = (value: RseAnchor) => ({
    mean: value.mean ?? null,
    ci: pair(value.ci),
    sets: value.sets.map((set) => ({ name: set.name, mean: set.mean ?? null, ci: pair(set.ci), n: set.n, failed: set.failed })),
  })
  const { calibration, positionCheck } = results
  return {
    ...(calibration
      ? {
          calibration: {
            ceiling: anchor(calibration.ceiling),
            floor: anchor(calibration.floor),
            referenceGreedy: calibration.referenceGreedy,
            identicalSamples: calibration.identicalSamples,
            samplePairs: calibration.samplePairs,
          },
        }
      : {}),
    ...(results.studentSamples ? { studentSamples: results.studentSamples } : {}),
    ...(positionCheck
      ? {
          positionCheck: positionCheck.judges.map((judge) => ({
            judge: judge.judge,
            items: judge.items,
            meanShift: judge.meanShift ?? null,
            ci: pair(judge.ci),
            flagged: judge.flagged,
          })),
        }
      : {}),
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
    ...checksJson(results),
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
