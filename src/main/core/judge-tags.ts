/**
 * The tags our judge prompts wrap each text in, and the fields a judge must answer with. The RSE
 * and ICE prompts (METHOD.md 1.2 and 2.6) are built around these; the simulator's judge persona
 * reads the same tags, so simulated verdicts are decided from the texts actually given.
 */
export const RSE_TAGS = {
  question: 'question',
  reference: 'reference_answer',
  candidate: 'candidate_answer',
} as const

export const ICE_TAGS = {
  fact: 'identity_fact',
  answer: 'model_answer',
  /** Present only in the strict judge's prompt: the vendors counted as the suspected source. */
  vendors: 'suspected_vendors',
} as const

/** First line of every judge system prompt; tells apart which judge is being asked. */
export const JUDGE_MARKERS = {
  rse: 'Distillscope RSE judge',
  iceLoose: 'Distillscope ICE loose judge',
  iceStrict: 'Distillscope ICE strict judge',
  iceExtract: 'Distillscope ICE verdict extraction',
  mutator: 'Distillscope template mutator',
} as const

/** Reads `<tag>...</tag>` from a prompt; undefined when absent. */
export function readTagged(text: string, tag: string): string | undefined {
  const start = text.indexOf(`<${tag}>`)
  const end = text.indexOf(`</${tag}>`, start)
  if (start === -1 || end === -1) return undefined
  return text.slice(start + tag.length + 2, end).trim()
}

export function tagged(tag: string, body: string): string {
  return `<${tag}>\n${body}\n</${tag}>`
}
