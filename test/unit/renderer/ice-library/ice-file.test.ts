import { describe, expect, it } from 'vitest'
import { checkIceFile, checkPaperFiles, importProblems, importedMessage } from '../../../../src/renderer/src/features/ice-library/ice-file'
import { ApiError } from '../../../../src/renderer/src/lib/api'
import type { IceSetSummary } from '../../../../src/shared/contract/ice-library'

const MB = 1024 * 1024

const summary = (over: Partial<IceSetSummary>): IceSetSummary => ({
  id: 'set-1',
  kind: 'questions',
  name: 'identity',
  builtin: false,
  sourceNote: '',
  itemCount: 4,
  counts: { en: 3, zh: 1 },
  contentHash: 'abc',
  createdAt: '2025-06-01T00:00:00.000Z',
  ...over,
})

describe('checkIceFile', () => {
  it('accepts a text file of any usual extension', () => {
    expect(checkIceFile({ name: 'questions.csv', size: 2_000 }, 'question')).toBeUndefined()
    expect(checkIceFile({ name: 'seeds', size: 2_000 }, 'template')).toBeUndefined()
  })

  it('refuses spreadsheets and archives, empty files and files over the limit, saying what to do', () => {
    expect(checkIceFile({ name: 'q.xlsx', size: 10 }, 'question')).toMatch(/not a text file.*CSV \(UTF-8\) or JSON Lines/)
    expect(checkIceFile({ name: 'q.csv', size: 0 }, 'question')).toBe('“q.csv” is empty. Choose a file with one question per line or row.')
    expect(checkIceFile({ name: 'q.csv', size: 70 * MB }, 'question')).toBe('“q.csv” is 70 MB, more than the 64 MB Distillscope can read. Split it first.')
  })
})

describe('checkPaperFiles', () => {
  it('refuses two files that together exceed what one request may carry', () => {
    expect(checkPaperFiles({ name: 'a.jsonl', size: 40 * MB }, undefined)).toBeUndefined()
    expect(checkPaperFiles({ name: 'a.jsonl', size: 40 * MB }, { name: 's.csv', size: 10 * MB })).toBeUndefined()
    expect(checkPaperFiles({ name: 'a.jsonl', size: 40 * MB }, { name: 's.csv', size: 30 * MB })).toMatch(/Together the two files are 70 MB/)
  })
})

describe('importedMessage', () => {
  it('says what was added, with the breakdown by language or placeholder', () => {
    expect(importedMessage({ set: summary({}), created: true, warnings: [] })).toBe('Imported “identity”: 4 questions (3 English, 1 Chinese).')
    const seeds = summary({ kind: 'seeds', name: 'GPTFuzzer', itemCount: 77, counts: { withPlaceholder: 77, withoutPlaceholder: 0 } })
    expect(importedMessage({ set: seeds, created: true, warnings: [] })).toBe('Imported “GPTFuzzer”: 77 templates (77 with the placeholder).')
  })

  it('says nothing new was added when the same set was already there', () => {
    expect(importedMessage({ set: summary({}), created: false, warnings: [] })).toBe(
      'Nothing new was added: “identity” already holds exactly these 4 questions, so it was kept as it is.',
    )
  })
})

describe('importProblems', () => {
  it('keeps the backend’s message and lists other issues once, without repeating it', () => {
    const error = new ApiError('invalid_input', 'Nothing was imported. "q.csv", line 3: the question is empty.', [
      { path: 'line 3', message: 'Line 3: the question is empty.' },
      { path: 'name', message: 'Give the set a name' },
      { path: 'name', message: 'Give the set a name' },
    ])
    expect(importProblems(error)).toEqual({ message: 'Nothing was imported. "q.csv", line 3: the question is empty.', details: ['Give the set a name'] })
  })

  it('never shows a stack for an unexpected failure', () => {
    expect(importProblems(new TypeError('x is undefined')).message).toMatch(/Something unexpected went wrong/)
  })
})
