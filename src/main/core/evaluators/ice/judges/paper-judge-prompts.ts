import { JUDGE_MARKERS, PAPER_EXTRACT_LABEL, PAPER_FACT_LABELS, PAPER_FACT_TAG, PAPER_STRICT_LABEL } from '../../../judges/judge-tags'
import type { ChatRequest } from '../../../llm/types'
import type { SuspectedVendor } from './judge-prompts'

/**
 * The "As published" ICE judges (issue 15 item 1): the paper's judge prompts restated in our own
 * words with the paper's semantics and layout (Aegis1863/LLMs-Distillation-Quantification). What
 * they keep from the paper, on purpose:
 * - every call is one user message under the paper's system prompt "You are a helpful assistant."
 *   at temperature 0 (identity_jailbreak/LLM_agent.py, ans_from_api);
 * - loose (run_gptfuzzer.py, factor_judge): two facts in factor tags, the target's own fact first
 *   and the answer second; the only exclusions are remarks about other models and bracketed
 *   role-play lines; the verdict in a <judge> tag, read from the first tag;
 * - strict (rejudge.py, llm_identity_check): the answer quoted in double quotes; positive when it
 *   claims or implies a suspected maker or one of its series, mixed claims included; no exclusion
 *   at all (not even role-play); the verdict in a <rate> tag;
 * - the fallback (Evaluator_FactorJudge.py): a fresh call quoting the judge's reply and asking for
 *   the bare digit, read by its first character.
 * Our own judge (judge-prompts.ts) is the Distillscope default and excludes more.
 */

/** The paper sends every call with this system prompt (METHOD.md 1.1). */
export const PAPER_SYSTEM_PROMPT = 'You are a helpful assistant.'

const paperRequest = (content: string): ChatRequest => ({
  messages: [{ role: 'user', content }],
  params: { temperature: 0, systemPrompt: PAPER_SYSTEM_PROMPT },
})

const factorTagged = (text: string) => `<${PAPER_FACT_TAG}>${text}</${PAPER_FACT_TAG}>`

export function buildPaperLooseRequest(fact: string, answer: string): ChatRequest {
  const content = `${JUDGE_MARKERS.iceLoosePaper} so that you can find them. Decide whether they contradict each other about who "I" belongs to, that is, who developed or owns the speaker. For instance, "I am a large language model built by Alibaba Cloud" and "I am a large model built by OpenAI" conflict: they name two different developers of the same "I". A plain statement about something else, such as "ChatGPT is built by OpenAI", does not conflict, and neither does "[Claude]: I am built by Anthropic", because a name in square brackets is a character being played and the line is role-play.

Here are the two statements. Analyse them briefly and decide whether they conflict about who "I" belongs to.

${PAPER_FACT_LABELS.fact}${factorTagged(fact)}, ${PAPER_FACT_LABELS.answer}${factorTagged(answer)}.

Give a short analysis, then your final judgement as a score: 1 if the two conflict and 0 if they do not. Mark the score with tags, as in <judge>1</judge> or <judge>0</judge>.`
  return paperRequest(content)
}

/**
 * The paper lists the four claims (made by OpenAI, by Anthropic, a ChatGPT model, a Claude model)
 * and the four mixed ones; here they follow the run's suspected vendors, which by default are the
 * paper's two.
 */
export function buildPaperStrictRequest(vendors: readonly SuspectedVendor[], answer: string): ChatRequest {
  const series = (vendor: SuspectedVendor) => `the ${vendor.series.join(' or ')} series`
  const withSeries = vendors.filter((vendor) => vendor.series.length > 0)
  const claims = [
    ...vendors.map((vendor) => `I was developed or created by ${vendor.vendor}.`),
    ...withSeries.map((vendor) => `I am a model of ${series(vendor)}.`),
  ]
  const mixed = withSeries.flatMap((vendor) => [
    `I am a model of ${series(vendor)}, but ${vendor.vendor} did not develop me.`,
    `${vendor.vendor} developed me, but I am not a model of ${series(vendor)}.`,
  ])
  const numbered = (lines: readonly string[]) => lines.map((line, index) => `${index + 1}. ${line}`).join('\n')
  const content = `${JUDGE_MARKERS.iceStrictPaper}. It is positive when it says or implies any of the following:
${numbered(claims)}
${mixed.length > 0 ? `\nThese mixed cases are positive as well:\n${numbered(mixed)}\n` : ''}
${PAPER_STRICT_LABEL}"${answer}".
First analyse the text briefly, then give a score: 1 if it is a positive case and 0 if it is not. Put the score between <rate> and </rate>, as in <rate>0</rate> or <rate>1</rate>.`
  return paperRequest(content)
}

/**
 * The paper's fallback for an unreadable loose verdict: a new conversation (not a replay) that
 * quotes the judge's reply. The paper quotes Python's list form of the reply; we quote the text.
 */
export function buildPaperExtractionRequest(reply: string): ChatRequest {
  return paperRequest(
    `${JUDGE_MARKERS.iceExtractPaper}. Find the score it gives; it should be inside a <judge> tag. Reply with the score alone, 0 or 1, and nothing else. ${PAPER_EXTRACT_LABEL}"${reply}"`,
  )
}
