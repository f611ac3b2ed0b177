/**
 * A forgiving reader for the JSON objects judges write. Real replies break strict JSON in a few
 * recurring ways, all accepted here: single-quoted strings, unquoted keys, trailing commas,
 * comments, Python literals (True/False/None), and unquoted values such as `4/5` or `4 (similar)`,
 * which are kept as text for the score reader. Anything else (notably a truncated object) is
 * rejected: `parseRelaxedObject` returns undefined rather than guessing at the rest.
 */

export type Relaxed = string | number | boolean | null | Relaxed[] | { [key: string]: Relaxed }

export interface RelaxedParse {
  readonly value: { [key: string]: Relaxed }
  /** Index just past the closing brace. */
  readonly end: number
}

class Stop extends Error {}

const ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '/': '/', '\\': '\\', '"': '"', "'": "'" }

/** Parses the object starting at `start` (which must be `{`); undefined when it is not one. */
export function parseRelaxedObject(text: string, start: number): RelaxedParse | undefined {
  const reader = new Reader(text, start)
  try {
    const value = reader.object()
    return { value, end: reader.pos }
  } catch {
    // Stop (not an object) or, for absurdly deep nesting, a stack overflow: either way, no object.
    return undefined
  }
}

class Reader {
  constructor(
    private readonly text: string,
    public pos: number,
  ) {}

  object(): { [key: string]: Relaxed } {
    this.expect('{')
    const result: { [key: string]: Relaxed } = {}
    for (;;) {
      this.space()
      if (this.peek() === '}') return this.close(result)
      const key = this.key()
      this.space()
      this.expect(':')
      result[key] = this.value()
      this.space()
      const next = this.take()
      if (next === '}') return result
      if (next !== ',') throw new Stop()
    }
  }

  private close<T>(result: T): T {
    this.pos++
    return result
  }

  private array(): Relaxed[] {
    this.expect('[')
    const result: Relaxed[] = []
    for (;;) {
      this.space()
      if (this.peek() === ']') return this.close(result)
      result.push(this.value())
      this.space()
      const next = this.take()
      if (next === ']') return result
      if (next !== ',') throw new Stop()
    }
  }

  private value(): Relaxed {
    this.space()
    const c = this.peek()
    if (c === '{') return this.object()
    if (c === '[') return this.array()
    if (c === '"' || c === "'") return this.string()
    return this.bare()
  }

  private key(): string {
    const c = this.peek()
    if (c === '"' || c === "'") return this.string()
    const match = /^[^:{}[\],"'\n]+/.exec(this.text.slice(this.pos, this.pos + 200))
    if (match === null) throw new Stop()
    this.pos += match[0].length
    return match[0].trim()
  }

  private string(): string {
    const quote = this.take()
    let out = ''
    for (;;) {
      const c = this.take()
      if (c === quote) return out
      if (c !== '\\') {
        out += c
        continue
      }
      const escaped = this.take()
      if (escaped === 'u') {
        const hex = this.text.slice(this.pos, this.pos + 4)
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw new Stop()
        out += String.fromCharCode(Number.parseInt(hex, 16))
        this.pos += 4
      } else out += ESCAPES[escaped] ?? escaped
    }
  }

  /** Numbers, literals and unquoted text up to the next delimiter. */
  private bare(): Relaxed {
    const match = /^[^,{}[\]\n]*/.exec(this.text.slice(this.pos, this.pos + 200))
    const raw = (match?.[0] ?? '').trim()
    if (raw === '') throw new Stop()
    this.pos += match?.[0].length ?? 0
    if (/^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(raw)) return Number(raw)
    const literals: Readonly<Record<string, Relaxed>> = { true: true, false: false, null: null, True: true, False: false, None: null }
    return raw in literals ? (literals[raw] as Relaxed) : raw
  }

  private space(): void {
    for (;;) {
      const rest = this.text.slice(this.pos, this.pos + 2)
      if (/^\s/.test(rest)) this.pos++
      else if (rest === '//') this.skipPast('\n')
      else if (rest === '/*') this.skipPast('*/')
      else return
    }
  }

  private skipPast(end: string): void {
    const at = this.text.indexOf(end, this.pos + 2)
    if (at === -1) throw new Stop()
    this.pos = at + end.length
  }

  private peek(): string {
    if (this.pos >= this.text.length) throw new Stop()
    return this.text[this.pos] as string
  }

  private take(): string {
    const c = this.peek()
    this.pos++
    return c
  }

  private expect(c: string): void {
    if (this.take() !== c) throw new Stop()
  }
}
