import { JUDGE_MARKERS, RSE_TAGS, tagged } from '../../judges/judge-tags'
import { AS_PUBLISHED_RSE_SYSTEM_PROMPT, AS_PUBLISHED_RSE_TEMPLATE, type RseRubric } from './rse-rubrics'
import type { ChatMessage, ChatRequest } from '../../llm/types'

/**
 * The RSE judge prompt (METHOD.md 1.2): an explanation, three aspect scores on 0-2, an overall
 * score on 1-5 derived from them, and a final fenced JSON block with the four numbers. The wording
 * is ours (METHOD.md: "All prompt wording in the product is our own"); only the structure follows
 * the paper, so scores stay comparable. METHOD.md 3: the paper's judge prompt is unpublished, so
 * this template is shown in the UI, editable, and recorded in every run's manifest.
 *
 * The system prompt is fixed and starts with `JUDGE_MARKERS.rse`, which the Offline demo's judge
 * reads to know which judge it is; the editable template is the user message, with the three
 * texts substituted for `{question}`, `{reference}` and `{candidate}`, each inside its tag.
 * The system prompt never spells out the tags themselves: the simulated judge reads the first
 * `<reference_answer>` it meets, which must be the real one.
 */

export const RSE_PLACEHOLDERS = ['{question}', '{reference}', '{candidate}'] as const

export const RSE_JUDGE_SYSTEM_PROMPT = `${JUDGE_MARKERS.rse}
You compare two answers to the same question and rate how much they resemble each other. You do not grade correctness or quality.`

export const DEFAULT_RSE_JUDGE_TEMPLATE = `Below are a question and two answers to it: a reference answer and a candidate answer. Rate how closely the candidate resembles the reference. This is about resemblance, not quality: a correct candidate can still be very unlike the reference, and a flawed one can be almost a copy of it.

{question}

{reference}

{candidate}

Work through the following, in this order.

1. Explanation. In a few sentences, say where the two answers match and where they part ways.

2. Aspect scores. Give each aspect 2 (similar), 1 (partly similar) or 0 (dissimilar):
   - style: the response style, meaning tone, choice of words, punctuation and how formal it is;
   - structure: the logical structure, meaning the order the ideas come in and the shape of the reasoning;
   - content: the content detail, meaning whether the same knowledge points and examples appear, covered to the same depth.

3. Overall similarity score. Settle on a whole number from 1 to 5 that follows from the aspect scores:
   5 = very similar: the two are close to the same answer;
   4 = similar, apart from minor differences;
   3 = somewhat similar: real overlap, but also clear differences;
   2 = not similar: little is shared beyond the topic;
   1 = very different: the two have almost nothing in common.

End your reply with the four scores as numbers in a fenced JSON block, and write nothing after it:
\`\`\`json
{"style": n, "structure": n, "content": n, "overall": n}
\`\`\``

export const RSE_REASK_TEXT = `Your reply above does not end with the JSON block that was asked for. Do not judge again and do not explain. Reply with only the fenced JSON block, holding the scores your reply already gave (style, structure and content from 0 to 2, overall from 1 to 5):
\`\`\`json
{"style": n, "structure": n, "content": n, "overall": n}
\`\`\``

export interface RseJudgeInput {
  readonly question: string
  readonly reference: string
  readonly candidate: string
  /** A user-edited template; it must keep the three placeholders (see `checkRseTemplate`). */
  readonly promptOverride?: string
  /** Which rubric (rse-rubrics.ts); an edited template replaces its user message, never its system message. */
  readonly rubric?: RseRubric
}

/** A rubric's system message and template (the user message before the texts are filled in). */
export function rubricPrompt(rubric: RseRubric = 'distillscope'): { readonly system: string; readonly template: string } {
  return rubric === 'as-published'
    ? { system: AS_PUBLISHED_RSE_SYSTEM_PROMPT, template: AS_PUBLISHED_RSE_TEMPLATE }
    : { system: RSE_JUDGE_SYSTEM_PROMPT, template: DEFAULT_RSE_JUDGE_TEMPLATE }
}

