import { describe, expect, it } from 'vitest'
import {
  DETECTED,
  NAME_MAX_CHARS,
  NO_MAPPING,
  SOURCE_NOTE_MAX_CHARS,
  changeMapping,
  fieldOptions,
  mappingChoiceFrom,
  mappingFromChoice,
  mappingToSend,
  shownChoice,
  toImportInput,
  validateImport,
  type ImportDetails,
  type MappingMode,
} from '../../../../src/renderer/src/features/prompt-sets/import-form'
import { FORM_ERROR } from '../../../../src/renderer/src/lib/schema-errors'
import { importPromptSetSchema } from '../../../../src/shared/contract/prompt-sets'
import { CSV_NEEDS_MAPPING, SHAREGPT, preview } from './import-fixtures'

/* From the import dialog's fields to the route's input: the field mapping, the checks and the input built. */

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
