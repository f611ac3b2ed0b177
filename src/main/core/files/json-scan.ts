/**
 * A small JSON syntax scanner. `JSON.parse` builds the values; this exists because V8's errors do
 * not always give a position ("Unexpected token") and never in words a non-programmer can act on,
 * and because an import has to say on which line each record of a JSON array starts.
 */
export type JsonScan =
  { readonly ok: true; readonly elementStarts: readonly number[] } | { readonly ok: false; readonly offset: number; readonly message: string }

const MAX_DEPTH = 512
const WHITESPACE = /[ \t\n\r]*/y
// eslint-disable-next-line no-control-regex -- JSON forbids raw control characters in strings: the scan must stop at them.
const STRING_BODY = /[^"\\\u0000-\u001f]*/y
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y
const LITERAL = /true|false|null/y

class Stop {
  constructor(
    readonly offset: number,
    readonly message: string,
  ) {}
}

/** Recursive descent over the text; throws Stop at the first error. */
class Scanner {
  private pos = 0
  /** Where records start: top-level list elements, or those of the last top-level "data" list. */
  starts: number[] = []

  constructor(private readonly text: string) {}

  scan(): void {
    this.value(0, true)
    this.skipSpace()
    if (this.pos < this.text.length) this.stop('there is more text after the end of the JSON value')
  }

  private stop(message: string): never {
    throw new Stop(this.pos, message)
  }

  private match(pattern: RegExp): string | undefined {
    pattern.lastIndex = this.pos
    const found = pattern.exec(this.text)
    if (found) this.pos += found[0].length
    return found?.[0]
  }

  private skipSpace(): void {
    this.match(WHITESPACE)
  }

  private string(): string {
    const start = this.pos++
    for (;;) {
      this.match(STRING_BODY)
      const c = this.text[this.pos]
      if (c === '"') break
      if (c === undefined) {
        this.pos = start
        this.stop('a text value is never closed (a " is missing)')
      }
      if (c !== '\\') this.stop('a line break or control character inside a text value (write \\n for a new line)')
      if (this.match(ESCAPE) === undefined) this.stop('a backslash starts an escape JSON does not know (write \\\\ for a backslash)')
    }
    this.pos++
    return this.text.slice(start + 1, this.pos - 1)
  }

  private value(depth: number, recordsHere: boolean): void {
    if (depth > MAX_DEPTH) this.stop('the data is nested too deeply')
    this.skipSpace()
    const c = this.text[this.pos]
    if (c === '{') return this.object(depth + 1)
    if (c === '[') return this.array(depth + 1, recordsHere)
    if (c === '"') return void this.string()
    if (c !== undefined && /[-0-9]/.test(c) && this.match(NUMBER) !== undefined) return
    if (this.match(LITERAL) !== undefined) return
    this.stop(
      c === undefined
        ? 'the text ends where a value was expected'
        : 'expected a value here (text in double quotes, a number, true, false, null, {...} or [...])',
    )
  }

  /** After an element or field: a comma continues, `close` ends; true when it ended. */
  private next(close: string, message: string): boolean {
    this.skipSpace()
    const c = this.text[this.pos]
    if (c !== ',' && c !== close) this.stop(message)
    this.pos++
    return c === close
  }

  private array(depth: number, recordElements: boolean): void {
    this.pos++
    this.skipSpace()
    if (this.text[this.pos] === ']') return void this.pos++
    do {
      this.skipSpace()
      if (recordElements) this.starts.push(this.pos)
      this.value(depth, false)
    } while (!this.next(']', 'expected a comma or ] after a list element'))
  }

  private object(depth: number): void {
    this.pos++
    this.skipSpace()
    if (this.text[this.pos] === '}') return void this.pos++
    do {
      this.skipSpace()
      if (this.text[this.pos] !== '"') this.stop('expected a field name in double quotes')
      const key = this.string()
      this.skipSpace()
      if (this.text[this.pos] !== ':') this.stop(`expected : after the field name "${key.slice(0, 40)}"`)
      this.pos++
      const isData = depth === 1 && key === 'data'
      if (isData) this.starts = []
      this.value(depth, isData)
    } while (!this.next('}', 'expected a comma or } after a field'))
  }
}

/**
 * Checks `text` is one JSON value and records where the records start: the elements of a
 * top-level array, or of the array under a top-level `"data"` key (the last one, as JSON.parse).
 */
export function scanJson(text: string): JsonScan {
  const scanner = new Scanner(text)
  try {
    scanner.scan()
    return { ok: true, elementStarts: scanner.starts }
  } catch (error) {
    if (error instanceof Stop) return { ok: false, offset: error.offset, message: error.message }
    throw error
  }
}
