import { JUDGE_MARKERS } from '../../judges/judge-tags'

/**
 * The RSE judge's two rubrics (issue 15 item 4). "distillscope" is ours (judge-prompt.ts). "as-
 * published" follows the structure the paper describes (METHOD.md 1.2): a system message setting
 * the judge's role, a descriptor for every level of each aspect (style, structure, content on 0-2)
 * and of the overall score (1-5), with the paper's anchor meanings (5 very similar, almost
 * identical; 4 similar with minor differences; 3 somewhat similar; 2 not similar; 1 very
 * different). The paper's own prompt is unpublished (METHOD.md 3): the wording here is ours, and
 * both rubrics are recorded in full in every run's manifest.
 */
export const RSE_RUBRICS = ['distillscope', 'as-published'] as const
export type RseRubric = (typeof RSE_RUBRICS)[number]

export const AS_PUBLISHED_RSE_SYSTEM_PROMPT = `${JUDGE_MARKERS.rsePaper}, comparing a candidate answer with a reference answer to the same question.
You assess how much the two resemble each other in style, structure and content. You do not assess which answer is correct or better.`

export const AS_PUBLISHED_RSE_TEMPLATE = `Compare the candidate answer with the reference answer to the question below.

{question}

{reference}

{candidate}

Score three aspects, each on a scale of 0 to 2.

Response style: tone, choice of words, punctuation and formality.
  2 = similar: the two sound alike; the same tone, register and kind of wording.
  1 = partly similar: some of the tone or wording is shared, but clear differences stand out.
  0 = dissimilar: the two are written in plainly different styles.

Logical structure: the order in which ideas come and the shape of the reasoning.
  2 = similar: the same steps in the same order, organised the same way.
  1 = partly similar: some steps or parts line up, others are missing, added or reordered.
  0 = dissimilar: the two are organised in unrelated ways.

Content detail: the knowledge points and examples given, and how deeply they are covered.
  2 = similar: the same points and examples, at the same depth.
  1 = partly similar: some points are shared, others differ or are covered at another depth.
  0 = dissimilar: few or none of the points are shared.

Then give an overall similarity score from 1 to 5, consistent with the three aspect scores.
  5 = very similar: the two are almost identical.
  4 = similar: only minor differences.
  3 = somewhat similar: clear overlap and clear differences.
  2 = not similar: little is shared beyond the topic.
  1 = very different: almost nothing is shared.

First explain your scores in a few sentences. Then end with the four scores as numbers in a fenced JSON block, with nothing after it:
\`\`\`json
{"style": n, "structure": n, "content": n, "overall": n}
\`\`\``

export const RSE_RUBRIC_LABELS: Readonly<Record<RseRubric, string>> = {
  distillscope: 'Distillscope (ours)',
  'as-published': 'As published (the paper’s structure, our words)',
}
