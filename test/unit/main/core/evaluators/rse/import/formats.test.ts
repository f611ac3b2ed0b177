import { describe, expect, it } from 'vitest'
import { prepareImport } from '../../../../../../../src/main/core/evaluators/rse/import/prepare-import'
import { toPreview } from '../../../../../../../src/main/core/evaluators/rse/import/preview'
import { detectFormat } from '../../../../../../../src/main/core/files/read-records'

const preview = (fileName: string, content: string) => toPreview(prepareImport(fileName, content))

describe('JSON Lines', () => {
  it('reads one record per line, skipping blank lines, with ids from line numbers', () => {
    const result = preview('set.jsonl', '{"prompt": "First"}\n\n{"prompt": "Second"}\n')
    expect(result.format).toBe('jsonl')
    expect(result.items).toEqual([
      { id: 'line-1', prompt: 'First' },
      { id: 'line-3', prompt: 'Second' },
    ])
    expect(result.canImport).toBe(true)
  })

  it('accepts CRLF line endings and a byte-order mark', () => {
    const result = preview('set.jsonl', '\uFEFF{"prompt": "First"}\r\n{"prompt": "Second"}\r\n')
    expect(result.items.map((item) => item.prompt)).toEqual(['First', 'Second'])
    expect(result.problemCount).toBe(0)
  })

  it('is recognised in a .json file whose lines are separate objects', () => {
    expect(detectFormat('numina.json', '{"problem": "a"}\n{"problem": "b"}\n')).toBe('jsonl')
    expect(detectFormat('data', '{"problem": "a"}\n{"problem": "b"}\n')).toBe('jsonl')
    expect(detectFormat('set.json', '{\n  "data": []\n}\n')).toBe('json')
    expect(detectFormat('set.txt', '[{"prompt": "a"}]')).toBe('json')
    expect(detectFormat('set.TSV', 'a\tb')).toBe('tsv')
  })
})

describe('JSON', () => {
  it('reads a list of records, with item ids and the line each starts on', () => {
    const result = prepareImport('set.json', '[\n  {"prompt": "One"},\n  {\n    "prompt": "Two"\n  }\n]')
    expect(result.items).toEqual([
      { id: 'item-1', prompt: 'One' },
      { id: 'item-2', prompt: 'Two' },
    ])
  })

  it('reads the list under "data"', () => {
    const result = preview('set.json', '{"version": 2, "data": [{"question": "Why?"}, {"question": "How?"}]}')
    expect(result.format).toBe('json')
    expect(result.shape).toBe('question')
    expect(result.itemCount).toBe(2)
  })

  it('refuses a JSON value that is not a list of records', () => {
    const result = preview('set.json', '{"prompts": [{"prompt": "x"}]}')
    expect(result.canImport).toBe(false)
    expect(result.problems[0]?.message).toContain('"data" list')
  })
})

describe('CSV', () => {
  it('reads a header row and cells with commas, doubled quotes and line breaks', () => {
    const csv = 'id,prompt\n7,"Hello, world"\n8,"Say ""hi"""\n9,"Two\nlines"\n'
    const result = preview('set.csv', csv)
    expect(result.format).toBe('csv')
    expect(result.items).toEqual([
      { id: '7', prompt: 'Hello, world' },
      { id: '8', prompt: 'Say "hi"' },
      { id: '9', prompt: 'Two\nlines' },
    ])
  })

  it('handles a byte-order mark, CRLF and blank lines, and names rows by the line they start on', () => {
    const csv = '\uFEFFprompt,topic\r\n"first\r\nprompt",a\r\n\r\nsecond,b\r\n'
    const result = prepareImport('excel.csv', csv)
    expect(result.items).toEqual([
      { id: 'line-2', prompt: 'first\r\nprompt', metadata: { topic: 'a' } },
      { id: 'line-5', prompt: 'second', metadata: { topic: 'b' } },
    ])
    expect(result.fields).toEqual(['prompt', 'topic'])
  })

  it('reads tab-separated files', () => {
    const result = preview('set.tsv', 'question\tcategory\nWhat is 2+2?\tmaths\n')
    expect(result.items).toEqual([{ id: 'line-2', prompt: 'What is 2+2?', category: 'maths' }])
  })

  it('refuses repeated column names, naming them, while the preview still lists every column', () => {
    const result = preview('set.csv', 'prompt,note,note\nHi,a,b\n')
    expect(result.fields).toEqual(['prompt', 'note', 'note (3)'])
    expect(result.problems).toEqual([
      expect.objectContaining({
        level: 'file',
        line: 1,
        field: 'note',
        message: "Line 1: column 'note' appears twice (columns 2 and 3). Give each column its own name.",
      }),
    ])
    expect(result.canImport).toBe(false)
  })
})
