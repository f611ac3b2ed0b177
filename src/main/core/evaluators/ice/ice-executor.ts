import type { IceSpec } from '../../../../shared/contract/ice-spec'
import type { RunProgress } from '../../../../shared/contract/runs'
import type { PreparedModel } from '../../llm/prepared-model'
import { rowKey, type IceRunInputs, type IceRunsRepo } from './ports'
import { runIceFuzz, type IceAttackRow, type TemplateNode } from './index'
import type { LlmClient } from '../../llm/llm-client'
import { ProgressTracker, type EarlierRequests } from '../../runs/progress-tracker'
import type { ExecutionContext } from '../../runs/run-manager'
import type { RunTally } from '../../runs/run-outcome'
import { fuzzConfigOf } from './ice-config'
import { iceRequestBounds } from './request-bounds'
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
 */
export function createIceExecutor(deps: IceExecutorDeps) {
  return async (context: ExecutionContext): Promise<RunTally> => {
    const { run, signal } = context
    const spec = run.spec as IceSpec
    const inputs = await inputsOf(context, spec)
    const [target, helper] = [spec.target, spec.helper].map((alias) => deps.prepareModel(run.id, alias, spec)) as [PreparedModel, PreparedModel]
    const panel = judgesOf(spec).map((alias) => ({ alias, modelId: deps.prepareModel(run.id, alias, spec).modelId }))
    // Failed calls are never served from the store as final: a resumed run asks them again. Asking
    // can change what the loop does next, so whatever this session does not reach is dropped at the end.
    const storedNodes = new Map(
      deps.repo
        .nodes(run.id)
        .filter((node) => node.helperErrorClass === undefined)
        .map((node) => [node.id, node]),
    )
    const storedRows = new Map(
      deps.repo
        .rows(run.id)
        .filter((row) => !hasFailedCall(row))
        .map((row) => [rowKey(row.mutantId, row.questionIndex), row]),
    )
    const reached = { nodes: new Set<number>(), rows: new Set<string>() }
    const maxQueries = spec.budget.maxQueries
    const tracker = new ProgressTracker({
      runId: run.id,
      totals: iceRequestBounds(spec, inputs.questions.items.length),
      emit: deps.emitProgress,
    })
    const before = deps.spentBefore(run.id)
    tracker.restoreRequests(before)
    tracker.spend(before)

    tracker.flush()
    try {
      const result = await runIceFuzz(fuzzConfigOf(spec, inputs, target.params), {
        llm: deps.llm,
        targetModelId: target.modelId,
        helperModelId: helper.modelId,
        judgeModelId: panel[0]!.modelId,
        ...(panel.length > 1 ? { judgePanel: panel } : {}),
        signal,
        runId: run.id,
        maxConcurrent: spec.concurrency,
        replay: { node: (id) => storedNodes.get(id), row: (mutantId, questionIndex) => storedRows.get(`${mutantId}:${questionIndex}`) },
        onSeeds: (seeds) => {
          for (const seed of seeds) reached.nodes.add(seed.id)
          deps.repo.saveNodes(
            run.id,
            seeds.filter((seed) => !storedNodes.has(seed.id)),
          )
        },
        onNode: (node) => {
          reached.nodes.add(node.id)
          if (sameNode(storedNodes.get(node.id), node)) return
          deps.repo.saveNodes(run.id, [node])
        },
        onRow: (row, replayed) => {
          reached.rows.add(rowKey(row.mutantId, row.questionIndex))
          if (replayed) return
          deps.repo.saveRow(run.id, row)
          noteProblems(tracker, row)
        },
        onRequest: (role, outcome) => tracker.request(role, outcome),
        onCall: (call) => {
          tracker.spend(call)
          if (spec.budgetUsd !== undefined && tracker.spentUsd >= spec.budgetUsd) context.stop('budget')
        },
        onProgress: (progress) =>
          tracker.setFuzz({
            iteration: progress.iteration,
            queries: progress.queries,
            maxQueries,
            successes: progress.successes,
            mutants: progress.mutants,
            poolSize: progress.poolSize,
          }),
      })
      deps.repo.saveState(run.id, { stopReason: result.stopReason, iterations: result.progress.iteration })
      if (!signal.aborted) deps.repo.prune(run.id, reached.nodes, reached.rows)
    } finally {
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
