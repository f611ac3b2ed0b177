import { describe, expect, it } from 'vitest'
import {
  ACCEPTED_EXTENSIONS,
  FILE_ACCEPT,
  MAX_FILE_SIZE_TEXT,
  checkPromptFile,
  extensionOf,
  formatBytes,
  setNameFromFile,
} from '../../../../../src/renderer/src/lib/prompt-sets/prompt-file'
import { PROMPT_SET_LIMITS } from '../../../../../src/shared/contract/prompt-sets'

const LIMIT = PROMPT_SET_LIMITS.maxFileBytes

describe('formatBytes', () => {
  it('says sizes the way a person reads them', () => {
    expect(formatBytes(0)).toBe('0 bytes')
    expect(formatBytes(1)).toBe('1 byte')
    expect(formatBytes(820)).toBe('820 bytes')
    expect(formatBytes(12_800)).toBe('12.5 KB')
    expect(formatBytes(LIMIT)).toBe('64 MB')
    expect(formatBytes(LIMIT + 5 * 1024 * 1024 + 200 * 1024)).toBe('69.2 MB')
    expect(formatBytes(300 * 1024 * 1024)).toBe('300 MB')
    expect(MAX_FILE_SIZE_TEXT).toBe('64 MB')
  })
})

describe('checkPromptFile', () => {
  it('accepts text files up to the limit, exactly at the limit included', () => {
    expect(checkPromptFile({ name: 'question.jsonl', size: 620_000 })).toBeUndefined()
    expect(checkPromptFile({ name: 'prompts.csv', size: LIMIT })).toBeUndefined()
    expect(checkPromptFile({ name: 'no-extension', size: 10 })).toBeUndefined()
  })

  it('refuses a file one byte over the limit before reading it, saying its size and the limit', () => {
    const message = checkPromptFile({ name: 'sharegpt.json', size: LIMIT + 1 })
    expect(message).toBe(
      '“sharegpt.json” is 67,108,865 bytes, more than the 64 MB Distillscope can import. Split it, or keep only the prompts you need (a run can use a sample of a set anyway).',
    )
    expect(checkPromptFile({ name: 'big.jsonl', size: 700 * 1024 * 1024 })).toMatch(/^“big\.jsonl” is 700 MB, more than the 64 MB/)
  })

  it('refuses an empty file', () => {
    expect(checkPromptFile({ name: 'empty.csv', size: 0 })).toBe('“empty.csv” is empty. Choose a file with one prompt per line or row.')
  })

  it('refuses formats that are not text, saying what to do instead, whatever their size', () => {
    expect(checkPromptFile({ name: 'train-00000-of-00005.parquet', size: 10 })).toMatch(
      /looks like a Parquet or Arrow data file.*Convert it to JSON Lines or CSV first/,
    )
    expect(checkPromptFile({ name: 'Prompts.XLSX', size: 10 })).toMatch(/looks like a spreadsheet.*Save it from your spreadsheet program as CSV/)
    expect(checkPromptFile({ name: 'data.jsonl.gz', size: LIMIT * 2 })).toMatch(/looks like a compressed archive.*Extract the file inside it first/)
  })

  it('offers every extension the backend reads', () => {
    expect(ACCEPTED_EXTENSIONS).toEqual(expect.arrayContaining(['.jsonl', '.json', '.csv', '.txt', '.tsv']))
    expect(FILE_ACCEPT).toBe('.jsonl,.ndjson,.json,.csv,.tsv,.txt')
    expect(extensionOf('a.b.JSONL')).toBe('jsonl')
    expect(extensionOf('README')).toBeUndefined()
  })
})

describe('setNameFromFile', () => {
  it('uses the file name without its extension', () => {
    expect(setNameFromFile('question.jsonl')).toBe('question')
    expect(setNameFromFile('exam-questions.CSV')).toBe('exam-questions')
    expect(setNameFromFile('C:\\data\\numina sample.json')).toBe('numina sample')
    expect(setNameFromFile('notes.md')).toBe('notes.md')
  })

  it('is never empty and never longer than a name may be', () => {
    expect(setNameFromFile('.jsonl')).toBe('Imported prompts')
    expect(setNameFromFile(`${'x'.repeat(200)}.csv`)).toHaveLength(120)
  })
})
