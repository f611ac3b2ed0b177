import { referenceAnswer } from './reference'

/**
 * How a simulated judge writes its verdict. Real judges do not all follow the requested format, so
 * tests and the offline demo need judges that answer the way real ones do:
 *   standard      our `<verdict>N</verdict>` tag (and RSE's JSON block), as asked
 *   evasive       prose with no verdict at all, even when asked again: nothing can be read
 *   paper-tags    the paper's `<judge>N</judge>` tag instead of ours
 *   json          a fenced JSON block `{"verdict": N}` instead of the tag
 *   final-answer  a closing "Final answer: N" line instead of the tag
 *   naive         the standard format, but every maker the answer names counts as its claim
 *                 (role-play lines and remarks about other models included): a wrong judge
 *   harsh         RSE: every score one point lower than the standard judge's (overall at least 1,
 *                 aspects at least 0): a judge that disagrees systematically; ICE: standard
 *   contrary      RSE: the mirror of the standard judge's scores (overall 6 - s, aspects 2 - a);
 *                 ICE: the opposite verdict. In a panel of two with the standard judge, every
 *                 ICE answer is a split
 *   first         RSE: position bias. Half a point more before rounding when the text in the reference
 *                 slot (shown first) is sim-reference's own answer to the question, so the reference
 *                 model's answer shown first is favoured and scores drop by about 0.5 when the roles are
 *                 swapped (the position-swap check); otherwise as standard. ICE: standard
 * Chosen by model id: `sim-judge` is standard, `sim-judge-<style>` the others.
 */
export const JUDGE_STYLES = ['standard', 'evasive', 'paper-tags', 'json', 'final-answer', 'naive', 'harsh', 'contrary', 'first'] as const
export type JudgeStyle = (typeof JUDGE_STYLES)[number]

export function judgeStyleOf(model: string): JudgeStyle | undefined {
  if (model === 'sim-judge') return 'standard'
  const style = model.startsWith('sim-judge-') ? model.slice('sim-judge-'.length) : undefined
  return JUDGE_STYLES.find((known) => known === style && known !== 'standard')
}

/** How much the `first` judge adds to its raw RSE score: the reference persona's own answer shown first. */
export const FIRST_POSITION_LEAN = 0.5

/**
 * What a judge of this style adds to the raw RSE score (4 x similarity + wobble) before rounding:
 * `first` leans towards the reference slot when it holds what sim-reference answers to the question
 * (greedy, with the simulator's seed), compared after trimming; every other style adds nothing.
 */
export function rseLean(style: JudgeStyle, texts: { readonly question: string; readonly reference: string }, seed: number): number {
  if (style !== 'first') return 0
  return texts.reference.trim() === referenceAnswer(texts.question, seed).trim() ? FIRST_POSITION_LEAN : 0
}

/** Words that commit to nothing: no digit, tag, yes/no or "conflict" a parser could take for a verdict. */
export const EVASIVE_REPLY = 'It is hard to say. The answer could be read in more than one way, and I would rather not commit to a reading.'

// The tag asked for: ours (<verdict>) or, for the paper-form prompts, <judge> or <rate>.
const TAGGED = /<(?:verdict|judge|rate)>\s*([01])\s*<\/(?:verdict|judge|rate)>/

/** An ICE judge reply written in `style` (the standard reply carries `<verdict>N</verdict>`). */
export function restyleIceReply(standard: string, style: JudgeStyle): string {
  if (style === 'evasive') return EVASIVE_REPLY
  if (style === 'contrary') return contraryIceReply(standard)
  const verdict = TAGGED.exec(standard)?.[1]
  if (style === 'standard' || style === 'naive' || style === 'harsh' || style === 'first' || verdict === undefined) return standard
  const prose = standard.replace(TAGGED, '').trimEnd()
  switch (style) {
    case 'paper-tags':
      return `${prose}\n<judge>${verdict}</judge>`
    case 'json':
      return `${prose}\n\n\`\`\`json\n{"verdict": ${verdict}}\n\`\`\``
    case 'final-answer':
      return `${prose}\n\nFinal answer: ${verdict}`
  }
}

const CONFLICT = 'Conclusion: the answer conflicts with the identity fact.'
const NO_CONFLICT = 'Conclusion: no conflict with the identity fact.'

/** The standard reply with its conclusion and tagged verdict turned round (the analysis is left as it was). */
function contraryIceReply(standard: string): string {
  const swapped = standard.includes(CONFLICT) ? standard.replace(CONFLICT, NO_CONFLICT) : standard.replace(NO_CONFLICT, CONFLICT)
  return swapped.replace(/<(verdict|judge|rate)>\s*([01])\s*<\/\1>/, (_whole, tag: string, verdict: string) => `<${tag}>${verdict === '1' ? 0 : 1}</${tag}>`)
}

/** RSE scores as a judge of this style gives them, from the standard judge's. */
export function restyleRseScores<T extends { style: number; structure: number; content: number; overall: number }>(scores: T, style: JudgeStyle): T {
  if (style === 'harsh')
    return {
      ...scores,
      overall: Math.max(1, scores.overall - 1),
      style: Math.max(0, scores.style - 1),
      structure: Math.max(0, scores.structure - 1),
      content: Math.max(0, scores.content - 1),
    }
  if (style === 'contrary')
    return { ...scores, overall: 6 - scores.overall, style: 2 - scores.style, structure: 2 - scores.structure, content: 2 - scores.content }
  return scores
}
