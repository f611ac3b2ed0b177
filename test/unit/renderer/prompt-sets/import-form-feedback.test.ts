import { describe, expect, it } from 'vitest'
import { assertImportable } from '../../../../src/main/core/evaluators/rse/import/import-error'
import { prepareImport } from '../../../../src/main/core/evaluators/rse/import/prepare-import'
import { importCount, importErrorsFrom, importReadiness, importedMessage } from '../../../../src/renderer/src/features/prompt-sets/import-form'
import { ApiError } from '../../../../src/renderer/src/lib/api'
import { AppError } from '../../../../src/shared/contract/errors'
import type { PromptSet, PromptSetImportResult } from '../../../../src/shared/contract/prompt-sets'
import { CSV_NEEDS_MAPPING, JSONL_BROKEN, JSONL_EMPTY_PROMPT, SHAREGPT, preview } from './import-fixtures'

/* What the import dialog tells the person: whether the file can be imported, why not, and what was imported. */

/** The error the backend's import would send for this file, as the window receives it. */
function importError(fileName: string, content: string, skipInvalid = false): ApiError {
  try {
    assertImportable(prepareImport(fileName, content), skipInvalid)
  } catch (error) {
    if (error instanceof AppError) return new ApiError(error.code, error.message, error.issues ?? [])
    throw error
  }
  throw new Error('expected the import to be refused')
}

describe('importReadiness agrees with the backend', () => {
  const options = { keepDuplicates: false, skipInvalid: false }

  it.each([
    ['question.jsonl', '{"uid": "a", "prompt": "one"}\n{"uid": "b", "prompt": "two"}\n'],
    ['exam.csv', CSV_NEEDS_MAPPING],
    ['broken.jsonl', JSONL_BROKEN],
    ['holes.jsonl', JSONL_EMPTY_PROMPT],
    ['chats.json', SHAREGPT],
    ['empty.csv', ''],
    ['header-only.csv', 'prompt\n'],
    ['not-json.json', '{"data": 1}'],
  ])('%s: ready exactly when the backend says it can be imported', (fileName, content) => {
    const found = preview(fileName, content)
    expect(importReadiness(found, options).kind === 'ready').toBe(found.canImport)
  })

  it('asks for the mapping when the layout was not recognised', () => {
    const readiness = importReadiness(preview('exam.csv', CSV_NEEDS_MAPPING), options)
    expect(readiness).toMatchObject({ kind: 'blocked', fixable: 'mapping' })
    expect(readiness.kind === 'blocked' && readiness.reason).toMatch(/^Could not tell which field holds the prompts\..*Fields found: Question, Topic\./)
  })

  it('names the line of a file problem', () => {
    expect(importReadiness(preview('broken.jsonl', JSONL_BROKEN), options)).toMatchObject({
      kind: 'blocked',
      fixable: 'file',
      reason: expect.stringMatching(/^Line 2 is not valid JSON: column \d+: /),
    })
  })

  it('offers to skip unusable records, and is ready once they are skipped', () => {
    const found = preview('holes.jsonl', JSONL_EMPTY_PROMPT)
    expect(importReadiness(found, options)).toEqual({
      kind: 'blocked',
      fixable: 'skip',
      reason: '1 record cannot be used (see the problems below). Fix it in the file, or choose “Skip unusable records” to import the rest.',
    })
    expect(importReadiness(found, { ...options, skipInvalid: true })).toEqual({ kind: 'ready', count: 2 })
  })

  it('counts duplicates in only when they are kept', () => {
    const found = preview('exam.csv', CSV_NEEDS_MAPPING, { promptField: 'Question' })
    expect(importReadiness(found, options)).toEqual({ kind: 'ready', count: 2 })
    expect(importReadiness(found, { ...options, keepDuplicates: true })).toEqual({ kind: 'ready', count: 3 })
    expect(importCount(found, true)).toBe(
      prepareImport('exam.csv', CSV_NEEDS_MAPPING, { mapping: { promptField: 'Question' }, keepDuplicates: true }).items.length,
    )
  })
})

