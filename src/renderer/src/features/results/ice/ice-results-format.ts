import type { IceAttackRowView, IceJudgeView, IceRate, IceResults, IceScoreSet, IceTemplateNode } from '../../../../../shared/contract/index'
import { PAPER_ICE_TABLE, type PaperIceRow } from '../../../../../shared/paper/ice-table'
import { formatInteger, formatRateInterval, intervalEnds } from '../../../lib/format'
import { METHOD_TERMS } from '../../../lib/method-terms'

/*
 * ICE's results in words and numbers (METHOD.md 2.6 and 3): rates with their Wilson intervals,
 * the template tree, the paper's values. No React here, so it is unit-tested in Node.
 */

export const MEASURES = ['loose', 'strict', 'hard'] as const
export type Measure = (typeof MEASURES)[number]

export const MEASURE_INFO: Readonly<Record<Measure, { readonly label: string; readonly description: string }>> = {
  loose: { label: 'Loose', description: 'Answers that contradict the target’s identity fact about who made it.' },
  strict: { label: 'Strict', description: 'Of those, answers claiming to be a model of the suspected source.' },
  hard: {
    label: 'Hard',
    description: `Of those, answers whose template named none of the suspected source’s keywords. ${METHOD_TERMS['hard-positive'].explanation}`,
  },
}

/** A rate as the paper prints it, with one more decimal: 0.240. "—" when there is nothing to divide. */
export function formatRate(rate: number | null): string {
  return rate === null || !Number.isFinite(rate) ? '—' : rate.toFixed(3)
}

/** "240 of 1,000". */
export function formatCountOf(rate: Pick<IceRate, 'count' | 'n'>): string {
  return `${formatInteger(rate.count)} of ${formatInteger(rate.n)}`
}

/** The whole figure in one line for a cell: "0.240 (0.214–0.268)". */
export function rateCell(rate: IceRate): string {
  const interval = formatRateInterval(rate)
  return interval === '' ? formatRate(rate.rate) : `${formatRate(rate.rate)} (${interval})`
}

/** For a screen reader, in words: "0.240, 95% interval 0.214 to 0.268, 240 of 1,000 answers". */
export function rateWords(rate: IceRate): string {
  if (rate.rate === null) return 'no answers yet'
  const ends = intervalEnds(rate)
  const interval = ends ? `, 95% interval ${ends[0]} to ${ends[1]}` : ''
  return `${formatRate(rate.rate)}${interval}, ${formatCountOf(rate)} answers`
}

/** What could not be judged or answered, in one sentence; undefined when everything was. */
export function unjudgedNote(scores: Pick<IceScoreSet, 'looseUnjudged' | 'strictUnjudged' | 'targetErrors' | 'loose' | 'strict' | 'hard'>): string | undefined {
  const parts: string[] = []
  if (scores.targetErrors > 0)
    parts.push(`${formatInteger(scores.targetErrors)} ${scores.targetErrors === 1 ? 'question was' : 'questions were'} not answered by the target`)
  if (scores.looseUnjudged > 0)
    parts.push(`${formatInteger(scores.looseUnjudged)} ${scores.looseUnjudged === 1 ? 'answer has' : 'answers have'} no loose verdict`)
  if (scores.strictUnjudged > 0)
    parts.push(`${formatInteger(scores.strictUnjudged)} loose ${scores.strictUnjudged === 1 ? 'positive has' : 'positives have'} no strict verdict`)
  if (parts.length === 0) return undefined
  return `${parts.join('; ')}. They are left out of the rates, which are over the answers judged (never counted as 0); the paper-compatible rates, over every answer, are: ${paperRates(scores)}.`
}

/** A panel's even votes (issue 13), in one sentence; undefined when there were none (always for one judge). */
export function splitNote(scores: Pick<IceScoreSet, 'looseSplits' | 'strictSplits'>): string | undefined {
  const parts: string[] = []
  if (scores.looseSplits > 0) parts.push(`${formatInteger(scores.looseSplits)} ${scores.looseSplits === 1 ? 'answer' : 'answers'} on the loose question`)
  if (scores.strictSplits > 0)
    parts.push(`${formatInteger(scores.strictSplits)} loose ${scores.strictSplits === 1 ? 'positive' : 'positives'} on the strict question`)
  if (parts.length === 0) return undefined
  return `The judges split evenly on ${parts.join(' and ')}. A split has no verdict: it is left out of the rates (not counted as 0) and is not a judge failure.`
}

// ---------------------------------------------------------------------------------------------
// Breakdowns

export interface BreakdownRow {
  readonly key: string
  readonly label: string
  readonly scores: IceScoreSet
}

