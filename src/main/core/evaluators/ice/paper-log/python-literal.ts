/**
 * Reads a Python list of strings as `str(list)` prints it (the paper's CSVs store
 * `target_responses` so: `['...']`, or `["..."]` when the text holds a single quote). Handles both
 * quote styles and Python's escapes (\\ \' \" \n \r \t \xhh \uhhhh \Uhhhhhhhh). Returns undefined
 * when the text is not such a list.
 */
export function parsePythonStringList(text: string): string[] | undefined {
  const source = text.trim()
  if (!source.startsWith('[') || !source.endsWith(']')) return undefined
  const items: string[] = []
  let at = skipSpaces(source, 1)
  while (at < source.length - 1) {
    const parsed = readString(source, at)
    if (parsed === undefined) return undefined
    items.push(parsed.value)
    at = skipSpaces(source, parsed.end)
    if (source[at] === ',') at = skipSpaces(source, at + 1)
    else if (at !== source.length - 1) return undefined
  }
  return items
}

function skipSpaces(source: string, at: number): number {
  while (at < source.length && /\s/.test(source[at] ?? '')) at++
  return at
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\',
  "'": "'",
  '"': '"',
  n: '\n',
  r: '\r',
  t: '\t',
  a: '\u0007',
  b: '\b',
  f: '\f',
  v: '\v',
  '0': '\0',
}
const HEX_ESCAPES: Readonly<Record<string, number>> = { x: 2, u: 4, U: 8 }

/** One quoted string starting at `start`; its value and the index after the closing quote. */
function readString(source: string, start: number): { value: string; end: number } | undefined {
  const quote = source[start]
  if (quote !== "'" && quote !== '"') return undefined
  let value = ''
  for (let at = start + 1; at < source.length; at++) {
    const char = source[at] as string
    if (char === quote) return { value, end: at + 1 }
    if (char !== '\\') {
      value += char
      continue
    }
    const next = source[at + 1] ?? ''
    const digits = HEX_ESCAPES[next]
    if (digits !== undefined) {
      const hex = source.slice(at + 2, at + 2 + digits)
      if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== digits) return undefined
      value += String.fromCodePoint(parseInt(hex, 16))
      at += 1 + digits
    } else if (next === '\n') {
      at += 1
    } else {
      // Python keeps an unknown escape as written (backslash included).
      value += SIMPLE_ESCAPES[next] ?? `\\${next}`
      at += 1
    }
  }
  return undefined
}
