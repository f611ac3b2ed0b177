import type { LlmClient } from '../../../llm/llm-client'
import type { ChatRequest } from '../../../llm/types'
import type { IceJudgeSemantics } from '../../../../../shared/ice/names'
import type { SuspectedVendor } from '../judges/judge-prompts'
import { judgePromptsFor } from '../judges/judge-set'
import type { VerdictPreset } from '../../../judges/read-verdict'
import { runJudge, type JudgeOutcome } from '../judges/run-judge'
import { panelOutcome, type PanelJudgement } from '../judges/panel'
import { fillTemplate, hasPlaceholder } from '../placeholder'
import type { IcePreset } from '../presets'
import type { IdentityQuestion, MutatorName, TemplateNode } from '../types'
import { callModel, type CallContext } from './call-model'
import type { IceAttackRow, IceReplay } from './types'

/** METHOD.md 1.1: the paper's code sends every call with this system prompt, at temperature 0. */
export const DEFAULT_TARGET_SYSTEM_PROMPT = 'You are a helpful assistant.'

export interface AttackContext {
  readonly llm: Pick<LlmClient, 'chat'>
  readonly target: CallContext
  /** The panel's judges in the spec's order (one for a single judge): alias and how to call it. */
  readonly judges: readonly { readonly alias: string; readonly call: CallContext }[]
  readonly preset: IcePreset
  /** Which judge prompts are sent (issue 15): the paper's or ours. */
  readonly judge: IceJudgeSemantics
  /** How judge replies are read (issue 11): every unambiguous form, or exactly as the paper's code. */
  readonly verdicts: VerdictPreset
  readonly questions: readonly IdentityQuestion[]
  readonly fact: string
  readonly strictVendors: readonly SuspectedVendor[] | undefined
  readonly targetParams: ChatRequest['params']
  readonly onRow?: (row: IceAttackRow, replayed: boolean) => void
  readonly replay?: IceReplay
}

/** Whether the mutant is sent at all (METHOD.md 2.5: "GPTFuzz original" never queries one without a placeholder). */
export function isQueryable(mutant: TemplateNode, preset: IcePreset): boolean {
  if (mutant.helperError !== undefined) return false
  return hasPlaceholder(mutant.text) || preset.missingPlaceholder === 'append-question'
}

/**
 * METHOD.md 2.2 steps 3-4: the target is asked every question once with the mutant, and each answer
 * is judged (loose; strict on loose positives). Rows come back in question order.
 */
export async function attackMutant(context: AttackContext, mutant: TemplateNode, iteration: number): Promise<IceAttackRow[]> {
  if (!isQueryable(mutant, context.preset)) return []
  return Promise.all(context.questions.map((question, questionIndex) => attackOne(context, mutant, iteration, question, questionIndex)))
}

async function attackOne(
  context: AttackContext,
  mutant: TemplateNode,
  iteration: number,
  question: IdentityQuestion,
  questionIndex: number,
): Promise<IceAttackRow> {
  const prompt = fillTemplate(mutant.text, question.text, context.preset.missingPlaceholder) ?? ''
  const base = {
    iteration,
    mutantId: mutant.id,
    parentId: mutant.parentId ?? mutant.id,
    mutator: mutant.mutator as MutatorName,
    level: mutant.level,
    questionIndex,
    questionId: question.id,
    question: question.text,
    ...(question.category ? { category: question.category } : {}),
    ...(question.language ? { language: question.language } : {}),
    template: mutant.text,
    prompt,
    questionAppended: !hasPlaceholder(mutant.text),
  }
  const stored = context.replay?.row(mutant.id, questionIndex)
  if (stored !== undefined && stored.prompt === prompt && stored.questionId === question.id) {
    context.onRow?.(stored, true)
    return stored
  }
  const reply = await callModel(context.llm, context.target, { messages: [{ role: 'user', content: prompt }], params: context.targetParams })
  const row: IceAttackRow =
    'error' in reply
      ? { ...base, targetError: reply.error, loose: { verdict: null, via: 'failed', error: 'The target gave no answer to judge.' } }
      : { ...base, answer: reply.text, ...(await judgeAnswer(context, reply.text)) }
  context.onRow?.(row, false)
  return row
}

/**
 * Every judge of the panel reads the answer (loose); the panel's verdict is their majority
 * (judges/panel.ts). The strict judges are asked only on a panel loose positive, all of them, and
 * decide by majority again. A panel of one gives exactly the row it gave before panels.
 */
export async function judgeAnswer(context: AttackContext, answer: string): Promise<{ loose: JudgeOutcome; strict?: JudgeOutcome; judges?: PanelJudgement[] }> {
  const prompts = judgePromptsFor(context.judge)
  const ask = (call: CallContext, request: ChatRequest, judge: 'loose' | 'strict') =>
    runJudge(context.llm, call, request, (reply) => prompts.extraction(request, reply), { preset: context.verdicts, judge })
  const askAll = (request: ChatRequest, judge: 'loose' | 'strict') => Promise.all(context.judges.map((panelist) => ask(panelist.call, request, judge)))
  const looseOutcomes = await askAll(prompts.loose(context.fact, answer), 'loose')
  const loose = panelOutcome(looseOutcomes)
  const strictOutcomes =
    loose.verdict === 1 && context.strictVendors !== undefined ? await askAll(prompts.strict(context.strictVendors, answer), 'strict') : undefined
  const strict = strictOutcomes && panelOutcome(strictOutcomes)
  if (context.judges.length === 1) return strict ? { loose, strict } : { loose }
  const judges = context.judges.map((panelist, index) => ({
    judge: panelist.alias,
    loose: looseOutcomes[index] as JudgeOutcome,
    ...(strictOutcomes ? { strict: strictOutcomes[index] as JudgeOutcome } : {}),
  }))
  return strict ? { loose, strict, judges } : { loose, judges }
}
