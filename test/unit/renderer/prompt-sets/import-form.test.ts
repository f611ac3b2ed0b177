import { describe, expect, it } from 'vitest'
import { assertImportable } from '../../../../src/main/core/evaluators/rse/import/import-error'
import { prepareImport } from '../../../../src/main/core/evaluators/rse/import/prepare-import'
import { toPreview } from '../../../../src/main/core/evaluators/rse/import/preview'
import {
  DETECTED,
  NAME_MAX_CHARS,
  NO_MAPPING,
  SOURCE_NOTE_MAX_CHARS,
  changeMapping,
  fieldOptions,
  importCount,
  importErrorsFrom,
  importReadiness,
  importedMessage,
  mappingChoiceFrom,
  mappingFromChoice,
  mappingToSend,
  shownChoice,
  toImportInput,
  validateImport,
  type ImportDetails,
  type MappingMode,
} from '../../../../src/renderer/src/features/prompt-sets/import-form'
import { ApiError } from '../../../../src/renderer/src/lib/api'
import { FORM_ERROR } from '../../../../src/renderer/src/lib/schema-errors'
import { AppError } from '../../../../src/shared/contract/errors'
import {
  importPromptSetSchema,
  type FieldMapping,
  type PromptSet,
  type PromptSetImportResult,
  type PromptSetPreview,
} from '../../../../src/shared/contract/prompt-sets'

/** The backend's own preview of a file, so these tests follow what it really reports. */
function preview(fileName: string, content: string, mapping?: FieldMapping): PromptSetPreview {
  return toPreview(prepareImport(fileName, content, mapping ? { mapping } : {}))
}

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

const CSV_NEEDS_MAPPING = 'Question,Topic\nWhat is 2+2?,maths\nWhy is the sky blue?,physics\n  what is 2+2? ,maths\n'
const JSONL_BROKEN = '{"prompt": "one"}\n{"prompt": "two", }\n{"prompt": "three"}\n'
const JSONL_EMPTY_PROMPT = '{"id": "a", "prompt": "one"}\n{"id": "b", "prompt": ""}\n{"id": "c", "prompt": "three"}\n'
const SHAREGPT = JSON.stringify([
  {
    id: 's1',
    conversations: [
      { from: 'gpt', value: 'Hello' },
      { from: 'human', value: 'Write a haiku about rain.' },
    ],
  },
  { id: 's2', conversations: [{ from: 'human', value: 'Explain recursion.' }] },
])

const DETAILS: ImportDetails = { name: ' Exam questions ', domain: 'general', sourceNote: '  ', keepDuplicates: false, skipInvalid: false }
const FILE = { fileName: 'exam.csv', content: CSV_NEEDS_MAPPING }

describe('the field mapping, between the form and the API', () => {
  it('shows a detected mapping in the selects, with "" for none', () => {
    expect(mappingChoiceFrom({ promptField: 'prompt', idField: 'uid', categoryField: 'category' })).toEqual({
      promptField: 'prompt',
      idField: 'uid',
      categoryField: 'category',
    })
    expect(mappingChoiceFrom({ promptField: 'problem' })).toEqual({ promptField: 'problem', idField: '', categoryField: '' })
    expect(mappingChoiceFrom(undefined)).toEqual(NO_MAPPING)
  })

  it('sends only the fields chosen, trimmed, and nothing while no prompt field is chosen', () => {
    expect(mappingFromChoice({ promptField: ' Question ', idField: '', categoryField: 'Topic' })).toEqual({ promptField: 'Question', categoryField: 'Topic' })
    expect(mappingFromChoice({ promptField: '', idField: 'id', categoryField: '' })).toBeUndefined()
    expect(mappingFromChoice({ promptField: 'x'.repeat(201), idField: '', categoryField: '' })).toBeUndefined()
  })

  it('sends no mapping while the detected layout is used, so layouts with their own rules keep them', () => {
    const found = preview('chats.json', SHAREGPT)
    expect(found.shape).toBe('sharegpt')
    expect(mappingToSend(DETECTED)).toBeUndefined()
    // The selects still show what detection used.
    expect(shownChoice(DETECTED, found).promptField).toBe('conversations.0.value')
  })

  it('switches to the person’s mapping at the first change, keeping the other detected fields', () => {
    const found = preview('arena.jsonl', '{"uid": "u1", "category": "c", "prompt": "p1"}\n{"uid": "u2", "category": "c", "prompt": "p2"}\n')
    const mode = changeMapping(DETECTED, found, 'categoryField', '')
    expect(mode).toEqual({ kind: 'custom', choice: { promptField: 'prompt', idField: 'uid', categoryField: '' } })
    expect(mappingToSend(mode)).toEqual({ promptField: 'prompt', idField: 'uid' })
    const again = changeMapping(mode, found, 'idField', '')
    expect(mappingToSend(again)).toEqual({ promptField: 'prompt' })
  })

  it('a mapping chosen for an unrecognised CSV is what the backend then reads', () => {
    const before = preview('exam.csv', CSV_NEEDS_MAPPING)
    expect(before.shape).toBeUndefined()
    const mode = changeMapping(DETECTED, before, 'promptField', 'Question')
    const after = preview('exam.csv', CSV_NEEDS_MAPPING, mappingToSend(mode))
    expect(after).toMatchObject({ shape: 'custom', itemCount: 2, duplicateCount: 1, canImport: true })
  })

  it('lists each field once, and keeps the current value even when the preview did not list it', () => {
    expect(fieldOptions(['a', 'b', 'a'], 'b')).toEqual(['a', 'b'])
    expect(fieldOptions(['a'], 'turns.0.content')).toEqual(['turns.0.content', 'a'])
    expect(fieldOptions([], '')).toEqual([])
  })
})

