import type { IceRate, IceReplicateFuzz, IceResults, IceScoreSet } from '../../shared/contract/ice-results'
import { iceIntervalNote } from '../../shared/figures/interval-note'
import type { IceJudgeSemantics } from '../../shared/ice/names'
import { iceAgreementSentence } from '../../shared/judges/agreement-words'

const percent = (value: number | null) => (value === null ? '  -  ' : `${(value * 100).toFixed(1)}%`)
const interval = (rate: IceRate) => (rate.low === null || rate.high === null ? '' : ` [${percent(rate.low)}-${percent(rate.high)}]`)
const cell = (rate: IceRate) => `${rate.count}/${rate.n} = ${percent(rate.rate)}${interval(rate)}`

const pair = (low: number | null, high: number | null) => (low === null || high === null ? null : [low, high])

/**
 * One rate as JSON: the count, the judged rows it is over (`n`), the rate and its 95% interval with
 * its method (issue 14: two-way cluster bootstrap by default; null with no judged row, never 0),
 * Wilson's "rows independent" interval beside it, and the paper-compatible rate over every row.
 */
const rateJson = (rate: IceRate) => ({
  count: rate.count,
  n: rate.n,
  rate: rate.rate,
  ci: pair(rate.low, rate.high),
  ciMethod: rate.ciMethod,
  rowsIndependent: { ci: pair(rate.rowsIndependent.low, rate.rowsIndependent.high), ciMethod: rate.rowsIndependent.ciMethod },
  paperRate: rate.paper.rate,
})
const scoresJson = (set: IceScoreSet) => ({ rows: set.rows, loose: rateJson(set.loose), strict: rateJson(set.strict), hard: rateJson(set.hard) })

/** The judge a run used, for the text report (issue 15). */
const JUDGE_SEMANTICS_WORDS: Readonly<Record<IceJudgeSemantics, string>> = {
  'as-published': "as published (the paper's judge prompts; the first <judge> tag read as the paper's code reads it)",
  distillscope: "Distillscope's own (also excludes fiction framing, refusals and details the fact does not mention; not the paper's)",
}

/** Loose, strict and hard overall and per category and language, as plain text. */
export function formatIceTable(results: IceResults): string {
  const groups: [string, IceScoreSet][] = [
    ['all rows', results.scores],
    ...Object.entries(results.byCategory).map(([name, set]): [string, IceScoreSet] => [`category ${name}`, set]),
    ...Object.entries(results.byLanguage).map(([name, set]): [string, IceScoreSet] => [`language ${name}`, set]),
  ]
  const header = ['', 'loose', 'strict', 'hard']
  const rows = groups.map(([name, set]) => [name, cell(set.loose), cell(set.strict), cell(set.hard)])
  const widths = header.map((text, column) => Math.max(text.length, ...rows.map((row) => row[column]!.length)))
  const line = (cells: string[]) => cells.map((text, column) => text.padEnd(widths[column]!)).join('  ')
  const { scores } = results
  const unjudged = scores.looseUnjudged + scores.strictUnjudged + scores.targetErrors
  const judges = results.judges.map((judge) => `${judge.alias} (${judge.model})`).join(', ')
  return [
    `ICE of ${results.target.alias} (${results.target.model}), helper ${results.helper.alias}, judged by ${results.judges.length > 1 ? `a panel of ${judges}, by majority` : judges}; preset ${results.preset}, ${results.selection}`,
    `Judge: ${JUDGE_SEMANTICS_WORDS[results.judgeSemantics]}`,
    `Identity fact: ${results.target.fact}`,
    `Suspected source: ${results.suspectedVendors.join(', ')}; hard keywords: ${results.hardKeywords.join(', ')}`,
    line(header),
    ...rows.map(line),
    iceIntervalNote(groups.map(([, set]) => set)),
    ...replicateLines(results),
    ...panelLines(results),
    ...(unjudged > 0
      ? [
          `Not judged (left out of the rates, which are over judged rows): ${scores.targetErrors} target errors, ${scores.looseUnjudged} loose and ${scores.strictUnjudged} strict verdicts missing.`,
          `Paper-compatible (over all ${scores.rows} rows): loose ${percent(scores.loose.paper.rate)}, strict ${percent(scores.strict.paper.rate)}, hard ${percent(scores.hard.paper.rate)}.`,
        ]
      : []),
    `Iterations${results.replicates ? ' in replicate 1' : ''}: ${results.fuzz.iterations}${results.fuzz.stopReason ? ` (stopped: ${results.fuzz.stopReason})` : ''}. Calls: ${results.calls.sent} sent, ${results.calls.cached} from the cache, ${results.calls.failed} failed. Cost: $${results.costUsd.toFixed(4)}.`,
    '',
  ].join('\n')
}