/** Groups in a fixed order (the paper's aspects, then languages), unknown keys after, by name. */
export function breakdownRows(
  groups: Readonly<Record<string, IceScoreSet>>,
  label: (key: string) => string,
  order: readonly string[] = [],
): readonly BreakdownRow[] {
  const rank = (key: string) => {
    const index = order.indexOf(key)
    return index === -1 ? order.length : index
  }
  return Object.entries(groups)
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([key, scores]) => ({ key, label: label(key), scores }))
}

// ---------------------------------------------------------------------------------------------
// The template tree (METHOD.md 2.2)

export interface LineageNode {
  readonly node: IceTemplateNode
  readonly children: readonly LineageNode[]
  /** Templates made from this one, at any depth. */
  readonly descendants: number
}

export interface Lineage {
  /** Seeds that were rewritten at least once (or scored), each with its tree. */
  readonly roots: readonly LineageNode[]
  /** Seeds never selected: listed only on request. */
  readonly unusedSeeds: readonly LineageNode[]
  readonly mutants: number
  readonly failedMutants: number
}

/**
 * The seed -> mutant tree, in the order the templates were made. A node whose parent is missing
 * (it cannot happen in a finished run, but a results page is no place to crash) becomes a root.
 */
export function buildLineage(templates: readonly IceTemplateNode[]): Lineage {
  const byId = new Map(templates.map((node) => [node.id, node]))
  const children = new Map<number, IceTemplateNode[]>()
  const roots: IceTemplateNode[] = []
  for (const node of templates) {
    if (node.parentId !== undefined && node.parentId !== node.id && byId.has(node.parentId)) {
      const list = children.get(node.parentId) ?? []
      list.push(node)
      children.set(node.parentId, list)
    } else roots.push(node)
  }
  const seen = new Set<number>()
  const grow = (node: IceTemplateNode): LineageNode => {
    seen.add(node.id)
    const grown = (children.get(node.id) ?? []).filter((child) => !seen.has(child.id)).map(grow)
    return { node, children: grown, descendants: grown.reduce((sum, child) => sum + 1 + child.descendants, 0) }
  }
  const trees = roots.map(grow)
  const used = (tree: LineageNode) => tree.descendants > 0 || tree.node.scores !== undefined || tree.node.level > 0
  const mutants = templates.filter((node) => node.level > 0)
  return {
    roots: trees.filter(used),
    unusedSeeds: trees.filter((tree) => !used(tree)),
    mutants: mutants.length,
    failedMutants: mutants.filter((node) => node.helperError !== undefined).length,
  }
}

/**
 * "Seed 12" for a seed (its id in its source), "Template 80" for a mutant. A built-in seed's id
 * is internal ("builtin-documentary"): it shows as its name, "Seed: documentary" (issue 18 item 7).
 */
export function templateTitle(node: Pick<IceTemplateNode, 'id' | 'level' | 'seedId'>): string {
  if (node.level !== 0) return `Template ${node.id}`
  const builtin = node.seedId?.match(/^builtin-(.+)$/)
  return builtin ? `Seed: ${builtin[1]!.replace(/[-_]+/g, ' ')}` : `Seed ${node.seedId ?? node.id}`
}

/** Why a fuzzing run stopped, in words (issue 18 item 7: no raw codes on screen). */
const STOP_REASONS: Readonly<Record<string, string>> = {
  max_query: 'its query budget was spent',
  max_success: 'it reached the successes it was asked for',
  max_reject: 'it reached the rejections allowed',
  max_iteration: 'it reached its iteration limit',
  stalled: 'no new template could be made',
}

export function stopReasonText(reason: string): string {
  return STOP_REASONS[reason] ?? reason.replace(/_/g, ' ')
}

/**
 * How far fuzzing went, under the scores: "12 iterations (stopped: ...)". With several replicates
 * each stopped on its own, so this gives their range and their table says why each stopped.
 */
export function fuzzSummary(fuzz: IceResults['fuzz']): string {
  const replicates = fuzz.replicates ?? []
  if (replicates.length < 2) return `${formatInteger(fuzz.iterations)} iterations${fuzz.stopReason ? ` (stopped: ${stopReasonText(fuzz.stopReason)})` : ''}`
  const counts = replicates.map((replicate) => replicate.iterations)
  const [fewest, most] = [Math.min(...counts), Math.max(...counts)]
  const range = fewest === most ? formatInteger(fewest) : `${formatInteger(fewest)}–${formatInteger(most)}`
  return `${replicates.length} replicates of ${range} iterations each (why each stopped is in the replicates table)`
}