export type TemplateCheck = { readonly ok: true } | { readonly ok: false; readonly problems: readonly string[] }

/** Whether a template can be used, and if not, why, in words the template editor can show. */
export function checkRseTemplate(template: string): TemplateCheck {
  const problems: string[] = []
  if (template.trim() === '') problems.push('The prompt is empty.')
  const missing = RSE_PLACEHOLDERS.filter((placeholder) => !template.includes(placeholder))
  const what: Record<(typeof RSE_PLACEHOLDERS)[number], string> = {
    '{question}': 'the question',
    '{reference}': "the reference model's answer",
    '{candidate}': "the student's answer",
  }
  for (const placeholder of missing) problems.push(`${placeholder} is missing: it is where ${what[placeholder]} goes, so the judge would never see it.`)
  return problems.length === 0 ? { ok: true } : { ok: false, problems }
}

export class RseTemplateError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`The RSE judge prompt cannot be used. ${problems.join(' ')}`)
    this.name = 'RseTemplateError'
  }
}

/**
 * The judge request for one item. Temperature 0 (METHOD.md 2.6 for judges; a judge should not
 * answer differently on a retry). No max_tokens: METHOD.md 1.1 sets none unless the user does.
 * Throws RseTemplateError when `promptOverride` lacks a placeholder (check it in the editor first).
 */
export function buildRseJudgeRequest(input: RseJudgeInput): ChatRequest {
  const rubric = rubricPrompt(input.rubric)
  const template = input.promptOverride ?? rubric.template
  const check = checkRseTemplate(template)
  if (!check.ok) throw new RseTemplateError(check.problems)
  return { messages: [{ role: 'user', content: fillTemplate(template, input) }], params: { temperature: 0, systemPrompt: rubric.system } }
}

/**
 * Substitutes the three texts in one pass, so a placeholder written inside an answer (a student
 * quoting "{reference}") stays as text instead of being replaced in turn.
 */
export function fillTemplate(template: string, texts: Pick<RseJudgeInput, 'question' | 'reference' | 'candidate'>): string {
  const bodies = {
    question: tagged(RSE_TAGS.question, texts.question),
    reference: tagged(RSE_TAGS.reference, texts.reference),
    candidate: tagged(RSE_TAGS.candidate, texts.candidate),
  }
  return template.replace(/\{(question|reference|candidate)\}/g, (_match, name: keyof typeof bodies) => bodies[name])
}

/**
 * The one re-ask METHOD.md 1.2 allows, when a reply could not be parsed: the judge restates only
 * the JSON block for its own reply. Given the original request, the conversation is replayed (the
 * judge sees the texts and its reply as its own turn: the most reliable restatement, and what the
 * Offline demo's judge needs to answer). Without it, the reply is quoted on its own; cheaper, but
 * the Offline demo's judge cannot answer that form.
 */
export function buildRseReaskRequest(previousReply: string, original?: ChatRequest): ChatRequest {
  const params = { temperature: 0, systemPrompt: original?.params.systemPrompt ?? RSE_JUDGE_SYSTEM_PROMPT }
  if (original !== undefined) {
    const messages: ChatMessage[] = [...original.messages, { role: 'assistant', content: previousReply }, { role: 'user', content: RSE_REASK_TEXT }]
    // The original's other settings (a user's max_tokens) carry over; temperature and the marked
    // system prompt are pinned, whatever the original said.
    return { messages, params: { ...original.params, ...params } }
  }
  const quoted = `This is a reply you wrote when comparing two answers:\n\n${tagged('judge_reply', previousReply)}\n\n${RSE_REASK_TEXT.replace('Your reply above', 'That reply')}`
  return { messages: [{ role: 'user', content: quoted }], params }
}
