import { describe, expect, it } from 'vitest'
import { prepareImport } from '../../../../../../../src/main/core/evaluators/rse/import/prepare-import'
import { toPreview } from '../../../../../../../src/main/core/evaluators/rse/import/preview'
import type { FieldMapping } from '../../../../../../../src/shared/contract/prompt-sets'

const jsonl = (...records: unknown[]) => records.map((record) => JSON.stringify(record)).join('\n')
const preview = (content: string, mapping?: FieldMapping) => toPreview(prepareImport('set.jsonl', content, mapping ? { mapping } : {}))

describe('recognised layouts', () => {
  it('Arena-Hard: uid as id, category, cluster kept as metadata', () => {
    const result = preview(jsonl({ uid: 'abc123', category: 'arena-hard-v0.1', cluster: 'Puzzles', prompt: 'Solve it' }))
    expect(result.shape).toBe('arena-hard')
    expect(result.mapping).toEqual({ promptField: 'prompt', idField: 'uid', categoryField: 'category' })
    expect(result.items).toEqual([{ id: 'abc123', prompt: 'Solve it', category: 'arena-hard-v0.1', metadata: { cluster: 'Puzzles' } }])
  })

  it('Arena-Hard with turns: the first turn is the prompt', () => {
    const result = preview(jsonl({ question_id: 'q1', category: 'arena-hard-v0.1', cluster: 'C', turns: [{ content: 'First turn' }, { content: 'Later' }] }))
    expect(result.shape).toBe('arena-hard')
    expect(result.mapping?.promptField).toBe('turns.0.content')
    expect(result.items[0]).toMatchObject({ id: 'q1', prompt: 'First turn' })
  })

  it('NuminaMath: problem is the prompt, the solution and messages are not used, source is the category', () => {
    const record = {
      source: 'olympiads',
      problem: 'Prove that 2+2=4.',
      solution: 'Long worked solution...',
      messages: [{ role: 'user', content: 'Prove that 2+2=4.' }],
    }
    const result = preview(jsonl(record, { ...record, problem: 'Find x.' }))
    expect(result.shape).toBe('numina-math')
    expect(result.items).toEqual([
      { id: 'line-1', prompt: 'Prove that 2+2=4.', category: 'olympiads' },
      { id: 'line-2', prompt: 'Find x.', category: 'olympiads' },
    ])
  })

  it('ShareGPT: the first turn from a person, skipping earlier system or model turns', () => {
    const conversation = (id: string, turns: { from: string; value: string }[]) => ({ id, conversations: turns })
    const result = preview(
      jsonl(
        conversation('a1', [
          { from: 'human', value: 'Hello there' },
          { from: 'gpt', value: 'Hi!' },
          { from: 'human', value: 'Second question' },
        ]),
        conversation('a2', [
          { from: 'system', value: 'Be nice' },
          { from: 'gpt', value: 'Welcome' },
          { from: 'human', value: 'Real question' },
        ]),
      ),
    )
    expect(result.shape).toBe('sharegpt')
    expect(result.items).toEqual([
      { id: 'a1', prompt: 'Hello there' },
      { id: 'a2', prompt: 'Real question' },
    ])
  })

  it("ShareGPT: a conversation without a person's turn is reported with its line", () => {
    const result = preview(jsonl({ id: 'a', conversations: [{ from: 'human', value: 'Hi' }] }, { id: 'b', conversations: [{ from: 'gpt', value: 'Only me' }] }))
    expect(result.canImport).toBe(false)
    expect(result.invalidCount).toBe(1)
    expect(result.problems[0]).toEqual({
      level: 'record',
      line: 2,
      field: 'conversations',
      message: 'Line 2: the conversation has no turn from a person (from: "human").',
    })
  })

  it('chat messages: the first user message; text parts are joined', () => {
    const result = preview(
      jsonl(
        {
          messages: [
            { role: 'system', content: 'sys' },
            { role: 'user', content: 'Plain question' },
          ],
        },
        {
          messages: [
            {
              role: 'user',
              content: [
                { type: 'text', text: 'Part one' },
                { type: 'text', text: 'part two' },
              ],
            },
          ],
        },
      ),
    )
    expect(result.shape).toBe('chat-messages')
    expect(result.items.map((item) => item.prompt)).toEqual(['Plain question', 'Part one\npart two'])
  })

  it('instruction with a non-empty input appended', () => {
    const result = preview(
      jsonl({ instruction: 'Translate to French.', input: 'Good morning', output: 'Bonjour' }, { instruction: 'Name a colour.', input: '', output: 'Red' }),
    )
    expect(result.shape).toBe('instruction')
    expect(result.items).toEqual([
      { id: 'line-1', prompt: 'Translate to French.\n\nGood morning' },
      { id: 'line-2', prompt: 'Name a colour.' },
    ])
  })

  it('plain prompt and question fields, with an id field when every record has one', () => {
    expect(preview(jsonl({ id: 1, prompt: 'A', response: 'ignored' }, { id: 2, prompt: 'B', response: 'ignored' })).items).toEqual([
      { id: '1', prompt: 'A' },
      { id: '2', prompt: 'B' },
    ])
    const questions = preview(jsonl({ question: 'Q1', answer: '42' }, { question: 'Q2', answer: '7', id: 'x' }))
    expect(questions.shape).toBe('question')
    expect(questions.mapping).toEqual({ promptField: 'question' })
    expect(questions.items.map((item) => item.id)).toEqual(['line-1', 'line-2'])
  })

  it('an unrecognised layout asks for a mapping and lists the fields found', () => {
    const result = preview(jsonl({ body: 'x', meta: { lang: 'en' } }))
    expect(result.shape).toBeUndefined()
    expect(result.canImport).toBe(false)
    expect(result.fields).toEqual(['body', 'meta.lang'])
    expect(result.problems[0]).toMatchObject({ level: 'file', message: expect.stringContaining('Fields found: body, meta.lang') })
  })
})

describe('field mapping', () => {
  it('overrides detection, reaching into lists with dotted paths', () => {
    const content = jsonl({ uid: 'u1', prompt: 'ignored', turns: [{ content: 'Mapped text' }], topic: 'x' })
    const result = preview(content, { promptField: 'turns.0.content', idField: 'uid', categoryField: 'topic' })
    expect(result.shape).toBe('custom')
    // Short fields not otherwise used are kept as metadata, even the one detection would have chosen.
    expect(result.items).toEqual([{ id: 'u1', prompt: 'Mapped text', category: 'x', metadata: { prompt: 'ignored' } }])
  })

  it('prefers a key that contains a dot as written (CSV headers)', () => {
    const result = toPreview(prepareImport('set.csv', 'q.text,id\nHello,1\n', { mapping: { promptField: 'q.text', idField: 'id' } }))
    expect(result.items).toEqual([{ id: '1', prompt: 'Hello' }])
  })

  it('a mapped field that no record has is a file problem naming it', () => {
    const result = preview(jsonl({ prompt: 'x' }), { promptField: 'question' })
    expect(result.canImport).toBe(false)
    expect(result.problems).toEqual([expect.objectContaining({ level: 'file', field: 'question', message: expect.stringContaining('"question"') })])
  })

  it('an explicit id field must be present on every record', () => {
    const result = preview(jsonl({ key: 'a', text: 'x' }, { text: 'y' }), { promptField: 'text', idField: 'key' })
    expect(result.problems[0]).toEqual({ level: 'record', line: 2, field: 'key', message: 'Line 2: there is no id in "key".' })
  })
})
