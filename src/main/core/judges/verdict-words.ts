/** A judge's verdict: 1 (conflict / positive) or 0 (METHOD.md 2.6). */
export type VerdictValue = 0 | 1

/**
 * Markdown a judge wraps a value in: bold, italics, code spans, quotes, brackets. Stripped from both
 * ends only, so "1 or 0" stays two words and is never read as 1.
 */
const WRAPPING = /^[\s*_`'"“”‘’([{]+|[\s*_`'"“”‘’)\]}.!;:,]+$/g

/**
 * The value of one verdict slot (a tag's body, a JSON field, a labelled line): 1/0, true/false or
 * yes/no, in any case and wrapping. Anything else (2, "maybe", "1 or 0") is undefined: not a verdict.
 */
export function readVerdictWord(raw: string): VerdictValue | undefined {
  const word = raw.replace(WRAPPING, '').toLowerCase()
  if (word === '1' || word === 'yes' || word === 'true') return 1
  if (word === '0' || word === 'no' || word === 'false') return 0
  return undefined
}

/** A short, one-line rendering of a raw value for a reason ("holds \"maybe\""). */
export function quoteRaw(raw: string, max = 40): string {
  const flat = raw.replace(/\s+/g, ' ').trim()
  return JSON.stringify(flat.length > max ? `${flat.slice(0, max)}…` : flat)
}