/** What the dialog's Import does: check with the contract's schema, then build the input. */
function buildImportInput(file: typeof FILE, details: ImportDetails, mode: MappingMode) {
  const errors = validateImport(file, details, mode)
  return Object.keys(errors).length > 0 ? { ok: false as const, errors } : { ok: true as const, input: toImportInput(file, details, mode) }
}

describe('validateImport and toImportInput', () => {
  it('builds input the route accepts: trimmed name, no empty note, the options chosen', () => {
    const built = buildImportInput(
      FILE,
      { ...DETAILS, keepDuplicates: true },
      { kind: 'custom', choice: { promptField: 'Question', idField: '', categoryField: 'Topic' } },
    )
    expect(built).toEqual({
      ok: true,
      input: {
        fileName: 'exam.csv',
        content: CSV_NEEDS_MAPPING,
        name: 'Exam questions',
        domain: 'general',
        mapping: { promptField: 'Question', categoryField: 'Topic' },
        keepDuplicates: true,
        skipInvalid: false,
      },
    })
    if (built.ok) expect(importPromptSetSchema.safeParse(built.input).success).toBe(true)
  })

  it('sends no mapping with the detected layout, and the note when there is one', () => {
    const built = buildImportInput(FILE, { ...DETAILS, sourceNote: ' CC0, written by us. ' }, DETECTED)
    expect(built.ok && built.input).toMatchObject({ sourceNote: 'CC0, written by us.' })
    expect(built.ok && 'mapping' in built.input).toBe(false)
  })

  it('refuses what the backend would refuse, next to the field', () => {
    const mode: MappingMode = { kind: 'custom', choice: NO_MAPPING }
    expect(validateImport(FILE, { ...DETAILS, name: '   ', sourceNote: 'x'.repeat(2_001) }, mode)).toEqual({
      // The contract's own message (the form's had a full stop).
      name: 'Give the prompt set a name',
      sourceNote: 'Use at most 2,000 characters (this is 2,001).',
      mapping: 'Choose the field that holds the prompts, or go back to the detected layout.',
    })
    expect(validateImport(FILE, { ...DETAILS, name: 'n'.repeat(121) }, DETECTED)).toEqual({ name: 'Use at most 120 characters (this is 121).' })
    expect(validateImport(FILE, { ...DETAILS, domain: 'poetry' as ImportDetails['domain'] }, DETECTED)).toEqual({
      domain: 'Choose what kind of prompts these are.',
    })
  })

  it('takes the limits from the contract: a 120-character name and a 2,000-character note pass', () => {
    expect(NAME_MAX_CHARS).toBe(120)
    expect(SOURCE_NOTE_MAX_CHARS).toBe(2_000)
    expect(validateImport(FILE, { ...DETAILS, name: 'n'.repeat(120), sourceNote: 'x'.repeat(2_000) }, DETECTED)).toEqual({})
  })

  it('puts what belongs to no field in the alert', () => {
    const errors = validateImport({ ...FILE, fileName: ' ' }, DETAILS, DETECTED)
    expect(errors).toEqual({ [FORM_ERROR]: 'The file needs a name' })
  })
})

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
