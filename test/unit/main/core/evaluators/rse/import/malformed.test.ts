import { describe, expect, it } from 'vitest'
import { assertImportable } from '../../../../../../../src/main/core/evaluators/rse/import/import-error'
import { prepareImport } from '../../../../../../../src/main/core/evaluators/rse/import/prepare-import'
import { toPreview } from '../../../../../../../src/main/core/evaluators/rse/import/preview'
import { AppError } from '../../../../../../../src/shared/contract/errors'
import { PROMPT_SET_LIMITS } from '../../../../../../../src/shared/contract/prompt-sets'

function importError(fileName: string, content: string, skipInvalid = false): AppError {
  try {
    assertImportable(prepareImport(fileName, content), skipInvalid)
  } catch (error) {
    if (error instanceof AppError) return error
    throw error
  }
  throw new Error('expected the import to be refused')
}

describe('files that cannot be read', () => {
  it('JSON Lines: names the line and column of a syntax error, and the file', () => {
    const content = '{"prompt": "fine"}\n{"prompt": "broken",}\n{"prompt": "fine too"}\n'
    const error = importError('questions.jsonl', content)
    expect(error.code).toBe('invalid_input')
    expect(error.message).toBe('Nothing was imported from "questions.jsonl". Line 2 is not valid JSON: column 21: expected a field name in double quotes.')
    // The preview still shows what could be read.
    const preview = toPreview(prepareImport('questions.jsonl', content))
    expect(preview.itemCount).toBe(2)
    expect(preview.canImport).toBe(false)
  })

  it('JSON Lines: a line break inside a text value is located where the text starts going wrong', () => {
    const error = importError('q.jsonl', '{"prompt": "ok"}\n{"prompt": "no closing quote}\n')
    expect(error.message).toContain('Line 2 is not valid JSON: column 12: a text value is never closed')
  })

  it('JSON: names the line and column even where V8 gives no position', () => {
    const error = importError('set.json', '[\n  {"prompt": "a"},\n  {"prompt": tru}\n]')
    expect(error.message).toBe(
      'Nothing was imported from "set.json". The file is not valid JSON: line 3, column 14: expected a value here (text in double quotes, a number, true, false, null, {...} or [...]).',
    )
  })

  it('JSON: a missing comma between records', () => {
    const error = importError('set.json', '[\n  {"prompt": "a"}\n  {"prompt": "b"}\n]')
    expect(error.message).toContain('line 3, column 3: expected a comma or ] after a list element')
  })

  it('CSV: an unclosed quote names the line its row starts on', () => {
    const error = importError('set.csv', 'id,prompt\n1,fine\n2,"never closed\n3,more\n')
    expect(error.message).toBe(
      'Nothing was imported from "set.csv". Line 3: a quoted cell is never closed (a " is missing), so the rest of the file cannot be read.',
    )
  })

  it('an empty file, and a file with only a header', () => {
    expect(importError('set.jsonl', '  \n').message).toContain('The file is empty.')
    expect(importError('set.csv', 'prompt\n').message).toContain('The file has no usable prompts.')
  })

  it('more records than a set may hold', () => {
    const line = '{"prompt": "p"}\n'
    const preview = toPreview(prepareImport('big.jsonl', line.repeat(PROMPT_SET_LIMITS.maxItems + 1)))
    expect(preview.canImport).toBe(false)
    expect(preview.problems[0]?.message).toContain('more than 200,000 records')
  })
})

