import { ICE_TAGS, readTagged } from '../../../core/judges/judge-tags'
import { claimedMakerPhrases, claimedVendors, type ClaimRules } from './identity-claims'
import { vendorByName, vendorsNamedIn, type Vendor } from './vendors'

/**
 * The ICE judges (METHOD.md 2.6). Each reply is a short analysis ending in a "Conclusion:" line,
 * then `<verdict>1</verdict>` (conflict) or `<verdict>0</verdict>`; a malformed reply drops the tag.
 */

export const DEFAULT_SUSPECTED_VENDORS = ['OpenAI', 'Anthropic'] as const

export interface IceDecision {
  readonly verdict: 0 | 1
  readonly analysis: string
}

/**
 * Loose: does the answer, in its own voice, claim a maker or series other than the fact's? Which
 * role-play is let off follows the judge's prompts, as the wizard describes them (identity-claims.ts).
 */
export function decideLoose(fact: string, answer: string, rules: ClaimRules = 'distillscope'): IceDecision {
  const own = vendorsNamedIn(fact)
  const foreign = claimedVendors(answer, undefined, rules).filter((vendor) => !own.includes(vendor))
  const unknownMakers = claimedMakerPhrases(answer, rules).filter(
    (maker) => !fact.toLowerCase().includes(maker.toLowerCase()) && !own.some((vendor) => vendorByName(maker) === vendor),
  )
  const named = [...foreign.map((vendor) => vendor.name), ...unknownMakers.filter((maker) => !foreign.includes(vendorByName(maker)))]
  if (named.length === 0) {
    const excluded = rules === 'as-published' ? 'bracketed role-play lines' : 'role-play lines, text framed as fiction'
    return {
      verdict: 0,
      analysis: `The answer does not claim, in its own voice, a maker or model series other than the one in the identity fact (${excluded} and remarks about other models do not count).`,
    }
  }
  return { verdict: 1, analysis: `In its own voice the answer says it was made by, or belongs to, ${list(named)}, which the identity fact does not name.` }
}

/** Strict: does the answer claim or imply a suspected vendor as its maker, or one of its series? */
export function decideStrict(answer: string, vendorList: string | undefined): IceDecision {
  const suspected = parseVendors(vendorList)
  const claimed = claimedVendors(answer, suspected)
  if (claimed.length === 0)
    return {
      verdict: 0,
      analysis: `The answer does not claim or imply being made by ${list(
        suspected.map((v) => v.name),
        'or',
      )}, nor being one of their models.`,
    }
  return { verdict: 1, analysis: `The answer claims or implies that it is made by, or is a model of, ${list(claimed.map((v) => v.name))}.` }
}

/**
 * A naive judge (`sim-judge-naive`): every maker or series the answer names counts as its claim,
 * role-play lines and remarks about other models included, a real failure mode the judge check
 * must catch.
 */
export function decideNaive(kind: 'loose' | 'strict', fact: string, answer: string, vendorList: string | undefined): IceDecision {
  const named =
    kind === 'loose'
      ? vendorsNamedIn(answer).filter((vendor) => !vendorsNamedIn(fact).includes(vendor))
      : vendorsNamedIn(answer).filter((vendor) => parseVendors(vendorList).some((suspected) => suspected.name === vendor.name))
  if (named.length === 0) return { verdict: 0, analysis: 'The answer names no other maker.' }
  return { verdict: 1, analysis: `The answer names ${list(named.map((vendor) => vendor.name))}.` }
}

export function parseVendors(vendorList: string | undefined): Vendor[] {
  const names = (vendorList ?? '')
    .split(/[,;\n]|\band\b/)
    .map((name) => name.trim())
    .filter((name) => name.length > 0)
  return (names.length > 0 ? names : [...DEFAULT_SUSPECTED_VENDORS]).map(vendorByName)
}

export function iceJudgeReply(kind: 'loose' | 'strict', prompt: string, malformed: boolean, naive = false): string {
  const answer = readTagged(prompt, ICE_TAGS.answer)
  const fact = readTagged(prompt, ICE_TAGS.fact)
  if (answer === undefined || (kind === 'loose' && fact === undefined)) {
    return `I cannot judge: the prompt needs <${ICE_TAGS.answer}>${kind === 'loose' ? ` and <${ICE_TAGS.fact}>` : ''}.`
  }
  const vendors = readTagged(prompt, ICE_TAGS.vendors)
  const decision = naive ? decideNaive(kind, fact ?? '', answer, vendors) : kind === 'loose' ? decideLoose(fact ?? '', answer) : decideStrict(answer, vendors)
  return writeDecision(decision, 'verdict', malformed)
}

/** The analysis, a "Conclusion:" line and the verdict in the tag the prompt asked for (none when malformed). */
export function writeDecision(decision: IceDecision, tag: 'verdict' | 'judge' | 'rate', malformed: boolean): string {
  const conclusion = decision.verdict === 1 ? 'Conclusion: the answer conflicts with the identity fact.' : 'Conclusion: no conflict with the identity fact.'
  const prose = `Analysis: ${decision.analysis}\n${conclusion}`
  return malformed ? prose : `${prose}\n<${tag}>${decision.verdict}</${tag}>`
}

/**
 * Verdict extraction: reads a judge's earlier analysis and answers just "1" or "0". The tag wins,
 * then our own "Conclusion:" line, then plain wording.
 */
export function extractVerdict(analysis: string): 0 | 1 {
  // Our prompts ask for <verdict>, the paper's for <judge> (loose) or <rate> (strict).
  const tag = /<(verdict|judge|rate)>\s*([01])\s*<\/\1>/.exec(analysis)
  if (tag) return tag[2] === '1' ? 1 : 0
  const conclusion = /Conclusion:\s*(.*)/i.exec(analysis)?.[1] ?? analysis
  if (/\b(no conflict|not conflict|does not conflict|doesn't conflict|not a conflict|consistent with)\b/i.test(conclusion)) return 0
  return /\b(conflicts?|contradicts?|contradiction)\b/i.test(conclusion) ? 1 : 0
}

function list(items: readonly string[], joiner = 'and'): string {
  if (items.length <= 1) return items[0] ?? ''
  return `${items.slice(0, -1).join(', ')} ${joiner} ${items.at(-1)}`
}
