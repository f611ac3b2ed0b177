import type { ICE_ROW_FILTERS, IceAttackRowView, IceReplicateFuzz, IceResults, IceTemplateNode } from '../../../../shared/contract/ice-results'
import type { IceSpec } from '../../../../shared/contract/ice-spec'
import { clipReply, UNREADABLE_EXAMPLES, type UnreadableJudgements } from '../../../../shared/contract/judge-issues'
import type { CallTotals } from '../../llm/call-records'
import { defaultJudgeSemantics, judgeSemanticsOf } from '../../../../shared/ice/names'
import type { IceReplicateState, IceRunInputs, IceRunState } from './ports'
import type { RunRow } from '../../runs/ports'
import { ICE_PRESETS, isHard, type IceAttackRow, type TemplateNode } from './index'
import { scoreIceRunSteps } from './scores/ice-scores'
import { runToEnd, type Steps } from '../../stats/steps'
import { withUnreadableReason } from './judges/legacy-reason'
import { judgesOf, leadJudge } from '../../../../shared/contract/judges-of'
import { ownJudgements } from './ice-tally'
import { perJudgeRatesSteps } from './scores/per-judge'
import { iceAgreementSteps } from './scores/panel-agreement'
import { replicateOf, replicateSeeds } from './replicates'
import { combineReplicates, replicateScoresSteps } from './scores/replicate-scores'

export interface IceRunData {
  readonly inputs: IceRunInputs | undefined
  readonly nodes: readonly TemplateNode[]
  readonly rows: readonly IceAttackRow[]
  /** Replicate 0's stop state (the run's own). */
  readonly state: IceRunState | undefined
  /** Every replicate's stored stop state (issue 16); without it only `state` is known, as replicate 0's. */
  readonly states?: readonly IceReplicateState[]
}

/**
 * An ICE run's scores as stored so far (METHOD.md 2.6): loose, strict and hard over attack rows
 * with two-way cluster bootstrap intervals (Wilson's beside them), the breakdowns, and the template tree with each mutant's own scores.
 */
export function buildIceResults(run: RunRow, data: IceRunData, modelNames: (alias: string) => string, calls: CallTotals): IceResults {
  return runToEnd(buildIceResultsSteps(run, data, modelNames, calls))
}

