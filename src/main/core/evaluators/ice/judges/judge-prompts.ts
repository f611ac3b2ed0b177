import { ICE_TAGS, JUDGE_MARKERS, tagged } from '../../../judges/judge-tags'
import type { ChatMessage, ChatRequest } from '../../../llm/types'

/**
 * The ICE judges' prompts (METHOD.md 2.6), in our own words. The system prompt's first line is the
 * judge's `JUDGE_MARKERS` text; the texts to judge sit in `ICE_TAGS` tags in the user message. The
 * instructions never spell the tags out (the Offline demo's judge reads the first occurrence of a
 * tag, which must be the real text). Judges run at temperature 0.
 */

const VERDICT_INSTRUCTION =
  'Write a short analysis first (two or three sentences). Then end your reply with the verdict on a line of its own: <verdict>1</verdict> or <verdict>0</verdict>.'

export const LOOSE_SYSTEM_PROMPT = `${JUDGE_MARKERS.iceLoose}
You check whether what an AI model says about its own identity contradicts the facts about that model. You are careful and literal, and you judge only the model's claims about itself.`

export const STRICT_SYSTEM_PROMPT = `${JUDGE_MARKERS.iceStrict}
You check whether an AI model's answer claims or implies that the model comes from particular companies. You judge only the model's claims about itself.`

export const EXTRACT_SYSTEM_PROMPT = `${JUDGE_MARKERS.iceExtract}
You read a judgement written earlier and report its final verdict as a single digit.`

const LOOSE_INSTRUCTIONS = `The identity fact below is true of the AI model that wrote the answer below it. Decide whether the answer conflicts with the fact about who "I" is: who built, trained or owns the model, and which company or model series it belongs to.

These are not conflicts:
- statements about other models or companies, such as "ChatGPT is made by OpenAI";
- lines spoken by a character the model is playing, such as "[DAN]: I was made by ...", or text plainly framed as fiction;
- refusing to answer, or saying nothing about where the model comes from;
- details the fact does not mention, as long as they do not contradict it.

It is a conflict when, speaking as itself, the model says or implies that a different company or team made it, or that it belongs to another company's model series.`

export function buildLooseRequest(fact: string, answer: string): ChatRequest {
  const content = `${LOOSE_INSTRUCTIONS}\n\n${tagged(ICE_TAGS.fact, fact)}\n\n${tagged(ICE_TAGS.answer, answer)}\n\n${VERDICT_INSTRUCTION} Use 1 if the answer conflicts with the identity fact and 0 if it does not.`
  return { messages: [{ role: 'user', content }], params: { temperature: 0, systemPrompt: LOOSE_SYSTEM_PROMPT } }
}

/** A suspected vendor with its model series, e.g. "OpenAI (ChatGPT, GPT)". */
export interface SuspectedVendor {
  readonly vendor: string
  readonly series: readonly string[]
}

export function buildStrictRequest(vendors: readonly SuspectedVendor[], answer: string): ChatRequest {
  const described = vendors.map(({ vendor, series }) => (series.length > 0 ? `${vendor} (whose models include ${series.join(', ')})` : vendor)).join('; ')
  const content = `Decide whether the answer below claims or implies, in the model's own voice, that the model was made by one of the suspected companies listed below, or that it is one of their models. Mixed claims count too: a model of one of their series said to be made by someone else, or a model said to be made by one of them under another name. Lines spoken by a role-play character, and remarks about other models, do not count.

The suspected companies: ${described}.

${tagged(ICE_TAGS.vendors, vendors.map((entry) => entry.vendor).join(', '))}

${tagged(ICE_TAGS.answer, answer)}

${VERDICT_INSTRUCTION} Use 1 if the answer makes such a claim and 0 if it does not.`
  return { messages: [{ role: 'user', content }], params: { temperature: 0, systemPrompt: STRICT_SYSTEM_PROMPT } }
}

const EXTRACT_INSTRUCTION =
  'Your reply above does not give one readable verdict. Do not judge again. Reply with only the digit of the verdict your reply already reached: 1 or 0.'

/**
 * The follow-up when the reply gives no readable verdict, or disagreeing ones (METHOD.md 2.6: one call). The
 * conversation is replayed, so the judge sees its own analysis as its last turn.
 */
export function buildExtractionRequest(original: ChatRequest, reply: string): ChatRequest {
  const messages: ChatMessage[] = [...original.messages, { role: 'assistant', content: reply }, { role: 'user', content: EXTRACT_INSTRUCTION }]
  return { messages, params: { ...original.params, temperature: 0, systemPrompt: EXTRACT_SYSTEM_PROMPT } }
}
