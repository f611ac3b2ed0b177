import type { IceSpec } from '../../../../shared/contract/ice-spec'
import type { RunProgress } from '../../../../shared/contract/runs'
import type { PreparedModel } from '../../llm/prepared-model'
import { rowKey, type IceRunInputs, type IceRunsRepo } from './ports'
import { runIceFuzz, type IceAttackRow, type IceFuzzProgress, type TemplateNode } from './index'
import { replicateOf, replicateSeeds, withReplicate } from './replicates'
import type { LlmClient } from '../../llm/llm-client'
import { ProgressTracker, type EarlierRequests } from '../../runs/progress-tracker'
import type { ExecutionContext } from '../../runs/run-manager'
import type { RunTally } from '../../runs/run-outcome'
import { fuzzConfigOf } from './ice-config'
import { iceRequestBounds } from './request-bounds'
import { withoutJudgeReasks } from '../../runs/judge-reasks'
import { ownJudgements, tallyIceRun } from './ice-tally'
import { judgesOf } from '../../../../shared/contract/judges-of'

export interface IceExecutorDeps {
  readonly llm: LlmClient
  readonly repo: IceRunsRepo
  /** Reads the spec's questions, seeds and suspected source (library or files) for a new run. */
  resolveInputs(spec: IceSpec, baseDir: string | undefined): Promise<IceRunInputs>
  prepareModel(runId: string, alias: string, spec: IceSpec): PreparedModel
  releaseModels(runId: string): void
  /** What this run's earlier sessions spent and how many requests they made (resume): counted in progress and against the budget. */
  spentBefore(runId: string): { inputTokens: number; outputTokens: number; costUsd: number } & EarlierRequests
  emitProgress(progress: RunProgress): void
}

/**
 * ICE as METHOD.md section 2 states it, as a run: the fuzzing loop with every template and attack
 * row stored the moment it exists. A resumed run replays from the start with the same seed, taking
 * stored nodes and rows instead of calling (core/ice IceReplay), so it makes the same choices and
 * sends only what is missing; a call whose row was never stored is answered by the response cache.
 * A spec with `replicates` fuzzes that many times at once, each replicate with its own seed (replicates.ts)
 * and its own nodes and rows, resumed the same way.
 */
