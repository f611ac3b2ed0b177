import type { RseSpec } from '../../../../shared/contract/run-spec'
import type { RunProgress } from '../../../../shared/contract/runs'
import type { PreparedModel } from '../../llm/prepared-model'
import type { RseItem, RseJudgment, RseResultsRepo } from './ports'
import type { LlmClient } from '../../llm/llm-client'
import { LlmCallError, wasRequest } from '../../llm/llm-error'
import type { ChatRequest } from '../../llm/types'
import { forEachBounded } from '../../runs/bounded-each'
import { ProgressTracker, type EarlierRequests } from '../../runs/progress-tracker'
import type { ExecutionContext } from '../../runs/run-manager'
import type { LoadRunItems, RseJudgePort } from './ports'
import { JUDGE_CALL_FAILED, JUDGE_REPLY_UNREADABLE, tallyRseRun } from './rse-tally'
import { judgeWithReask } from './judge-with-reask'
import { rseRequestBounds } from './request-bounds'
import { progressTotalsOf } from '../../runs/rejudge-totals'
import type { RunTally } from '../../runs/run-outcome'
import { judgesOf } from '../../../../shared/contract/judges-of'

export interface RseEngineDeps {
  readonly llm: LlmClient
  readonly results: RseResultsRepo
  readonly judge: RseJudgePort
  readonly loadItems: LoadRunItems
  prepareModel(runId: string, alias: string, spec: RseSpec): PreparedModel
  releaseModels(runId: string): void
  /** What this run's earlier sessions spent and how many requests they made (resume): counted in progress and against the budget. */
  spentBefore(runId: string): { inputTokens: number; outputTokens: number; costUsd: number } & EarlierRequests
  emitProgress(progress: RunProgress): void
}

type Outcome = { text: string; costUsd?: number; cached?: boolean; cacheKey?: string } | { error: string; message: string }

/**
 * RSE as METHOD.md section 1 states it. For each prompt: the reference answers once, each student
 * answers, every judge of the panel compares each student's answer with the reference's (one re-ask
 * if its reply cannot be read), each judgement stored under its judge. Everything is stored as it arrives and skipped when found stored, so a resumed
 * run sends only what is missing (and the response cache answers anything sent before).
 */
