import { describe, expect, it } from 'vitest'
import { prepareImport } from '../../../../src/main/core/evaluators/rse/import/prepare-import'
import { toPreview } from '../../../../src/main/core/evaluators/rse/import/preview'
import { SHAPE_RULES } from '../../../../src/main/core/evaluators/rse/import/shapes'
import {
  DOMAIN_LABELS,
  FORMAT_LABELS,
  SHAPE_LABELS,
  countProblems,
  formatDuplicate,
  formatProblem,
  originLines,
  problemListCaption,
  shapeLabel,
  suggestedDomain,
} from '../../../../src/renderer/src/features/prompt-sets/format'
import { PROMPT_SET_DOMAINS, type PromptSet } from '../../../../src/shared/contract/prompt-sets'

describe('formatProblem', () => {
  it('keeps the backend’s message when it already names the line', () => {
    expect(formatProblem({ level: 'file', line: 2, message: 'Line 2 is not valid JSON: column 19: expected a field name in double quotes.' })).toBe(
      'Line 2 is not valid JSON: column 19: expected a field name in double quotes.',
    )
    expect(formatProblem({ level: 'record', line: 40, message: 'Item 3 (line 40): "prompt" is empty.' })).toBe('Item 3 (line 40): "prompt" is empty.')
  })

  it('puts the line in front when the message does not say it', () => {
    expect(formatProblem({ level: 'warning', line: 7, message: 'Odd character.' })).toBe('Line 7: Odd character.')
  })

  it('leaves problems of the whole file as they are', () => {
    expect(formatProblem({ level: 'file', message: ' The file is empty. ' })).toBe('The file is empty.')
  })

  it('formats every problem the backend reports for a broken file with its line', () => {
    const { problems } = toPreview(prepareImport('broken.jsonl', '{"prompt": "a"}\n{"prompt": \n{"prompt": ""}\n'))
    expect(problems.map(formatProblem)).toEqual([expect.stringMatching(/^Line 2 is not valid JSON/), 'Line 3: "prompt" is empty.'])
    expect(countProblems(problems)).toEqual({ file: 1, record: 1, warning: 0 })
  })
})

describe('problemListCaption', () => {
  it('says when the list was cut short', () => {
    expect(problemListCaption(0, 0)).toBe('0 problems')
    expect(problemListCaption(1, 1)).toBe('1 problem')
    expect(problemListCaption(100, 2_345)).toBe('The first 100 of 2,345 problems')
  })
})

describe('labels', () => {
  it('has a short label for every layout the backend recognises, and for none', () => {
    for (const rule of SHAPE_RULES) expect(SHAPE_LABELS[rule.shape]).toBeTruthy()
    expect(shapeLabel('arena-hard')).toBe('Arena-Hard questions')
    expect(shapeLabel('sharegpt')).toBe('ShareGPT conversations')
    expect(shapeLabel('numina-math')).toBe('NuminaMath problems')
    expect(shapeLabel(undefined)).toBe('Not recognised')
  })

  it('names every domain and format', () => {
    for (const domain of PROMPT_SET_DOMAINS) expect(DOMAIN_LABELS[domain]).toBeTruthy()
    expect(Object.keys(FORMAT_LABELS).sort()).toEqual(['csv', 'json', 'jsonl', 'tsv'])
  })

  it('suggests the domain the paper gave each public set', () => {
    expect(suggestedDomain('arena-hard')).toBe('general')
    expect(suggestedDomain('numina-math')).toBe('math')
    expect(suggestedDomain('sharegpt')).toBe('instruction')
    expect(suggestedDomain('instruction')).toBe('instruction')
    expect(suggestedDomain('prompt')).toBe('other')
    expect(suggestedDomain(undefined)).toBe('other')
  })
})

describe('formatDuplicate', () => {
  it('says which prompt a duplicate repeats, and where', () => {
    expect(formatDuplicate({ id: 'line-5', line: 5, duplicateOf: 'line-2' })).toBe('“line-5” (line 5) repeats “line-2”')
    expect(formatDuplicate({ id: 'q9', duplicateOf: 'q1' })).toBe('“q9” repeats “q1”')
  })
})

describe('originLines', () => {
  const base: PromptSet = {
    id: 'pset_1',
    name: 'n',
    domain: 'general',
    sourceNote: '',
    builtin: false,
    createdAt: '2025-01-01T00:00:00.000Z',
    itemCount: 3,
    contentHash: 'h',
    origin: {},
  }

  it('says where a set came from and what was left out', () => {
    expect(originLines({ ...base, origin: { fileName: 'exam.csv', format: 'csv', shape: 'custom', skippedDuplicates: 1, skippedInvalid: 0 } })).toEqual([
      'Imported from exam.csv (CSV); prompts found as: Your field mapping.',
      'Left out when imported: 1 duplicate.',
    ])
    expect(
      originLines({
        ...base,
        origin: { url: 'https://example.org/q.jsonl', fileName: 'q.jsonl', format: 'jsonl', shape: 'arena-hard', skippedDuplicates: 2, skippedInvalid: 3 },
      }),
    ).toEqual([
      'Downloaded from https://example.org/q.jsonl.',
      'File q.jsonl (JSON Lines); prompts found as: Arena-Hard questions.',
      'Left out when imported: 2 duplicates and 3 unusable records.',
    ])
    expect(originLines({ ...base, builtin: true })).toEqual(['Comes with Distillscope: written by its team, the same on every computer.'])
    expect(originLines(base)).toEqual([])
  })
})