describe('importErrorsFrom', () => {
  it('shows the backend’s refusal of a file: nothing imported, the line named, and the other problems listed', () => {
    const content = '{"prompt": "one"}\n{"prompt": "two", }\n{"prompt": three}\n'
    const errors = importErrorsFrom(importError('broken.jsonl', content))
    expect(errors.general).toMatch(/^Nothing was imported from "broken\.jsonl"\. Line 2 is not valid JSON: column \d+: .*There is 1 more problem\.$/)
    expect(errors.fields).toEqual({})
    expect(errors.problems).toEqual([expect.stringMatching(/^Line 3 is not valid JSON/)])
  })

  it('never puts a file’s own field names next to the form’s fields (a CSV column called "name")', () => {
    const content = 'name,prompt\nx,one\ny,\n'
    const errors = importErrorsFrom(importError('people.csv', content))
    expect(errors.fields).toEqual({})
    expect(errors.general).toMatch(/^Nothing was imported from "people\.csv"\. Line 3: "prompt" is empty\. Fix the file, or choose to skip unusable records\.$/)
    expect(errors.problems).toEqual([])
  })

  it('puts details the route refused next to their fields', () => {
    const error = new ApiError('invalid_input', 'Invalid input for promptSets.import: name: Give the prompt set a name; mapping.promptField: Name a field', [
      { path: 'name', message: 'Give the prompt set a name' },
      { path: 'mapping.promptField', message: 'Name a field' },
      { path: 'content', message: 'The file is larger than 64 MB' },
    ])
    expect(importErrorsFrom(error)).toEqual({
      fields: { name: 'Give the prompt set a name', mapping: 'Name a field' },
      general: 'content: The file is larger than 64 MB',
      problems: [],
    })
  })

  it('puts a name already taken on the name field', () => {
    const message = 'A prompt set named “My questions” already exists. Choose another name.'
    expect(importErrorsFrom(new ApiError('conflict', message, [{ path: 'name', message }]))).toEqual({
      fields: { name: message },
      general: 'Some details need attention. See the messages next to the fields.',
      problems: [],
    })
    // Another conflict stays in the alert.
    expect(importErrorsFrom(new ApiError('conflict', 'Something else.'))).toMatchObject({ fields: {}, general: 'Something else.' })
  })

  it('shows other failures as they are, and never a stack', () => {
    expect(importErrorsFrom(new ApiError('unavailable', 'Cannot reach the Distillscope backend. Is it still running?'))).toEqual({
      fields: {},
      general: 'Cannot reach the Distillscope backend. Is it still running?',
      problems: [],
    })
    expect(importErrorsFrom(new TypeError('x is undefined'))).toEqual({
      fields: {},
      general: 'Something unexpected went wrong. Try again, or restart Distillscope.',
      problems: [],
    })
  })
})

describe('importedMessage', () => {
  const set: PromptSet = {
    id: 'pset_1',
    name: 'exam-questions',
    domain: 'general',
    sourceNote: '',
    builtin: false,
    createdAt: '2025-01-01T00:00:00.000Z',
    itemCount: 3,
    contentHash: 'abc',
    origin: {},
  }
  const result = (overrides: Partial<PromptSetImportResult> = {}): PromptSetImportResult => ({
    set,
    created: true,
    skippedDuplicates: 0,
    skippedInvalid: 0,
    warnings: [],
    ...overrides,
  })

  it('says what was stored and what was left out', () => {
    expect(importedMessage(result())).toBe('Imported “exam-questions”: 3 prompts.')
    expect(importedMessage(result({ skippedDuplicates: 1 }))).toBe('Imported “exam-questions”: 3 prompts (1 duplicate skipped).')
    expect(
      importedMessage(
        result({
          skippedDuplicates: 2,
          skippedInvalid: 1,
          warnings: [
            { level: 'warning', message: 'w' },
            { level: 'warning', message: 'v' },
          ],
        }),
      ),
    ).toBe('Imported “exam-questions”: 3 prompts (2 duplicates skipped, 1 unusable record left out, 2 warnings, as the preview showed).')
    expect(importedMessage(result({ set: { ...set, itemCount: 1 } }))).toBe('Imported “exam-questions”: 1 prompt.')
  })
})
