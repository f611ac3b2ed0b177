import { findJsonVerdicts } from './json-verdicts'
import { quoteRaw, readVerdictWord, type VerdictValue } from './verdict-words'

/** One place in a reply that states a verdict, with how it was written (for reasons and `form`). */
export interface Signal {
  readonly value: VerdictValue
  /** The kind of form: "<verdict> tag", "JSON verdict", "labelled line", "bare digit". */
  readonly form: string
  /** How this signal reads in a reason: `<verdict>1`, `JSON verdict 0`, `"Final answer: 1"`. */
  readonly shown: string
}

/** A verdict slot that holds no verdict (`<verdict>2</verdict>`, `{"verdict": "unsure"}`). */
export interface Malformed {
  readonly shown: string
}

export interface Signals {
  readonly signals: readonly Signal[]
  readonly malformed: readonly Malformed[]
}

const TAG = /<\s*(verdict|judge|rate)\s*>([\s\S]*?)<\s*\/\s*\1\s*>/gi
/** Between the two tags of a quoted choice: "<verdict>1</verdict> or <verdict>0</verdict>". */
const CHOICE_SEPARATOR = /^\s*(?:or|and|\/|\||,)\s*$/i

/**
 * Labelled lines: "Final answer: 1", "**Verdict:** yes", "Conflict = No", "Answer: 0 (no conflict)",
 * "Verdict: 1 - it names OpenAI". The label opens the line (after list or quote markers) and the
 * value ends it, or is followed by a parenthesis or by a dash, comma or semicolon and a reason; so
 * a sentence that merely contains "the answer is no, because ..." is not read, nor is "Verdict: 1
 * or 0". "Score" and "rating" are not labels here: they name 1-10 scales (MT-Bench's
 * "Rating: [[1]]" is a poor answer, not a conflict).
 */
const LABELLED_LINE =
  /^[\s>#*_-]*(?:(?:my|the|final|overall)\s+)*(verdict|answer|judge?ment|conflict|label|decision)[\s*_]*(?::|=|-|\bis\b)[\s*_`"'[(]*(0|1|yes|no|true|false)[*_`"')\]]*(?:\s*\([^()\n]*\)|\s+[-–—]\s+[^\n]*|[,;]\s+[^\n]*)?[\s*_]*[.!]?[\s*_]*$/gim
/** Mid-sentence, only the unambiguous labels: "Therefore my final verdict is 1." */
const SENTENCE_END = /\b(?:final\s+)?(verdict|judge?ment|final\s+answer)\s*(?::|\bis\b)[\s*_`"'[(]*(0|1|yes|no|true|false)[\s*_`"')\]]*\s*[.!]?\s*$/gim
const BARE = /^[\s*_`"'[(]*([01])[\s*_`"')\]]*[.!]?\s*$/

/**
 * Every verdict the Distillscope reader accepts (issue 11), in reply order. `<rate>` is the paper's
 * strict-judge tag and counts only for the strict judge. A quoted choice of both values ("I will
 * answer <verdict>1</verdict> or <verdict>0</verdict>") is the instruction echoed, not a verdict,
 * and is dropped; any other tags, however many, all count.
 */
export function collectSignals(reply: string, judge: 'loose' | 'strict'): Signals {
  const signals: Signal[] = []
  const malformed: Malformed[] = []
  const tags = [...reply.matchAll(TAG)].filter((match) => judge === 'strict' || match[1]?.toLowerCase() !== 'rate')
  const quoted = quotedChoices(reply, tags)
  tags.forEach((match, i) => {
    if (quoted.has(i)) return
    const name = (match[1] ?? '').toLowerCase()
    const body = match[2] ?? ''
    const value = readVerdictWord(body)
    if (value === undefined) malformed.push({ shown: `<${name}> holding ${quoteRaw(body)}` })
    else signals.push({ value, form: `<${name}> tag`, shown: `<${name}>${body.trim()}` })
  })
  for (const finding of findJsonVerdicts(reply)) {
    if (finding.kind === 'signal') signals.push({ value: finding.value, form: `JSON ${finding.field}`, shown: `JSON ${finding.field} ${finding.value}` })
    else malformed.push({ shown: `JSON ${finding.field} holding ${finding.raw}` })
  }
  const withoutTags = reply.replace(TAG, ' ')
  const labelled = new Set<string>()
  for (const pattern of [LABELLED_LINE, SENTENCE_END]) {
    for (const match of withoutTags.matchAll(pattern)) {
      const value = readVerdictWord(match[2] ?? '')
      const line = match[0].trim()
      // The same line can match both patterns: it is one signal.
      if (value === undefined || labelled.has(line)) continue
      labelled.add(line)
      signals.push({ value, form: 'labelled line', shown: quoteRaw(line, 60) })
    }
  }
  const bare = BARE.exec(reply)
  if (bare && signals.length === 0) signals.push({ value: bare[1] === '1' ? 1 : 0, form: 'bare digit', shown: `bare ${bare[1] ?? ''}` })
  return { signals, malformed }
}

/** Indices of tags that form "<t>1</t> or <t>0</t>" (both values, joined by or / and / a slash). */
function quotedChoices(reply: string, tags: readonly RegExpExecArray[]): Set<number> {
  const quoted = new Set<number>()
  for (let i = 0; i + 1 < tags.length; i++) {
    const first = tags[i]
    const second = tags[i + 1]
    if (!first || !second) continue
    const a = readVerdictWord(first[2] ?? '')
    const b = readVerdictWord(second[2] ?? '')
    const between = reply.slice(first.index + first[0].length, second.index)
    if (a !== undefined && b !== undefined && a !== b && CHOICE_SEPARATOR.test(between)) {
      quoted.add(i)
      quoted.add(i + 1)
    }
  }
  return quoted
}