export function createIceExecutor(deps: IceExecutorDeps) {
  return async (context: ExecutionContext): Promise<RunTally> => {
    const { run, signal } = context
    const spec = run.spec as IceSpec
    const inputs = await inputsOf(context, spec)
    const [target, helper] = [spec.target, spec.helper].map((alias) => deps.prepareModel(run.id, alias, spec)) as [PreparedModel, PreparedModel]
    const panel = judgesOf(spec).map((alias) => ({ alias, modelId: deps.prepareModel(run.id, alias, spec).modelId }))
    const seeds = replicateSeeds(spec)
    const maxQueries = spec.budget.maxQueries
    const totals = iceRequestBounds(spec, inputs.questions.items.length)
    const tracker = new ProgressTracker({
      runId: run.id,
      totals,
      expected: withoutJudgeReasks(totals),
      emit: deps.emitProgress,
      waiting: () => deps.llm.waiting(run.id),
    })
    const before = deps.spentBefore(run.id)
    tracker.restoreRequests(before)
    tracker.spend(before)
    // Each replicate's latest progress; the run's progress is their sum against k budgets.
    const progressOf: IceFuzzProgress[] = seeds.map(() => ({ iteration: 0, queries: 0, successes: 0, rejects: 0, mutants: 0, poolSize: 0 }))
    const showProgress = () =>
      tracker.setFuzz({
        iteration: Math.max(...progressOf.map((progress) => progress.iteration)),
        queries: sumOf(progressOf, 'queries'),
        maxQueries: maxQueries * seeds.length,
        successes: sumOf(progressOf, 'successes'),
        mutants: sumOf(progressOf, 'mutants'),
        poolSize: sumOf(progressOf, 'poolSize'),
      })
    const storedNodes = deps.repo.nodes(run.id)
    const storedRows = deps.repo.rows(run.id)

    /**
     * One fuzzing replicate (issue 16) with its own seed and the spec's whole budget. Every replicate
     * calls through the same client, so the run's concurrency limits and the response cache are shared.
     */
    async function fuzzReplicate(replicate: number, seed: number) {
      // Failed calls are never served from the store as final: a resumed run asks them again. Asking
      // can change what the loop does next, so whatever this session does not reach is dropped at the end.
      const nodes = new Map(storedNodes.filter((node) => replicateOf(node) === replicate && node.helperErrorClass === undefined).map((node) => [node.id, node]))
      const rows = new Map(
        storedRows.filter((row) => replicateOf(row) === replicate && !hasFailedCall(row)).map((row) => [rowKey(row.mutantId, row.questionIndex), row]),
      )
      const reached = { nodes: new Set<number>(), rows: new Set<string>() }
      const tag = <T extends TemplateNode | IceAttackRow>(item: T): T => withReplicate(item, replicate)
      const result = await runIceFuzz(
        { ...fuzzConfigOf(spec, inputs, target.params), seed },
        {
          llm: deps.llm,
          targetModelId: target.modelId,
          helperModelId: helper.modelId,
          judgeModelId: panel[0]!.modelId,
          ...(panel.length > 1 ? { judgePanel: panel } : {}),
          signal,
          runId: run.id,
          maxConcurrent: spec.concurrency,
          replay: { node: (id) => nodes.get(id), row: (mutantId, questionIndex) => rows.get(rowKey(mutantId, questionIndex)) },
          onSeeds: (initial) => {
            for (const node of initial) reached.nodes.add(node.id)
            deps.repo.saveNodes(run.id, initial.filter((node) => !nodes.has(node.id)).map(tag))
          },
          onNode: (node) => {
            reached.nodes.add(node.id)
            if (sameNode(nodes.get(node.id), node)) return
            deps.repo.saveNodes(run.id, [tag(node)])
          },
          onRow: (row, replayed) => {
            reached.rows.add(rowKey(row.mutantId, row.questionIndex))
            if (replayed) return
            deps.repo.saveRow(run.id, tag(row))
            noteProblems(tracker, row)
          },
          onRequest: (role, outcome) => tracker.request(role, outcome),
          onCall: (call) => {
            tracker.spend(call)
            if (spec.budgetUsd !== undefined && tracker.spentUsd >= spec.budgetUsd) context.stop('budget')
          },
          onProgress: (progress) => {
            progressOf[replicate] = progress
            showProgress()
          },
        },
      )
      if (!signal.aborted) deps.repo.prune(run.id, reached.nodes, reached.rows, replicate)
      // Stored as soon as this replicate's loop ends (a paused loop throws and stores nothing); a resumed
      // replicate that ends again overwrites it, as it may stop elsewhere once failed calls are retried.
      deps.repo.saveState(run.id, { stopReason: result.stopReason, iterations: result.progress.iteration }, replicate)
      return result
    }

    tracker.flush()
    const stopReporting = tracker.reportWhileWaiting()
    try {
      // Every replicate runs to its end (or the run's stop) before the models are released, even when one fails.
      const settled = await Promise.allSettled(seeds.map((seed, replicate) => fuzzReplicate(replicate, seed)))
      const failed = settled.find((outcome) => outcome.status === 'rejected')
      if (failed) throw failed.reason
    } finally {
      stopReporting()
      tracker.flush()
      deps.releaseModels(run.id)
    }
    return tallyIceRun({ target: spec.target, helper: spec.helper, judges: judgesOf(spec) }, deps.repo.nodes(run.id), deps.repo.rows(run.id))
  }

  async function inputsOf(context: ExecutionContext, spec: IceSpec): Promise<IceRunInputs> {
    const existing = deps.repo.inputs(context.run.id)
    if (existing) return existing
    const baseDir = (context.run.manifest.baseDir as string | null) ?? undefined
    const inputs = await deps.resolveInputs(spec, baseDir)
    deps.repo.saveInputs(context.run.id, inputs)
    return inputs
  }
}

const sumOf = (progress: readonly IceFuzzProgress[], key: keyof IceFuzzProgress): number => progress.reduce((sum, each) => sum + each[key], 0)

/** The stored node is the one the loop made again (a replay), not a different mutant under its id. */
function sameNode(stored: TemplateNode | undefined, node: TemplateNode): boolean {
  return (
    stored !== undefined &&
    stored.text === node.text &&
    stored.parentId === node.parentId &&
    stored.mutator === node.mutator &&
    stored.iteration === node.iteration &&
    stored.partnerId === node.partnerId
  )
}

/** A row whose target or any judge's call failed (after retries): asked again when the run resumes. */
function hasFailedCall(row: IceAttackRow): boolean {
  return row.targetError !== undefined || ownJudgements(row).some((judgement) => judgement.errorClass !== undefined)
}

/**
 * Answers not judged because the target failed, and each judge's loose reply no verdict could be
 * read from (failed requests are counted as they end). A panel's split is not a problem.
 */
function noteProblems(tracker: ProgressTracker, row: IceAttackRow): void {
  if (row.targetError) {
    tracker.problem('skipped')
    return
  }
  const looseReplies = row.judges ? row.judges.map((judge) => judge.loose) : [row.loose]
  for (const loose of looseReplies) if (loose.verdict === null && loose.errorClass === undefined) tracker.problem('unparseable')
}