export function createRseExecutor(deps: RseEngineDeps) {
  return async (context: ExecutionContext): Promise<RunTally> => {
    const { run, signal } = context
    const spec = run.spec as RseSpec
    const items = await itemsOf(context, spec)
    const prepared = (alias: string) => deps.prepareModel(run.id, alias, spec)
    const reference = prepared(spec.reference)
    const students = spec.students.map(prepared)
    const judges = judgesOf(spec).map(prepared)
    const tracker = new ProgressTracker({
      runId: run.id,
      totals: progressTotalsOf(run, rseRequestBounds(items.length, students.length, judges.length)),
      emit: deps.emitProgress,
    })
    const stored = restore(deps.results, run.id)
    const before = deps.spentBefore(run.id)
    tracker.restoreRequests(before)
    tracker.spend(before)
    const budget = spec.budgetUsd

    /** One call; a failure after the SDK's retries is an outcome, cancellation stops the run. */
    async function ask(model: PreparedModel, role: string, request: ChatRequest): Promise<Outcome> {
      try {
        const result = await deps.llm.chat(model.modelId, request, { signal, runId: run.id, maxConcurrent: spec.concurrency })
        tracker.request(role, { cached: result.cached })
        tracker.spend({ inputTokens: result.usage.inputTokens, outputTokens: result.usage.outputTokens, costUsd: result.costUsd })
        if (budget !== undefined && tracker.spentUsd >= budget) context.stop('budget')
        return { text: result.text, costUsd: result.costUsd, cached: result.cached, ...(result.cacheKey ? { cacheKey: result.cacheKey } : {}) }
      } catch (error) {
        // The client logs a failed or cancelled call as failed (one cancelled before it was sent not at all): progress counts it the same way.
        if (wasRequest(error))
          tracker.request(role, { errorClass: error instanceof LlmCallError ? error.errorClass : signal.aborted ? 'cancelled' : 'network' })
        if (signal.aborted || (error instanceof LlmCallError && error.errorClass === 'cancelled')) throw error
        const failure = error instanceof LlmCallError ? error : new LlmCallError('network', String(error))
        return { error: failure.errorClass, message: failure.message }
      }
    }

    async function answer(model: PreparedModel, item: RseItem, role: string): Promise<Outcome> {
      if (stored.answered.has(answerKey(model.alias, item.setName, item.itemId))) {
        // Read back when needed rather than held: a resumed run of any size keeps only the keys.
        const text = deps.results.answerText(run.id, model.alias, item.setName, item.itemId)
        if (text !== undefined) return { text }
      }
      // A re-judge run (issue 13 item 3) sends judge calls only: an answer the first run lacks stays missing.
      if (run.manifest.rejudgeOf !== undefined) return { error: 'missing', message: 'The run this one re-judges has no answer here.' }
      const outcome = await ask(model, role, { messages: [{ role: 'user', content: item.prompt }], params: model.params })
      deps.results.saveAnswer(run.id, {
        modelAlias: model.alias,
        setName: item.setName,
        itemId: item.itemId,
        ...('text' in outcome
          ? { text: outcome.text, ...(outcome.cacheKey ? { cacheKey: outcome.cacheKey } : {}) }
          : { errorClass: outcome.error, errorMessage: outcome.message }),
        costUsd: 'text' in outcome ? (outcome.costUsd ?? 0) : 0,
        cached: 'text' in outcome ? (outcome.cached ?? false) : false,
      })
      return outcome
    }

    /** Every judge of the panel that has not judged this student's answer yet judges it (each with its own re-ask). */
    async function judgeStudent(student: PreparedModel, item: RseItem, referenceOutcome: Outcome): Promise<void> {
      const pending = judges.filter((judge) => !stored.judged.has(judgmentKey(judge.alias, student.alias, item.setName, item.itemId)))
      if (pending.length === 0) return
      const candidate = await answer(student, item, 'student')
      const base = { studentAlias: student.alias, setName: item.setName, itemId: item.itemId, reasked: false }
      if (!('text' in referenceOutcome) || !('text' in candidate)) {
        const which = 'text' in referenceOutcome ? 'student' : 'reference'
        const failed = 'text' in referenceOutcome ? candidate : referenceOutcome
        for (const judge of pending) {
          tracker.problem('skipped')
          deps.results.saveJudgment(run.id, {
            ...base,
            judgeAlias: judge.alias,
            failedReason: `The ${which} answer is missing: ${'message' in failed ? failed.message : ''}`,
          })
        }
        return
      }
      const request = deps.judge.request({
        question: item.prompt,
        reference: referenceOutcome.text,
        candidate: candidate.text,
        ...(spec.judgePrompt ? { promptOverride: spec.judgePrompt } : {}),
        ...(spec.rubric ? { rubric: spec.rubric } : {}),
      })
      await Promise.all(pending.map((judge) => judgeOne(judge, { ...base, judgeAlias: judge.alias }, request)))
    }

    async function judgeOne(
      judge: PreparedModel,
      base: Pick<RseJudgment, 'judgeAlias' | 'studentAlias' | 'setName' | 'itemId' | 'reasked'>,
      request: ChatRequest,
    ): Promise<void> {
      const verdict = await judgeWithReask(
        deps.judge,
        async (judgeRequest) => {
          const outcome = await ask(judge, 'judge', judgeRequest)
          if ('text' in outcome) return { text: outcome.text }
          return { failure: { message: outcome.message } }
        },
        request,
      )
      if (verdict.kind === 'call-failed') {
        deps.results.saveJudgment(run.id, { ...base, failedReason: `${JUDGE_CALL_FAILED}${verdict.message}` })
        return
      }
      const { reply, parsed, reasked } = verdict
      if (!parsed.ok) tracker.problem('unparseable')
      deps.results.saveJudgment(
        run.id,
        parsed.ok
          ? {
              ...base,
              reasked,
              overall: parsed.overall,
              style: parsed.style,
              structure: parsed.structure,
              content: parsed.content,
              explanation: parsed.explanation,
              rawReply: reply,
              parsedVia: parsed.via,
            }
          : { ...base, reasked, rawReply: reply, failedReason: `${JUDGE_REPLY_UNREADABLE}${parsed.reason}` },
      )
    }

    async function processItem(item: RseItem): Promise<void> {
      const referenceOutcome = await answer(reference, item, 'reference')
      await Promise.all(students.map((student) => judgeStudent(student, item, referenceOutcome)))
    }

    tracker.flush()
    try {
      await forEachBounded(items, lookAhead(spec), processItem)
    } finally {
      tracker.flush()
      deps.releaseModels(run.id)
    }
    const { answers, judgments } = deps.results.outcomes(run.id)
    return tallyRseRun(spec, answers, judgments)
  }

  async function itemsOf(context: ExecutionContext, spec: RseSpec): Promise<RseItem[]> {
    const existing = deps.results.items(context.run.id)
    if (existing.length > 0) return existing
    const baseDir = (context.run.manifest.baseDir as string | null) ?? undefined
    const items = await deps.loadItems(spec, baseDir)
    deps.results.saveItems(context.run.id, items)
    return items
  }
}

/**
 * How many prompts are under way at once: enough that every model's queue stays full (each prompt
 * waits on the reference before its students and judge), few enough that memory stays flat.
 */
export function lookAhead(spec: Pick<RseSpec, 'concurrency'>): number {
  return Math.max(32, spec.concurrency * 4)
}

const answerKey = (alias: string, setName: string, itemId: string) => `${alias}\u0000${setName}\u0000${itemId}`
const judgmentKey = (judge: string, student: string, setName: string, itemId: string) => `${judge}\u0000${answerKey(student, setName, itemId)}`

/**
 * Answers and judgements stored by earlier sessions of this run (their keys only); their requests
 * are counted from the call log (spentBefore).
 * Failed calls are never served from the store as final: a failed answer, a judgement whose judge
 * call failed and one skipped for want of an answer are done again. An unreadable judge reply is
 * final (asking the same judge the same thing again would be answered by the cache with the same reply).
 */
function restore(results: RseResultsRepo, runId: string) {
  const outcomes = results.outcomes(runId)
  const answered = new Set<string>()
  for (const stored of outcomes.answers) {
    if (!stored.answered) continue
    answered.add(answerKey(stored.modelAlias, stored.setName, stored.itemId))
  }
  const judged = new Set<string>()
  for (const judgment of outcomes.judgments) {
    const final = judgment.failedReason === undefined || judgment.replied
    if (!final) continue
    judged.add(judgmentKey(judgment.judgeAlias, judgment.studentAlias, judgment.setName, judgment.itemId))
  }
  return { answered, judged }
}