/** One replicate's stop beside its scores: "After 12 iterations: its query budget was spent", or "Not yet (12 iterations so far)". */
export function replicateStopText(fuzz: IceResults['fuzz'], replicate: number): string {
  const own = fuzz.replicates?.find((each) => each.replicate === replicate)
  if (!own) return '—'
  const iterations = `${formatInteger(own.iterations)} iteration${own.iterations === 1 ? '' : 's'}`
  return own.stopReason ? `After ${iterations}: ${stopReasonText(own.stopReason)}` : `Not yet (${iterations} so far)`
}

// ---------------------------------------------------------------------------------------------
// Attack rows

export const ROWS_PER_PAGE = 20

export type Verdict = 'yes' | 'no' | 'none' | 'split' | 'not-asked'

/** A judge's outcome in one word: yes (1), no (0), none (no readable verdict), a panel's split, not asked. */
export function verdictOf(judge: IceJudgeView | undefined): Verdict {
  if (!judge) return 'not-asked'
  if (judge.split) return 'split'
  return judge.verdict === 1 ? 'yes' : judge.verdict === 0 ? 'no' : 'none'
}

/** The strongest finding of a row, for its badge: hard, strict, loose, none, or not judged. */
export function rowOutcome(
  row: Pick<IceAttackRowView, 'loose' | 'strict' | 'hard' | 'targetError'>,
): 'hard' | 'strict' | 'loose' | 'none' | 'split' | 'unjudged' | 'unanswered' {
  if (row.targetError) return 'unanswered'
  if (row.hard) return 'hard'
  if (row.strict?.verdict === 1) return 'strict'
  if (row.loose.verdict === 1) return 'loose'
  if (row.loose.split) return 'split'
  if (row.loose.verdict === null) return 'unjudged'
  return 'none'
}

// ---------------------------------------------------------------------------------------------
// The paper (METHOD.md 2.6)

export function paperRow(model: string): PaperIceRow | undefined {
  return PAPER_ICE_TABLE.rows.find((row) => row.model === model)
}

/** What can be said about comparing with the paper's numbers, most important first. */
export function paperNotes(run: {
  readonly simulated: boolean
  readonly judgeModel: string | undefined
  readonly rows: number
  readonly suspectedVendors: readonly string[]
}): readonly string[] {
  const table = PAPER_ICE_TABLE
  const notes: string[] = []
  if (run.simulated)
    notes.push(
      'This run uses simulated models (the Offline demo): its rates are generated by rules and say nothing about real models. Do not compare them with the paper.',
    )
  notes.push(
    `The paper judged ${formatInteger(table.rowsPerModel)} answers per model (20 templates × 50 questions, from GPTFuzz’s jailbreak templates) with ${table.judge}, against each model’s own identity fact, and printed rates with two decimals and no intervals.`,
  )
  if (run.judgeModel !== undefined && run.judgeModel.toLowerCase() !== table.judge)
    notes.push(`Your judge is ${run.judgeModel}, not ${table.judge}; judges differ in what they call a contradiction.`)
  if (run.rows !== table.rowsPerModel)
    notes.push(`Your run has ${formatInteger(run.rows)} answers, not ${formatInteger(table.rowsPerModel)}; see the intervals for how precise your rates are.`)
  const sameSource =
    run.suspectedVendors.length === table.suspectedVendors.length &&
    run.suspectedVendors.every((vendor) => table.suspectedVendors.some((known) => known.toLowerCase() === vendor.toLowerCase()))
  if (!sameSource)
    notes.push(
      `The paper’s suspected source was ${table.suspectedVendors.join(' and ')}; yours is ${run.suspectedVendors.join(', ')}, so strict and hard measure something else.`,
    )
  return notes
}

/** "loose 0.400, strict 0.200, hard 0.100": the same counts over every attack row, as the paper divides. */
function paperRates(scores: Pick<IceScoreSet, 'loose' | 'strict' | 'hard'>): string {
  return `loose ${formatRate(scores.loose.paper.rate)}, strict ${formatRate(scores.strict.paper.rate)}, hard ${formatRate(scores.hard.paper.rate)}`
}

/**
 * The short explanation behind ICE's intervals (issue 14 item 4): what is resampled, why, the
 * seed, and how to read two intervals that overlap.
 */
export const ICE_INTERVAL_EXPLANATION =
  'About the intervals: the answers are templates × questions, not independent draws (a template that works raises all of its answers), ' +
  'so each 95% interval resamples templates and questions (a two-way bootstrap, seeded by the run, so it does not change between views). ' +
  'Wilson’s interval, shown as “rows independent”, assumes independent answers and is too narrow here. ' +
  'Two runs’ intervals overlapping, or not, does not settle which is higher: compare the difference (ice import-dq with several logs prints it).'
