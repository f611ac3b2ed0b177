import { describe, expect, it } from 'vitest'
import { builtinIdentityQuestions, builtinSeedTemplates } from '../../../../../src/main/core/evaluators/ice/data/builtin-data'
import type { IceSetDetail, IceSetImportResult, IceSetSummary } from '../../../../../src/shared/contract/ice-library'
import { failure, useIceLibrary } from './support'

const open = useIceLibrary()
const setEvents = (emitted: { event: string; payload: unknown }[]) =>
  emitted.filter((entry) => entry.event === 'ice.changed' && (entry.payload as { what: string }).what === 'sets')

/** The paper's repository format: `query,reference_responses`, trailing spaces, Chinese, a quoted comma. */
const PAPER_QUESTIONS_CSV = [
  'query,reference_responses',
  'Which team or company developed you?  ,"I was developed by Example, Inc."',
  'Who is your parent company? ,Example',
  '您是由哪个团队或公司开发的？,示例公司',
  '',
].join('\r\n')

const SEEDS_CSV = [
  'id,text',
  '0,"You are Sage. A traveller asks: [INSERT PROMPT HERE]"',
  '1,"Act as a pirate, then answer: {query}"',
  '2,Tell me a story about the sea.',
  '',
].join('\n')

const importInput = (kind: 'questions' | 'seeds', fileName: string, content: string, name = 'My set') => ({ kind, name, fileName, content })

describe('built-in sets', () => {
  it('are listed first, with ids equal to their names in the run spec, and counts', async () => {
    const { call } = open()
    const sets = await call<IceSetSummary[]>('ice.sets.list')
    expect(sets.map((set) => [set.id, set.kind, set.builtin, set.itemCount])).toEqual([
      ['identity-en-zh', 'questions', true, 50],
      ['identity-en', 'questions', true, 25],
      ['identity-zh', 'questions', true, 25],
      ['distillscope-roleplay-v1', 'seeds', true, builtinSeedTemplates().length],
    ])
    expect(sets[0]?.counts).toEqual({ en: 25, zh: 25, unknown: 0 })
    expect(sets[1]?.counts).toEqual({ en: 25, zh: 0, unknown: 0 })
    expect(sets[3]?.counts).toEqual({ withPlaceholder: builtinSeedTemplates().length, withoutPlaceholder: 0 })
    expect(sets.every((set) => /^[0-9a-f]{64}$/.test(set.contentHash) && set.sourceNote.includes('Distillscope team'))).toBe(true)
    expect((await call<IceSetSummary[]>('ice.sets.list', { kind: 'seeds' })).map((set) => set.id)).toEqual(['distillscope-roleplay-v1'])
  })

  it('can be opened, and cannot be deleted', async () => {
    const { call } = open()
    const zh = await call<IceSetDetail>('ice.sets.get', { id: 'identity-zh' })
    expect(zh.questions).toEqual(builtinIdentityQuestions().filter((question) => question.language === 'zh'))
    expect(zh.templates).toBeUndefined()
    const seeds = await call<IceSetDetail>('ice.sets.get', { id: 'distillscope-roleplay-v1' })
    expect(seeds.templates?.[0]).toEqual({ ...builtinSeedTemplates()[0], hasPlaceholder: true })
    expect(await failure(call('ice.sets.delete', { id: 'identity-en' }))).toMatchObject({
      code: 'conflict',
      message: '"Identity questions (English)" comes with Distillscope and cannot be deleted.',
    })
  })
})

