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
 * Chosen by model id: `sim-judge` is standard, `sim-judge-<style>` the others.
 */
export const JUDGE_STYLES = ['standard', 'evasive', 'paper-tags', 'json', 'final-answer', 'naive'] as const
export type JudgeStyle = (typeof JUDGE_STYLES)[number]

export function judgeStyleOf(model: string): JudgeStyle | undefined {
  if (model === 'sim-judge') return 'standard'
  const style = model.startsWith('sim-judge-') ? model.slice('sim-judge-'.length) : undefined
  return JUDGE_STYLES.find((known) => known === style && known !== 'standard')
}

/** Words that commit to nothing: no digit, tag, yes/no or "conflict" a parser could take for a verdict. */
export const EVASIVE_REPLY = 'It is hard to say. The answer could be read in more than one way, and I would rather not commit to a reading.'

// The tag asked for: ours (<verdict>) or, for the paper-form prompts, <judge> or <rate>.
const TAGGED = /<(?:verdict|judge|rate)>\s*([01])\s*<\/(?:verdict|judge|rate)>/

/** An ICE judge reply written in `style` (the standard reply carries `<verdict>N</verdict>`). */
export function restyleIceReply(standard: string, style: JudgeStyle): string {
  if (style === 'evasive') return EVASIVE_REPLY
  const verdict = TAGGED.exec(standard)?.[1]
  if (style === 'standard' || style === 'naive' || verdict === undefined) return standard
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