/** A line per fuzzing replicate and the spread between them (issue 16); nothing for one replicate. */
function replicateLines(results: IceResults): string[] {
  if (!results.replicates || !results.spread) return []
  const sd = (value: number | null) => (value === null ? '-' : `${(value * 100).toFixed(1)} points`)
  return [
    `${results.replicates.length} fuzzing replicates; the overall rates above are their mean, the interval combines their own intervals and their spread:`,
    ...results.replicates.map(
      (replicate) =>
        `Replicate ${replicate.replicate + 1} (seed ${replicate.seed}, ${replicate.n} rows): loose ${cell(replicate.loose)}, strict ${cell(replicate.strict)}, hard ${cell(replicate.hard)}; ${stopWords(stopOf(results, replicate.replicate))}`,
    ),
    `Between-replicate SD: loose ${sd(results.spread.loose)}, strict ${sd(results.spread.strict)}, hard ${sd(results.spread.hard)}.`,
  ]
}

/** Where one replicate's fuzzing stopped (issue 16); absent from results stored before replicates kept their own. */
const stopOf = (results: IceResults, replicate: number): IceReplicateFuzz | undefined => results.fuzz.replicates?.find((each) => each.replicate === replicate)

function stopWords(stop: IceReplicateFuzz | undefined): string {
  if (!stop) return 'stop not recorded'
  return `${stop.iterations} iterations${stop.stopReason ? ` (stopped: ${stop.stopReason})` : ' (not stopped yet)'}`
}

/** Each panel judge's own rates and the panel's splits (issue 13); nothing for a single judge. */
function panelLines(results: IceResults): string[] {
  if (!results.perJudge) return []
  const { scores } = results
  return [
    ...results.perJudge.map((judge) => `Judge ${judge.judge} alone: loose ${cell(judge.loose)}, strict ${cell(judge.strict)}`),
    `Panel splits (an even vote, left out of the rates, not a judge failure): ${scores.looseSplits} loose, ${scores.strictSplits} strict.`,
    ...(results.agreement ? [iceAgreementSentence(results.agreement)] : []),
  ]
}

/** The command line's `--json` shape for ICE runs (issue 5, docs/spec.md). */
export function iceJson(results: IceResults) {
  return {
    kind: 'ice',
    runId: results.runId,
    status: results.status,
    warnings: results.warnings,
    preset: results.preset,
    judgeSemantics: results.judgeSemantics,
    rows: results.scores.rows,
    loose: rateJson(results.scores.loose),
    strict: rateJson(results.scores.strict),
    hard: rateJson(results.scores.hard),
    byCategory: Object.fromEntries(Object.entries(results.byCategory).map(([name, set]) => [name, scoresJson(set)])),
    byLanguage: Object.fromEntries(Object.entries(results.byLanguage).map(([name, set]) => [name, scoresJson(set)])),
    unjudged: { targetErrors: results.scores.targetErrors, loose: results.scores.looseUnjudged, strict: results.scores.strictUnjudged },
    // A panel's even votes (issue 13): left out of the rates like the unjudged, but not judge failures; 0 for one judge.
    splits: { loose: results.scores.looseSplits, strict: results.scores.strictSplits },
    ...(results.perJudge
      ? { judges: results.perJudge.map((judge) => ({ judge: judge.judge, loose: rateJson(judge.loose), strict: rateJson(judge.strict) })) }
      : {}),
    ...(results.agreement ? { agreement: results.agreement } : {}),
    // Two or more fuzzing replicates (issue 16): each one's own rates and where it stopped, and the SD of each rate between them.
    ...(results.replicates
      ? {
          replicates: results.replicates.map((replicate) => {
            const stop = stopOf(results, replicate.replicate)
            return {
              replicate: replicate.replicate,
              seed: replicate.seed,
              n: replicate.n,
              loose: rateJson(replicate.loose),
              strict: rateJson(replicate.strict),
              hard: rateJson(replicate.hard),
              iterations: stop?.iterations ?? null,
              stopReason: stop?.stopReason ?? null,
            }
          }),
          spread: results.spread ?? null,
        }
      : {}),
    iterations: results.fuzz.iterations,
    stopReason: results.fuzz.stopReason ?? null,
    calls: results.calls,
    cost: results.costUsd,
    modelVersions: results.modelVersions ?? [],
  }
}