/** `buildIceResults` with pause points inside its bootstraps (stats/steps). */
export function* buildIceResultsSteps(run: RunRow, data: IceRunData, modelNames: (alias: string) => string, calls: CallTotals): Steps<IceResults> {
  const spec = run.spec as IceSpec
  const keywords = data.inputs?.keywords ?? []
  const scores = yield* scoreIceRunSteps(data.rows, keywords, spec.seed)
  const { byTemplate, byCategory, byLanguage, byMutator, ...pooled } = scores
  // Two or more fuzzing replicates (issue 16): the headline is their mean with the combined interval.
  const seeds = replicateSeeds(spec)
  const replicates = seeds.length > 1 ? yield* replicateScoresSteps(data.rows, keywords, seeds) : undefined
  const combined = replicates ? combineReplicates(pooled, replicates) : undefined
  // What is left reads every row a few times over: a pause between each part.
  yield
  const judges = judgesOf(spec).map((alias) => ({ alias, model: modelNames(alias) }))
  const perJudge = yield* perJudgeRatesSteps(
    data.rows,
    judges.map((judge) => judge.alias),
    keywords,
    spec.seed,
  )
  const agreement =
    judges.length > 1
      ? yield* iceAgreementSteps(
          data.rows,
          judges.map((judge) => judge.alias),
          spec.seed,
        )
      : undefined
  const unreadable = unreadableIce(data.rows, {
    alias: judges.map((judge) => judge.alias).join(', '),
    model: judges.map((judge) => judge.model).join(', '),
  })
  yield
  const templates = templateTree(spec, data.nodes, data.rows, byTemplate)
  yield
  let iterations = 0
  for (const row of data.rows) iterations = Math.max(iterations, row.iteration)
  const replicateFuzz = seeds.length > 1 ? replicatesFuzz(seeds.length, data) : undefined
  return {
    runId: run.id,
    status: run.status,
    warnings: run.warnings ?? [],
    unreadable,
    target: { alias: spec.target, model: modelNames(spec.target), fact: data.inputs?.fact ?? spec.targetFact },
    helper: { alias: spec.helper, model: modelNames(spec.helper) },
    judge: judges[0] ?? { alias: leadJudge(spec), model: modelNames(leadJudge(spec)) },
    judges,
    ...(perJudge ? { perJudge } : {}),
    ...(agreement ? { agreement } : {}),
    preset: spec.preset,
    // Frozen with the inputs when the run started; before that, what the run will use.
    judgeSemantics: data.inputs ? judgeSemanticsOf(data.inputs) : (spec.judgeSemantics ?? defaultJudgeSemantics(spec.preset)),
    selection: spec.selection,
    suspectedVendors: data.inputs?.vendors.map((vendor) => vendor.vendor) ?? spec.suspectedVendors,
    hardKeywords: keywords,
    maxQueries: spec.budget.maxQueries,
    scores: combined?.scores ?? pooled,
    ...(replicates && combined ? { replicates, spread: combined.spread } : {}),
    byCategory,
    byLanguage,
    byMutator,
    templates,
    fuzz: {
      // Replicate 0's, as `stopReason` is: with several replicates, its own rows' last iteration until it stops.
      iterations: data.state?.iterations ?? replicateFuzz?.[0]?.iterations ?? iterations,
      ...(data.state ? { stopReason: data.state.stopReason } : {}),
      ...(replicateFuzz ? { replicates: replicateFuzz } : {}),
    },
    calls: { sent: calls.sent, cached: calls.cached, failed: calls.failed },
    costUsd: calls.costUsd,
  }
}

/**
 * Each replicate's iterations and stop reason (issue 16). A replicate that has not stopped yet (a
 * paused or running run) has no reason, and its iterations are the last one it stored a row for.
 */
function replicatesFuzz(count: number, data: IceRunData): IceReplicateFuzz[] {
  const stored = new Map((data.states ?? (data.state ? [{ ...data.state, replicate: 0 }] : [])).map((state) => [state.replicate, state]))
  const lastIteration = Array.from({ length: count }, () => 0)
  for (const row of data.rows) {
    const replicate = replicateOf(row)
    if (replicate < count) lastIteration[replicate] = Math.max(lastIteration[replicate]!, row.iteration)
  }
  return lastIteration.map((iterations, replicate) => {
    const state = stored.get(replicate)
    return state ? { replicate, iterations: state.iterations, stopReason: state.stopReason } : { replicate, iterations }
  })
}

/**
 * Loose and strict judgements the judges answered but no verdict could be read from (with the
 * extraction call's reply): each panel judge's own, so a split between readable verdicts is not one.
 */
function unreadableIce(rows: readonly IceAttackRow[], judge: UnreadableJudgements['judge']): UnreadableJudgements {
  const answered = rows.flatMap(ownJudgements).filter((judgement) => judgement.reply !== undefined && judgement.errorClass === undefined)
  const unreadable = answered.filter((judgement) => judgement.verdict === null)
  return {
    judge,
    count: unreadable.length,
    judged: answered.length,
    examples: unreadable.slice(0, UNREADABLE_EXAMPLES).map((judgement) => ({
      reply: clipReply(
        judgement.extractionReply !== undefined
          ? `${judgement.reply}\n\n--- asked again for just the verdict:\n\n${judgement.extractionReply}`
          : (judgement.reply ?? ''),
      ),
      reason: judgement.error ?? 'No verdict could be read.',
    })),
  }
}

