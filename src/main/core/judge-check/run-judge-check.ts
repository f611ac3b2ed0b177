import type { JudgeCheckCase, JudgeCheckOutcome, JudgeCheckResult } from '../../../shared/contract/judge-check'
import type { IceJudgeSemantics } from '../../../shared/ice/names'
import { judgePromptsFor } from '../evaluators/ice/judges/judge-set'
import type { SuspectedVendor } from '../evaluators/ice/judges/judge-prompts'
import { runJudge } from '../evaluators/ice/judges/run-judge'
import type { CallContext } from '../evaluators/ice/loop/call-model'
import type { LlmClient } from '../llm/llm-client'
import { LlmCallError } from '../llm/llm-error'
import type { ChatRequest } from '../llm/types'
import type { RseJudgePort } from '../evaluators/rse/ports'
import type { RseRubric } from '../evaluators/rse/rse-rubrics'
import { judgeWithReask, type JudgeCallOutcome } from '../evaluators/rse/judge-with-reask'
import { iceCases, verdictWords } from './ice-cases'
import { expectedScore, RSE_CASES } from './rse-cases'

/** Everything a check needs: the call layer, and the judge as the run would call it. */
export interface JudgeCheckDeps {
  readonly llm: Pick<LlmClient, 'chat'>
  readonly judge: { readonly alias: string; readonly modelId: string; readonly model: string }
}

interface Tally {
  costUsd: number
  sent: number
  fromCache: number
  readonly onCall: NonNullable<CallContext['onCall']>
}

function newTally(): Tally {
  const tally: Tally = {
    costUsd: 0,
    sent: 0,
    fromCache: 0,
    onCall: (call) => {
      tally.costUsd += call.costUsd
      if (call.cached) tally.fromCache += 1
      else tally.sent += 1
    },
  }
  return tally
}

/** RSE: each canned case judged with the run's prompt (and at most one re-ask, as in a run). */
export async function checkRseJudge(
  deps: JudgeCheckDeps,
  judge: RseJudgePort,
  promptOverride: string | undefined,
  rubric?: RseRubric,
  signal?: AbortSignal,
): Promise<JudgeCheckResult> {
  const tally = newTally()
  const ask = async (request: ChatRequest): Promise<JudgeCallOutcome> => {
    try {
      const result = await deps.llm.chat(deps.judge.modelId, request, signal ? { signal } : {})
      tally.onCall({
        modelId: deps.judge.modelId,
        costUsd: result.costUsd,
        cached: result.cached,
        inputTokens: result.usage.inputTokens,
        outputTokens: result.usage.outputTokens,
      })
      return { text: result.text }
    } catch (error) {
      if (signal?.aborted || (error instanceof LlmCallError && error.errorClass === 'cancelled')) throw error
      return { failure: { message: error instanceof Error ? error.message : String(error) } }
    }
  }
  const cases: JudgeCheckCase[] = []
  for (const entry of RSE_CASES) {
    const base = { id: entry.id, label: entry.label, judging: 'rse' as const, expected: expectedScore(entry) }
    const request = judge.request({
      question: entry.question,
      reference: entry.reference,
      candidate: entry.candidate,
      ...(promptOverride ? { promptOverride } : {}),
      ...(rubric ? { rubric } : {}),
    })
    // The same reading as a run's (one re-ask), so the check says what the run will see.
    const verdict = await judgeWithReask(judge, ask, request)
    if (verdict.kind === 'call-failed') {
      cases.push({ ...base, outcome: 'not-asked', why: `The judge could not be asked: ${verdict.message}` })
      continue
    }
    const { reply, parsed } = verdict
    if (!parsed.ok) {
      cases.push({ ...base, outcome: 'unreadable', reply, why: parsed.reason })
      continue
    }
    const pass = parsed.overall >= entry.min && parsed.overall <= entry.max
    cases.push({ ...base, outcome: pass ? 'pass' : 'fail', got: String(parsed.overall), reply })
  }
  return summarise(deps, rubric === 'as-published' ? 'RSE judge (As published rubric)' : 'RSE judge', cases, tally)
}

/** ICE: the loose (and strict) judge on canned answers, with the run's prompts, reading and fallback. */
export async function checkIceJudge(
  deps: JudgeCheckDeps,
  run: { readonly fact: string; readonly vendors: readonly SuspectedVendor[]; readonly semantics: IceJudgeSemantics; readonly strict: boolean },
  signal?: AbortSignal,
): Promise<JudgeCheckResult> {
  const tally = newTally()
  const prompts = judgePromptsFor(run.semantics)
  const context: CallContext = { modelId: deps.judge.modelId, ...(signal ? { signal } : {}), onCall: tally.onCall }
  const cases: JudgeCheckCase[] = []
  for (const entry of iceCases(run.fact, run.vendors, run.semantics, run.strict)) {
    const judgeKind = entry.judging === 'ice-loose' ? 'loose' : 'strict'
    const request = judgeKind === 'loose' ? prompts.loose(run.fact, entry.answer) : prompts.strict(run.vendors, entry.answer)
    const outcome = await runJudge(deps.llm, context, request, (reply) => prompts.extraction(request, reply), { preset: run.semantics, judge: judgeKind })
    const base = { id: entry.id, label: entry.label, judging: entry.judging, expected: verdictWords(entry.expected) }
    const reply = [outcome.reply, outcome.extractionReply].filter((text): text is string => text !== undefined).join('\n\n---\n\n')
    if (outcome.verdict === null) {
      const notAsked = outcome.reply === undefined
      cases.push({ ...base, outcome: notAsked ? 'not-asked' : 'unreadable', ...(reply ? { reply } : {}), ...(outcome.error ? { why: outcome.error } : {}) })
      continue
    }
    cases.push({ ...base, outcome: outcome.verdict === entry.expected ? 'pass' : 'fail', got: verdictWords(outcome.verdict), reply })
  }
  return summarise(deps, `ICE judge (${run.semantics === 'as-published' ? 'the paper’s judge, As published' : 'our judge, Distillscope'})`, cases, tally)
}

function summarise(deps: JudgeCheckDeps, judging: string, cases: readonly JudgeCheckCase[], tally: Tally): JudgeCheckResult {
  const counts: Record<JudgeCheckOutcome, number> = { pass: 0, fail: 0, unreadable: 0, 'not-asked': 0 }
  for (const entry of cases) counts[entry.outcome] += 1
  return {
    judge: deps.judge.alias,
    model: deps.judge.model,
    judging,
    cases,
    passed: counts.pass === cases.length,
    counts,
    costUsd: tally.costUsd,
    sent: tally.sent,
    fromCache: tally.fromCache,
  }
}
