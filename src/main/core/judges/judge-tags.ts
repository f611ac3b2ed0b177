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

/**
 * Tells apart which judge is being asked. Our prompts start their system prompt with the marker.
 * The paper-form ICE prompts ("As published") keep the paper's plain "You are a helpful assistant."
 * system prompt, so nothing foreign is added for them: their marker is the opening words of the
 * user message itself, which the prompt is built from.
 */
export const JUDGE_MARKERS = {
  rse: 'Distillscope RSE judge',
  /** The "As published" RSE rubric's system message opens with these words (rse-rubrics.ts). */
  rsePaper: 'You are an impartial judge of how similar two answers are',
  iceLoose: 'Distillscope ICE loose judge',
  iceStrict: 'Distillscope ICE strict judge',
  iceExtract: 'Distillscope ICE verdict extraction',
  iceLoosePaper: 'Two statements follow, each enclosed in factor tags',
  iceStrictPaper: 'Decide whether the text given below is a positive case',
  iceExtractPaper: 'A judgement is quoted below',
  mutator: 'Distillscope template mutator',
  mutatorPaper: 'Prompt templates to edit follow as plain text',
} as const

/**
 * The paper-form loose judge's layout: the fact, then the answer, each in a factor tag, after these
 * labels (run_gptfuzzer.py's two-fact form). The simulator's judge finds the two texts by them.
 */
export const PAPER_FACT_TAG = 'factor'
export const PAPER_FACT_LABELS = { fact: 'Fact 1: ', answer: 'Fact 2: ' } as const
/** The paper-form strict judge quotes the answer after this label, in double quotes (rejudge.py). */
export const PAPER_STRICT_LABEL = 'The text to judge: '
/** The paper-form extraction call quotes the judge's earlier reply after this label. */
export const PAPER_EXTRACT_LABEL = 'The judgement: '

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