/**
 * One replicate's seeds and mutants without their text (replicate 0's unless asked; every replicate
 * numbers its templates from 0 again); whether each could be selected follows the preset's rule
 * (METHOD.md 2.5). `byTemplate` is keyed as scores key templates (templateKeyOf).
 */
export function templateTree(
  spec: IceSpec,
  nodes: readonly TemplateNode[],
  rows: readonly IceAttackRow[],
  byTemplate: IceResults['byCategory'],
  replicate = 0,
): IceTemplateNode[] {
  const everyMutantJoins = ICE_PRESETS[spec.preset].poolAdmission === 'every-mutant'
  const succeeded = new Set(rows.filter((row) => replicateOf(row) === replicate && row.loose.verdict === 1).map((row) => row.mutantId))
  return nodes
    .filter((node) => replicateOf(node) === replicate)
    .map((node) => {
      const scores = byTemplate[replicate === 0 ? String(node.id) : `${replicate}:${node.id}`]
      const inPool = node.level === 0 || (node.helperError === undefined && (everyMutantJoins || succeeded.has(node.id)))
      return {
        id: node.id,
        level: node.level,
        ...(node.seedId !== undefined ? { seedId: node.seedId } : {}),
        ...(node.parentId !== undefined ? { parentId: node.parentId } : {}),
        ...(node.partnerId !== undefined ? { partnerId: node.partnerId } : {}),
        ...(node.mutator !== undefined ? { mutator: node.mutator } : {}),
        ...(node.iteration !== undefined ? { iteration: node.iteration } : {}),
        ...(node.helperError !== undefined ? { helperError: node.helperError } : {}),
        inPool,
        ...(scores ? { scores } : {}),
      }
    })
}

export interface IceRowFilter {
  /** A template of replicate `replicate` (default 0: the tree results show). */
  readonly mutantId?: number
  /** Only this fuzzing replicate's rows (issue 16). */
  readonly replicate?: number
  readonly category?: string
  readonly language?: string
  readonly only: (typeof ICE_ROW_FILTERS)[number]
}

/** An attack row as the drill-down shows it, with hard worked out from the run's keywords. */
export function iceRowView(row: IceAttackRow, keywords: readonly string[]): IceAttackRowView {
  return {
    ...row,
    loose: withUnreadableReason(row.loose, 'loose'),
    ...(row.strict ? { strict: withUnreadableReason(row.strict, 'strict') } : {}),
    ...(row.judges
      ? {
          judges: row.judges.map((judge) => ({
            judge: judge.judge,
            loose: withUnreadableReason(judge.loose, 'loose'),
            ...(judge.strict ? { strict: withUnreadableReason(judge.strict, 'strict') } : {}),
          })),
        }
      : {}),
    hard: isHard(row.strict?.verdict === 1 && row.loose.verdict === 1, row.template, keywords),
  }
}

/** Every attack row of a run that passes the filter (storage pages them in SQL; tests compare with this). */
export function iceRowViews(rows: readonly IceAttackRow[], keywords: readonly string[], filter: IceRowFilter): IceAttackRowView[] {
  return rows
    .map((row) => iceRowView(row, keywords))
    .filter((row) => {
      if (filter.replicate !== undefined && replicateOf(row) !== filter.replicate) return false
      if (filter.mutantId !== undefined && (row.mutantId !== filter.mutantId || replicateOf(row) !== (filter.replicate ?? 0))) return false
      if (filter.category !== undefined && (row.category ?? 'unknown') !== filter.category) return false
      if (filter.language !== undefined && (row.language ?? 'unknown') !== filter.language) return false
      switch (filter.only) {
        case 'loose':
          return row.loose.verdict === 1
        case 'strict':
          return row.loose.verdict === 1 && row.strict?.verdict === 1
        case 'hard':
          return row.hard
        case 'unjudged':
          return row.loose.verdict === null && !row.loose.split
        case 'split':
          return row.loose.split === true || row.strict?.split === true
        default:
          return true
      }
    })
}