describe('records that cannot be used', () => {
  const cases: [string, string, string][] = [
    ['an empty prompt', '{"prompt": "   "}', 'Line 2: "prompt" is empty.'],
    ['a prompt of the wrong type', '{"prompt": 42}', 'Line 2: "prompt" should be text but is a number.'],
    ['a list instead of a prompt', '{"prompt": ["a"]}', 'Line 2: "prompt" should be text but is a list.'],
    ['a line that is not a record', '[1, 2]', 'Line 2: expected a record with fields, like {"prompt": "..."}.'],
  ]
  for (const [what, second, message] of cases) {
    it(`reports ${what} with its line and refuses the file`, () => {
      const content = `{"id": "a", "prompt": "fine"}\n${second}\n`
      const error = importError('set.jsonl', content)
      expect(error.message).toBe(`Nothing was imported from "set.jsonl". ${message} Fix the file, or choose to skip unusable records.`)
      expect(error.issues?.[0]?.message).toBe(message)
    })
  }

  it('reports an id of the wrong type when the id field was chosen', () => {
    const prepared = prepareImport('set.jsonl', '{"key": "a", "prompt": "x"}\n{"key": {"n": 1}, "prompt": "y"}\n', {
      mapping: { promptField: 'prompt', idField: 'key' },
    })
    expect(prepared.problems.list()).toEqual([
      { level: 'record', line: 2, field: 'key', message: 'Line 2: the id in "key" should be text or a whole number but is an object.' },
    ])
  })

  it('numbers prompts by position, with a warning, when only some records have an id', () => {
    const preview = toPreview(prepareImport('set.jsonl', '{"id": "a", "prompt": "x"}\n{"prompt": "y"}\n'))
    expect(preview.items.map((item) => item.id)).toEqual(['line-1', 'line-2'])
    expect(preview.canImport).toBe(true)
    expect(preview.problems).toEqual([expect.objectContaining({ level: 'warning', message: expect.stringContaining('no usable "id"') })])
  })

  it('names the field of an over-long prompt and the limit', () => {
    const long = 'x'.repeat(PROMPT_SET_LIMITS.maxPromptChars + 1)
    const error = importError('set.csv', `question\nshort\n${long}\n`)
    expect(error.message).toContain('Line 3: "question" is 100,001 characters long; the limit is 100,000.')
    expect(error.issues?.[0]?.path).toBe('question')
  })

  it('counts further problems in the message', () => {
    const error = importError('set.jsonl', '{"prompt": ""}\n{"prompt": ""}\n{"prompt": ""}\n{"prompt": "ok"}\n')
    expect(error.message).toContain('Line 1: "prompt" is empty. There are 2 more problems.')
    expect(error.issues).toHaveLength(3)
  })

  it('imports the rest when unusable records may be skipped, and counts them', () => {
    const prepared = prepareImport('set.jsonl', '{"prompt": ""}\n{"prompt": "ok"}\n{"prompt": 3}\n')
    expect(() => assertImportable(prepared, true)).not.toThrow()
    expect(prepared.items).toEqual([{ id: 'line-2', prompt: 'ok' }])
    expect(prepared.invalidCount).toBe(2)
  })

  it('never skips a syntax error, even when unusable records may be skipped', () => {
    expect(importError('set.jsonl', '{"prompt": "ok"}\n{oops}\n', true).message).toContain('Line 2 is not valid JSON')
  })

  it('an id used twice makes the later record unusable', () => {
    const error = importError('set.jsonl', '{"id": "q1", "prompt": "first"}\n{"id": "q1", "prompt": "second"}\n')
    expect(error.message).toContain('Line 2: the id "q1" was already used (line 1); each prompt needs its own id.')
  })

  it('warns about replacement characters without refusing the file', () => {
    const preview = toPreview(prepareImport('set.csv', 'prompt\ncaf\uFFFD au lait\n'))
    expect(preview.canImport).toBe(true)
    expect(preview.problems).toEqual([
      expect.objectContaining({ level: 'warning', line: 2, field: 'prompt', message: expect.stringContaining('not saved as UTF-8') }),
    ])
  })

  it('CSV: a row with the wrong number of cells', () => {
    const error = importError('set.csv', 'id,prompt\n1,fine\n2,too,many\n')
    expect(error.message).toContain('Line 3 has 3 cells but the header has 2 columns.')
  })

  it('JSON: records are named by item and line', () => {
    const error = importError('set.json', '[\n  {"prompt": "a"},\n  {\n    "prompt": null\n  }\n]')
    expect(error.message).toContain('Item 2 (line 3): "prompt" should be text but is empty (null).')
  })
})