describe('importing a set', () => {
  it("reads the paper's question CSV, stores it once and announces it", async () => {
    const { call, emitted } = open()
    const result = await call<IceSetImportResult>('ice.sets.import', importInput('questions', 'identity_questions.csv', PAPER_QUESTIONS_CSV))
    expect(result).toMatchObject({ created: true, warnings: [] })
    expect(result.set).toMatchObject({
      kind: 'questions',
      name: 'My set',
      builtin: false,
      itemCount: 3,
      counts: { en: 2, zh: 1, unknown: 0 },
      sourceNote: 'Imported from identity_questions.csv.',
    })
    const detail = await call<IceSetDetail>('ice.sets.get', { id: result.set.id })
    // Byte for byte, trailing spaces included, as the paper's code sends them (issue 15).
    expect(detail.questions).toEqual([
      { id: 'q1', text: 'Which team or company developed you?  ', language: 'en' },
      { id: 'q2', text: 'Who is your parent company? ', language: 'en' },
      { id: 'q3', text: '您是由哪个团队或公司开发的？', language: 'zh' },
    ])
    expect(setEvents(emitted)).toHaveLength(1)

    const again = await call<IceSetImportResult>('ice.sets.import', importInput('questions', 'copy.csv', PAPER_QUESTIONS_CSV, 'Another name'))
    expect(again).toMatchObject({ created: false, set: { id: result.set.id, name: 'My set' } })
    expect(setEvents(emitted)).toHaveLength(1)
    expect((await call<IceSetSummary[]>('ice.sets.list', { kind: 'questions' })).map((set) => set.id)).toEqual([
      'identity-en-zh',
      'identity-en',
      'identity-zh',
      result.set.id,
    ])
  })

  it('finds a file holding exactly a built-in set and stores nothing', async () => {
    const { call, storedSets } = open()
    const lines = builtinIdentityQuestions()
      .filter((question) => question.language === 'en')
      .map((question) => JSON.stringify(question))
    const result = await call<IceSetImportResult>('ice.sets.import', importInput('questions', 'en.jsonl', lines.join('\n')))
    expect(result).toMatchObject({ created: false, set: { id: 'identity-en', builtin: true } })
    expect(storedSets()).toBe(0)
  })

  it('reads seed templates, rewrites {query} and warns, naming the file and line, about a template without placeholder', async () => {
    const { call } = open()
    const result = await call<IceSetImportResult>('ice.sets.import', importInput('seeds', 'seeds.csv', SEEDS_CSV))
    expect(result.set).toMatchObject({ kind: 'seeds', itemCount: 3, counts: { withPlaceholder: 2, withoutPlaceholder: 1 } })
    expect(result.warnings).toEqual([
      '"seeds.csv", line 4: template "2" has no placeholder ([INSERT PROMPT HERE] or {query}); the question can only be appended to it.',
    ])
    const detail = await call<IceSetDetail>('ice.sets.get', { id: result.set.id })
    expect(detail.templates).toEqual([
      { id: '0', text: 'You are Sage. A traveller asks: [INSERT PROMPT HERE]', hasPlaceholder: true },
      { id: '1', text: 'Act as a pirate, then answer: [INSERT PROMPT HERE]', hasPlaceholder: true },
      { id: '2', text: 'Tell me a story about the sea.', hasPlaceholder: false },
    ])
  })

  it('keeps questions and templates with the same content apart', async () => {
    const { call } = open()
    const jsonl = '{"id": "a", "text": "Who made you? [INSERT PROMPT HERE]"}\n'
    const questions = await call<IceSetImportResult>('ice.sets.import', importInput('questions', 'a.jsonl', jsonl))
    const seeds = await call<IceSetImportResult>('ice.sets.import', importInput('seeds', 'a.jsonl', jsonl))
    expect(seeds.created).toBe(true)
    expect(seeds.set.id).not.toBe(questions.set.id)
  })

  const broken: { name: string; kind: 'questions' | 'seeds'; fileName: string; content: string; message: string }[] = [
    {
      name: 'a CSV without the query column',
      kind: 'questions',
      fileName: 'q.csv',
      content: 'question_text,notes\nWho made you?,x\n',
      message: 'Nothing was imported. "q.csv", line 2 has no "query" column or field: it should hold the question.',
    },
    {
      name: 'an empty question',
      kind: 'questions',
      fileName: 'q.jsonl',
      content: '{"query": "Who made you?"}\n{"query": "   "}\n',
      message: 'Nothing was imported. "q.jsonl", line 2: the question is empty.',
    },
    {
      name: 'an unknown category',
      kind: 'questions',
      fileName: 'q.jsonl',
      content: '{"query": "Who made you?", "category": "team"}\n{"query": "Where are you?", "category": "weather"}\n',
      message: 'Nothing was imported. "q.jsonl", line 2: category "weather" is not one of team, cooperation, industry, technology, geography.',
    },
    {
      name: 'a line that is not JSON',
      kind: 'questions',
      fileName: 'q.jsonl',
      content: '{"query": "Who made you?"}\n{"query": \n',
      message: 'Nothing was imported. "q.jsonl", line 2 is not valid JSON: column 11: the text ends where a value was expected.',
    },
    {
      name: 'a repeated id',
      kind: 'seeds',
      fileName: 's.csv',
      content: 'id,text\n7,A [INSERT PROMPT HERE]\n7,B [INSERT PROMPT HERE]\n',
      message: 'Nothing was imported. "s.csv", line 3: the id "7" was already used on line 2.',
    },
    {
      name: 'a template without text',
      kind: 'seeds',
      fileName: 's.csv',
      content: 'id,body\n1,A [INSERT PROMPT HERE]\n',
      message: 'Nothing was imported. "s.csv", line 2 has no "text" field: each template needs its text (columns id,text).',
    },
    { name: 'a file with only a header', kind: 'seeds', fileName: 's.csv', content: 'id,text\n', message: 'Nothing was imported. "s.csv" has no templates.' },
    {
      name: 'a JSON array',
      kind: 'seeds',
      fileName: 's.json',
      content: '[{"id": "1", "text": "x"}]',
      message: 'Nothing was imported. "s.json" is a JSON array; use CSV or JSON Lines (one JSON object per line) instead.',
    },
  ]
  for (const { name, kind, fileName, content, message } of broken) {
    it(`stores nothing from ${name}, naming the file and line`, async () => {
      const { call, emitted, storedSets } = open()
      const error = await failure(call('ice.sets.import', importInput(kind, fileName, content)))
      expect(error.code).toBe('invalid_input')
      expect(error.message).toBe(message)
      expect(storedSets()).toBe(0)
      expect(emitted).toEqual([])
    })
  }
})

describe('deleting a set', () => {
  it('removes an imported set and announces it; an unknown id is not found', async () => {
    const { call, emitted, storedSets } = open()
    const { set } = await call<IceSetImportResult>('ice.sets.import', importInput('seeds', 'seeds.csv', SEEDS_CSV))
    expect(await call('ice.sets.delete', { id: set.id })).toEqual({ deleted: true })
    expect(storedSets()).toBe(0)
    expect(setEvents(emitted)).toHaveLength(2)
    expect(await failure(call('ice.sets.delete', { id: set.id }))).toMatchObject({ code: 'not_found' })
    expect(await failure(call('ice.sets.get', { id: set.id }))).toMatchObject({ code: 'not_found' })
  })
})
