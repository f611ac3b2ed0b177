import { sentences } from './text'
import { mentions, VENDORS, type Vendor } from './vendors'

/**
 * What an answer says about *its own* maker: the part the ICE judges decide on. Statements about
 * other models ("ChatGPT is made by OpenAI", "unlike ChatGPT, I ...", "I am not ChatGPT") are never
 * claims. What else is let off follows the judge the wizard chose (its descriptions, ice-labels.ts):
 *   as-published: only role-play lines whose speaker is in square brackets ("[DAN]: ...");
 *   distillscope: also a character's lines without brackets ("DAN: ...") and text framed as fiction.
 */
export type ClaimRules = 'as-published' | 'distillscope'

/** Line prefixes that name a speaker who is the model itself, not a character. */
const OWN_SPEAKERS = new Set(['answer', 'response', 'assistant', 'ai', 'output', 'reply', 'note', 'me'])
const ROLE_PREFIX = /^\s*(?:\[([^\]\n]{1,40})\]\s*:?|([A-Z][\w -]{0,24}):)\s/
const BRACKETED_PREFIX = /^\s*\[([^\]\n]{1,40})\]\s*:?\s/
/** A sentence that says it is a story or a part being played: not the model speaking as itself. */
const FICTION_FRAME =
  /\b(in (this|the|our|my) (story|tale|fiction|role-?play|scenario|game)|once upon a time|(playing|play|as) (the|a|this) (character|role)|in character|pretend(ing)? to be|for this role-?play)\b/i
const FIRST_PERSON = /(^|[^\p{L}])(i|i'm|i’m|me|my|myself)([^\p{L}]|$)|我/iu
/** Words that, shortly before a vendor's name, make the mention not a claim about oneself. */
const NOT_A_CLAIM = /\b(not|never|isn't|aren't|wasn't|unlike|like|than|versus|vs|such as|compared to|similar to|other|others|another)\W+(?:\w+\W+){0,3}$/i

/** The answer without role-play lines; a blank line ends a character's speech. */
export function ownVoice(answer: string, rules: ClaimRules = 'distillscope'): string {
  const kept: string[] = []
  let inCharacter = false
  for (const line of answer.split(/\r?\n/)) {
    if (line.trim() === '') {
      inCharacter = false
      continue
    }
    const prefix = (rules === 'as-published' ? BRACKETED_PREFIX : ROLE_PREFIX).exec(line)
    const speaker = (prefix?.[1] ?? prefix?.[2])?.trim().toLowerCase()
    if (speaker !== undefined) inCharacter = !OWN_SPEAKERS.has(speaker)
    if (!inCharacter) kept.push(speaker !== undefined ? line.slice(prefix?.[0].length ?? 0) : line)
  }
  return kept.join('\n')
}

/**
 * Sentences (split again at "but", "while", "whereas", "however" and semicolons, so "ChatGPT is
 * made by OpenAI, but I am X" is two statements) of the model's own voice, in the first person.
 */
export function firstPersonSentences(answer: string, rules: ClaimRules = 'distillscope'): string[] {
  return sentences(ownVoice(answer, rules))
    .filter((sentence) => rules === 'as-published' || !FICTION_FRAME.test(sentence))
    .flatMap((sentence) => sentence.split(/\s*;\s*|,?\s+(?:but|while|whereas|however)\s+/i))
    .filter((clause) => FIRST_PERSON.test(clause))
}

/** Vendors the answer claims, in its own first-person voice, as its maker or series. */
export function claimedVendors(answer: string, candidates: readonly Vendor[] = VENDORS, rules: ClaimRules = 'distillscope'): Vendor[] {
  const claims = firstPersonSentences(answer, rules)
  return candidates.filter((vendor) => claims.some((sentence) => [...vendor.makerAliases, ...vendor.series].some((alias) => isClaimed(sentence, alias))))
}

/** Makers named after "developed/made/created/built/trained by" in first-person sentences. */
export function claimedMakerPhrases(answer: string, rules: ClaimRules = 'distillscope'): string[] {
  const makers: string[] = []
  for (const sentence of firstPersonSentences(answer, rules)) {
    for (const match of sentence.matchAll(/\b(?:developed|made|created|built|trained|designed)\s+by\s+((?:the\s+)?[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})/g)) {
      if (!NOT_A_CLAIM.test(sentence.slice(0, match.index))) makers.push((match[1] ?? '').replace(/^the\s+/, '').replace(/\.+$/, ''))
    }
  }
  return makers
}

function isClaimed(sentence: string, alias: string): boolean {
  if (!mentions(sentence, alias)) return false
  const lower = sentence.toLowerCase()
  const at = lower.indexOf(alias.toLowerCase())
  return at === -1 || !NOT_A_CLAIM.test(lower.slice(0, at))
}
