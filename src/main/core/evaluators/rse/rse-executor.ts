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
import { withoutJudgeReasks } from '../../runs/judge-reasks'
import { progressTotalsOf } from '../../runs/rejudge-totals'
import type { RunTally } from '../../runs/run-outcome'
import { judgesOf } from '../../../../shared/contract/judges-of'
import type { RseChecksRepo } from './checks/ports'
import { answerKey, restoreRse, unitKey, type JudgedUnit } from './executor-store'
import { runSecondPass, type Outcome } from './checks/second-pass'

export interface RseEngineDeps {
  readonly llm: LlmClient
  readonly results: RseResultsRepo
  readonly checks: RseChecksRepo
  readonly judge: RseJudgePort
  readonly loadItems: LoadRunItems
  prepareModel(runId: string, alias: string, spec: RseSpec): PreparedModel
  releaseModels(runId: string): void
  /** What this run's earlier sessions spent and how many requests they made (resume): counted in progress and against the budget. */
  spentBefore(runId: string): { inputTokens: number; outputTokens: number; costUsd: number } & EarlierRequests
  emitProgress(progress: RunProgress): void
}

/**
 * RSE as METHOD.md section 1 states it. For each prompt: the reference answers once, each student
 * answers, every judge of the panel compares each student's answer with the reference's (one re-ask
 * if its reply cannot be read), each judgement stored under its judge. Issue 16 adds, when the spec
 * asks: a student's further samples (each judged), the reference's second sample judged against its
 * first (the ceiling), and after every prompt is done, the floor and the position check
 * (checks/second-pass.ts). Everything is stored as it arrives and skipped when found stored, so a
 * resumed run sends only what is missing (and the response cache answers anything sent before).
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
    const samples = spec.studentSamples ?? 1
    const totals = progressTotalsOf(run, rseRequestBounds(items.length, students.length, judges.length, spec))
    const tracker = new ProgressTracker({
      runId: run.id,
      totals,
      expected: withoutJudgeReasks(totals),
      emit: deps.emitProgress,
      waiting: () => deps.llm.waiting(run.id),
    })
    const stored = restoreRse(deps.results, deps.checks, run.id)
    // The second pass reads back answers of every prompt: this session's are remembered by key then (keys only, never texts).
    const remembersAnswers = spec.calibration === true || spec.positionCheck !== undefined
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

    /** A model's answer number `sample` (0: its first, stored with the headline answers; 1+: issue 16's further samples, a cache entry each). */
    async function answer(model: PreparedModel, item: RseItem, role: string, sample = 0): Promise<Outcome> {
      const key = answerKey(model.alias, item.setName, item.itemId, sample)
      if (stored.answered.has(key)) {
        // Read back when needed rather than held: a resumed run of any size keeps only the keys.
        const text =
          sample === 0
            ? deps.results.answerText(run.id, model.alias, item.setName, item.itemId)
            : deps.checks.extraAnswerText(run.id, model.alias, item.setName, item.itemId, sample)
        if (text !== undefined) return { text }
      }
      // A re-judge run (issue 13 item 3) sends judge calls only: an answer the first run lacks stays missing.
      if (run.manifest.rejudgeOf !== undefined) return { error: 'missing', message: 'The run this one re-judges has no answer here.' }
      const messages = [{ role: 'user' as const, content: item.prompt }]
      const outcome = await ask(model, role, { messages, params: model.params, ...(sample > 0 ? { sampleIndex: sample } : {}) })
      const row = {
        modelAlias: model.alias,
        setName: item.setName,
        itemId: item.itemId,
        ...('text' in outcome
          ? { text: outcome.text, ...(outcome.cacheKey ? { cacheKey: outcome.cacheKey } : {}) }
          : { errorClass: outcome.error, errorMessage: outcome.message }),
        costUsd: 'text' in outcome ? (outcome.costUsd ?? 0) : 0,
        cached: 'text' in outcome ? (outcome.cached ?? false) : false,
      }
      if (sample === 0) deps.results.saveAnswer(run.id, row)
      else deps.checks.saveExtraAnswer(run.id, { ...row, sample })
      if ('text' in outcome && remembersAnswers) stored.answered.add(key)
      return outcome
    }

    /**
     * Every judge of the panel that has not made this judgement yet makes it (each with its own
     * re-ask). The candidate is asked for only then, so a resumed run does not ask for answers whose judgements are all stored.
     */
    async function judgeUnit(unit: JudgedUnit, question: string, referenceOutcome: Outcome, candidateOf: () => Promise<Outcome>): Promise<void> {
      const pending = judges.filter((judge) => !stored.judged.has(unitKey(unit, judge.alias)))
      if (pending.length === 0) return
      const candidate = await candidateOf()
      const save = (judgment: RseJudgment) =>
        unit.kind === 'main'
          ? deps.results.saveJudgment(run.id, judgment)
          : deps.checks.saveCheckJudgment(run.id, {
              ...judgment,
              kind: unit.kind,
              sample: unit.sample,
              ...(unit.pairedItem ? { pairedItem: unit.pairedItem } : {}),
            })
      const base = { studentAlias: unit.studentAlias, setName: unit.setName, itemId: unit.itemId, reasked: false }
      if (!('text' in referenceOutcome) || !('text' in candidate)) {
        const which = 'text' in referenceOutcome ? ANSWER_NAMES[unit.kind].candidate : ANSWER_NAMES[unit.kind].reference
        const failed = 'text' in referenceOutcome ? candidate : referenceOutcome
        for (const judge of pending) {
          tracker.problem('skipped')
          save({ ...base, judgeAlias: judge.alias, failedReason: `The ${which} answer is missing: ${'message' in failed ? failed.message : ''}` })
        }
        return
      }
      const request = deps.judge.request({
        question,
        reference: referenceOutcome.text,
        candidate: candidate.text,
        ...(spec.judgePrompt ? { promptOverride: spec.judgePrompt } : {}),
        ...(spec.rubric ? { rubric: spec.rubric } : {}),
      })
      await Promise.all(pending.map((judge) => judgeOne(judge, { ...base, judgeAlias: judge.alias }, request, save)))
    }

    async function judgeOne(
      judge: PreparedModel,
      base: Pick<RseJudgment, 'judgeAlias' | 'studentAlias' | 'setName' | 'itemId' | 'reasked'>,
      request: ChatRequest,
      save: (judgment: RseJudgment) => void,
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
        save({ ...base, failedReason: `${JUDGE_CALL_FAILED}${verdict.message}` })
        return
      }
      const { reply, parsed, reasked } = verdict
      if (!parsed.ok) tracker.problem('unparseable')
      save(
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
      const at = { setName: item.setName, itemId: item.itemId }
      const work: Promise<void>[] = []
      for (const student of students)
        for (let sample = 0; sample < samples; sample++)
          work.push(
            judgeUnit({ kind: sample === 0 ? 'main' : 'sample', studentAlias: student.alias, ...at, sample }, item.prompt, referenceOutcome, () =>
              answer(student, item, 'student', sample),
            ),
          )
      if (spec.calibration)
        work.push(
          judgeUnit({ kind: 'ceiling', studentAlias: reference.alias, ...at, sample: 1 }, item.prompt, referenceOutcome, () =>
            answer(reference, item, 'reference', 1),
          ),
        )
      await Promise.all(work)
    }

    tracker.flush()
    const stopReporting = tracker.reportWhileWaiting()
    try {
      await forEachBounded(items, lookAhead(spec), processItem)
      if (remembersAnswers) await runSecondPass({ spec, items, reference, students, answer, judgeUnit, lookAhead: lookAhead(spec) })
    } finally {
      stopReporting()
      tracker.flush()
      deps.releaseModels(run.id)
    }
    const { answers, judgments } = deps.results.outcomes(run.id)
    // Issue 16's calls are calls of the same roles: counted with them, so their failures are named like any other.
    return tallyRseRun(spec, [...answers, ...deps.checks.extraOutcomes(run.id)], [...judgments, ...deps.checks.checkScores(run.id)])
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

/** What the two answers of each kind of judgement are, to say which one is missing. */
const ANSWER_NAMES: Record<JudgedUnit['kind'], { reference: string; candidate: string }> = {
  main: { reference: 'reference', candidate: 'student' },
  sample: { reference: 'reference', candidate: 'student' },
  floor: { reference: 'reference', candidate: 'student' },
  ceiling: { reference: 'reference', candidate: 'reference’s second' },
  swap: { reference: 'student', candidate: 'reference' },
}

/**
 * How many prompts are under way at once: enough that every model's queue stays full (each prompt
 * waits on the reference before its students and judge), few enough that memory stays flat.
 */
export function lookAhead(spec: Pick<RseSpec, 'concurrency'>): number {
  return Math.max(32, spec.concurrency * 4)
}
