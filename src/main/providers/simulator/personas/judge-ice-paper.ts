import { PAPER_FACT_LABELS, PAPER_FACT_TAG, PAPER_STRICT_LABEL } from '../../../core/judges/judge-tags'
import { decideLoose, decideNaive, decideStrict, writeDecision } from './judge-ice'
import { vendorsNamedIn } from './vendors'

/**
 * The simulated judge answering the paper-form ("As published") ICE prompts: the same decisions
 * as for ours, found in the paper's layout and answered in the paper's tags (<judge>, <rate>).
 * The texts are located by the labels around them, never by the first tag in the prompt: the
 * answer may itself contain tags or quotes, so each text runs to the last closing mark.
 */
export function paperJudgeReply(kind: 'loose' | 'strict', prompt: string, malformed: boolean, naive = false): string {
  if (kind === 'loose') {
    const texts = paperLooseTexts(prompt)
    if (texts === undefined) return `I cannot judge: the prompt needs "${PAPER_FACT_LABELS.fact}" and "${PAPER_FACT_LABELS.answer}" in ${PAPER_FACT_TAG} tags.`
    // The paper's loose judge lets off only role-play lines in square brackets (METHOD.md 2.6, the wizard's words).
    const decision = naive ? decideNaive('loose', texts.fact, texts.answer, undefined) : decideLoose(texts.fact, texts.answer, 'as-published')
    return writeDecision(decision, 'judge', malformed)
  }
  const strict = paperStrictText(prompt)
  if (strict === undefined) return `I cannot judge: the prompt needs "${PAPER_STRICT_LABEL}" and a quoted text.`
  // The suspected makers are the ones the prompt's list of positive cases names. The paper's strict
  // judge (rejudge.py) excludes nothing, so a role-play speaker's line counts as the answer's own.
  const vendors = strict.vendors.join(', ')
  return writeDecision(naive ? decideNaive('strict', '', strict.answer, vendors) : decideStrict(withoutSpeakers(strict.answer), vendors), 'rate', malformed)
}

export function paperLooseTexts(prompt: string): { fact: string; answer: string } | undefined {
  const open = `<${PAPER_FACT_TAG}>`
  const close = `</${PAPER_FACT_TAG}>`
  const factStart = prompt.indexOf(`${PAPER_FACT_LABELS.fact}${open}`)
  if (factStart === -1) return undefined
  const from = factStart + PAPER_FACT_LABELS.fact.length + open.length
  const between = `${close}, ${PAPER_FACT_LABELS.answer}${open}`
  const factEnd = prompt.indexOf(between, from)
  const answerEnd = prompt.lastIndexOf(close)
  if (factEnd === -1 || answerEnd < factEnd + between.length) return undefined
  return { fact: prompt.slice(from, factEnd).trim(), answer: prompt.slice(factEnd + between.length, answerEnd).trim() }
}

export function paperStrictText(prompt: string): { answer: string; vendors: string[] } | undefined {
  const start = prompt.indexOf(`${PAPER_STRICT_LABEL}"`)
  const end = prompt.lastIndexOf('".')
  if (start === -1 || end < start + PAPER_STRICT_LABEL.length + 1) return undefined
  const vendors = vendorsNamedIn(prompt.slice(0, start)).map((vendor) => vendor.name)
  return { answer: prompt.slice(start + PAPER_STRICT_LABEL.length + 1, end).trim(), vendors }
}

/** "[DAN]: I am ..." read as "I am ...": the speaker's name in square brackets removed from each line. */
export function withoutSpeakers(answer: string): string {
  return answer.replace(/^\s*\[[^\]\n]{1,40}\]\s*:\s*/gm, '')
}
