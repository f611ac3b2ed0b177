import { describe, expect, it } from 'vitest'
import { importQuestions } from '../../../../../../../src/main/core/evaluators/ice/import/questions'
import { assertImportable } from '../../../../../../../src/main/core/evaluators/rse/import/import-error'
import { prepareImport } from '../../../../../../../src/main/core/evaluators/rse/import/prepare-import'
import { toPreview } from '../../../../../../../src/main/core/evaluators/rse/import/preview'

const preview = (fileName: string, content: string) => toPreview(prepareImport(fileName, content))

/** The message an import is refused with (failing the test when it is accepted). */
function refusal(fileName: string, content: string): string {
  try {
    assertImportable(prepareImport(fileName, content), false)
  } catch (error) {
    return (error as Error).message
  }
  throw new Error('expected the import to be refused')
}

// Issue 12, item 8: edges of the files people import.
describe('mixed line endings in a CSV', () => {
  it('keeps every row apart when CRLF and a bare CR are mixed', () => {
    const result = preview('set.csv', 'id,prompt\r\n1,first\r2,second\r\n3,third\n4,fourth\r')
    expect(result.items.map((item) => item.prompt)).toEqual(['first', 'second', 'third', 'fourth'])
    expect(result.problemCount).toBe(0)
  })

  it('keeps rows apart when the first line ends with a bare CR', () => {
    const result = preview('set.csv', 'id,prompt\r1,first\r\n2,second\n')
    expect(result.items.map((item) => item.prompt)).toEqual(['first', 'second'])
  })

  it('keeps line breaks inside a quoted cell as one cell, byte for byte', () => {
    const result = preview('set.csv', 'id,prompt\r\n1,"two\r\nlines ""and\r\nquotes"""\r2,next\r\n3,5" screen\r4,"a\rb"\n')
    expect(result.items.map((item) => item.prompt)).toEqual(['two\r\nlines "and\r\nquotes"', 'next', '5" screen', 'a\rb'])
  })

  it('reads ICE question files the same way', () => {
    const questions = importQuestions('id,query\r\nq1,Who are you?\rq2,Who made you?\r\n', { fileName: 'q.csv' })
    expect(questions.map((question) => question.text)).toEqual(['Who are you?', 'Who made you?'])
  })
})

describe('NUL bytes', () => {
  it('refuses a prompt file with a NUL byte, naming the file and the line', () => {
    const message = refusal('set.csv', 'id,prompt\n1,fine\n2,bad\u0000prompt\n')
    expect(message).toContain('"set.csv"')
    expect(message).toContain('Line 3')
    expect(message).toContain('NUL')
  })

  it('refuses one in a JSON Lines file too', () => {
    expect(refusal('set.jsonl', '{"prompt": "ok"}\n{"prompt": "a\u0000b"}\n')).toContain('Line 2')
  })

  it('refuses a NUL written as an escape in JSON, naming the line', () => {
    const message = refusal('set.jsonl', '{"prompt": "ok"}\n{"prompt": "a\\u0000b"}\n')
    expect(message).toContain('"set.jsonl"')
    expect(message).toMatch(/Line 2: .*NUL/)
  })

  it('refuses an ICE question written with \\u0000 in JSON Lines, naming the line', () => {
    expect(() => importQuestions('{"query": "fine"}\n{"query": "bad\\u0000one"}\n', { fileName: 'q.jsonl' })).toThrow(/Line 2.*NUL/)
  })

  it('refuses an ICE question file with a NUL byte, naming the line', () => {
    expect(() => importQuestions('query\nfine\nbad\u0000one\n', { fileName: 'q.csv' })).toThrow(/Line 3.*NUL/)
  })
})

describe('duplicate CSV columns', () => {
  it('are named in the error with both positions', () => {
    const message = refusal('set.csv', 'prompt,id,prompt\nHi,1,Hello\n')
    expect(message).toContain("column 'prompt' appears twice (columns 1 and 3)")
    expect(message).toContain('"set.csv"')
  })

  it('name every repeated column', () => {
    const result = preview('set.csv', 'prompt,note,note,prompt\nHi,a,b,c\n')
    expect(result.canImport).toBe(false)
    const messages = result.problems.map((problem) => problem.message).join(' ')
    expect(messages).toContain("column 'note' appears twice (columns 2 and 3)")
    expect(messages).toContain("column 'prompt' appears twice (columns 1 and 4)")
  })

  it('are named in an ICE question file too', () => {
    expect(() => importQuestions('query,query\na,b\n', { fileName: 'q.csv' })).toThrow("column 'query' appears twice (columns 1 and 2)")
  })
})
