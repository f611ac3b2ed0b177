import { describe, expect, it } from 'vitest'
import { scanJson } from '../../../../../src/main/core/files/json-scan'

describe('JSON scanner', () => {
  it('accepts what JSON.parse accepts and records where top-level list elements start', () => {
    const text = '[ {"a": [1, 2, {"b": "x\\"y\\u00e9"}]}, 3.5e-2, "s", true, null ]'
    expect(() => JSON.parse(text)).not.toThrow()
    const scan = scanJson(text)
    expect(scan).toEqual({ ok: true, elementStarts: [2, 38, 46, 51, 57] })
  })

  it('records the elements of the list under a top-level "data" key only', () => {
    const text = '{"meta": [9, 9], "nested": {"data": [1]}, "data": [10, 20]}'
    const scan = scanJson(text)
    expect(scan.ok && scan.elementStarts.map((start) => text.slice(start, start + 2))).toEqual(['10', '20'])
  })

  const broken: [string, number, string][] = [
    ['[1,,2]', 3, 'expected a value here'],
    ['{"a" 1}', 5, 'expected : after the field name "a"'],
    ['{"a": 1,}', 8, 'expected a field name in double quotes'],
    ['[1 2]', 3, 'expected a comma or ] after a list element'],
    ['{"a": 1 "b": 2}', 8, 'expected a comma or } after a field'],
    ['["abc', 1, 'a text value is never closed'],
    ['["a\nb"]', 3, 'a line break or control character inside a text value'],
    ['["\\x"]', 2, 'a backslash starts an escape JSON does not know'],
    ['[1] 2', 4, 'there is more text after the end of the JSON value'],
    ['[01]', 2, 'expected a comma or ]'],
    ['[', 1, 'the text ends where a value was expected'],
    ['[nul]', 1, 'expected a value here'],
  ]
  for (const [text, offset, message] of broken) {
    it(`locates the error in ${JSON.stringify(text)}`, () => {
      expect(() => JSON.parse(text)).toThrow()
      const scan = scanJson(text)
      expect(scan.ok).toBe(false)
      if (scan.ok) return
      expect(scan.offset).toBe(offset)
      expect(scan.message).toContain(message)
    })
  }

  it('refuses data nested deeper than it can follow, without crashing', () => {
    const scan = scanJson(`${'['.repeat(600)}${']'.repeat(600)}`)
    expect(scan).toMatchObject({ ok: false, message: 'the data is nested too deeply' })
  })
})
