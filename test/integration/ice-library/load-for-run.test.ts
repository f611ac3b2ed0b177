import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { builtinIdentityQuestions, builtinSeedTemplates } from '../../../src/main/core/evaluators/ice/data/builtin-data'
import type { IceSetImportResult } from '../../../src/shared/contract/ice-library'
import { failure, useIceLibrary } from '../../unit/main/services/ice-library/support'
import { sharedDataFile } from '../../unit/main/services/prompt-sets/support'

/** What an ICE run loads (loadQuestions, loadSeeds): built-ins, files on disk beside a spec, and stored sets. */
const open = useIceLibrary()

const PAPER_QUESTIONS_CSV = 'query,reference_responses\r\nWhich team or company developed you?  ,Example\r\n您是由哪个团队或公司开发的？,示例\r\n'

describe('loading questions for a run', () => {
  it('gives the built-in sets by name: all 50, or one language', async () => {
    const { service } = open()
    const all = await service.loadQuestions({ builtin: 'identity-en-zh' })
    expect(all.items).toEqual(builtinIdentityQuestions())
    expect(all.items).toHaveLength(50)
    expect(all.contentHash).toMatch(/^[0-9a-f]{64}$/)
    const en = await service.loadQuestions({ builtin: 'identity-en' })
    const zh = await service.loadQuestions({ builtin: 'identity-zh' })
    expect(en.items.map((question) => question.language)).toEqual(Array(25).fill('en'))
    expect(zh.items.map((question) => question.language)).toEqual(Array(25).fill('zh'))
    expect(new Set([all.contentHash, en.contentHash, zh.contentHash]).size).toBe(3)
    // A built-in named as a set id is the same set.
    expect(await service.loadQuestions({ setId: 'identity-en' })).toEqual(en)
  })

  it("reads the paper's CSV beside the spec, and JSON Lines, without storing either", async () => {
    const { service, dir, storedSets } = open()
    mkdirSync(join(dir, 'specs'))
    writeFileSync(join(dir, 'specs', 'identity_questions.csv'), PAPER_QUESTIONS_CSV)
    const fromCsv = await service.loadQuestions({ file: 'identity_questions.csv' }, { baseDir: join(dir, 'specs') })
    expect(fromCsv).toMatchObject({
      name: 'identity_questions.csv',
      items: [
        { id: 'q1', text: 'Which team or company developed you?  ', language: 'en' },
        { id: 'q2', text: '您是由哪个团队或公司开发的？', language: 'zh' },
      ],
    })
    writeFileSync(
      join(dir, 'questions.jsonl'),
      '{"id": "t1", "query": "Who built you?", "category": "team"}\n{"id": "g1", "question": "你的总部在哪里？", "category": "geography", "language": "zh"}\n',
    )
    const fromJsonl = await service.loadQuestions({ file: join(dir, 'questions.jsonl') })
    expect(fromJsonl.items).toEqual([
      { id: 't1', text: 'Who built you?', category: 'team', language: 'en' },
      { id: 'g1', text: '你的总部在哪里？', category: 'geography', language: 'zh' },
    ])
    expect(storedSets()).toBe(0)
  })

  it('gives a stored set by id with the same hash as when it was imported from the same file', async () => {
    const { service, call, dir } = open()
    const imported = await call<IceSetImportResult>('ice.sets.import', {
      kind: 'questions',
      name: 'Paper questions',
      fileName: 'q.csv',
      content: PAPER_QUESTIONS_CSV,
    })
    const stored = await service.loadQuestions({ setId: imported.set.id })
    expect(stored).toMatchObject({ name: 'Paper questions', contentHash: imported.set.contentHash })
    writeFileSync(join(dir, 'q.csv'), PAPER_QUESTIONS_CSV)
    const fromFile = await service.loadQuestions({ file: join(dir, 'q.csv') })
    expect(fromFile.contentHash).toBe(imported.set.contentHash)
    expect(fromFile.items).toEqual(stored.items)
  })

  it('says what is wrong: file, line and field; missing files and sets; the wrong kind of set', async () => {
    const { service, call, dir } = open()
    writeFileSync(join(dir, 'bad.csv'), 'query,category\nWho made you?,team\nWhere are you?,weather\n')
    expect(await failure(service.loadQuestions({ file: join(dir, 'bad.csv') }))).toMatchObject({
      code: 'invalid_input',
      message: 'The questions could not be read. "bad.csv", line 3: category "weather" is not one of team, cooperation, industry, technology, geography.',
    })
    writeFileSync(join(dir, 'latin1.csv'), Buffer.from([...Buffer.from('query\nCaf'), 0xe9, 0x0a]))
    expect((await failure(service.loadQuestions({ file: join(dir, 'latin1.csv') }))).message).toMatch(
      /^"latin1\.csv", line 2: this line contains bytes that are not UTF-8 text/,
    )
    expect(await failure(service.loadQuestions({ file: join(dir, 'nowhere.csv') }))).toMatchObject({
      code: 'not_found',
      message: `There is no file at "${join(dir, 'nowhere.csv')}".`,
    })
    expect(await failure(service.loadQuestions({ file: 'relative.csv' }))).toMatchObject({
      code: 'invalid_input',
      message: expect.stringMatching(/^The questions file "relative\.csv" is a relative path/),
    })
    expect(await failure(service.loadQuestions({ file: dir }))).toMatchObject({ code: 'invalid_input', message: `"${dir}" is a folder, not a file.` })
    expect(await failure(service.loadQuestions({ setId: 'iceset_gone' }))).toMatchObject({
      code: 'not_found',
      message: 'There is no question set "iceset_gone". It may have been deleted; choose another or import it again.',
    })
    expect(await failure(service.loadQuestions({ setId: 'distillscope-roleplay-v1' }))).toMatchObject({
      code: 'invalid_input',
      message: '"Distillscope role-play templates v1" is a seed template set, not a question set.',
    })
    const seeds = await call<IceSetImportResult>('ice.sets.import', {
      kind: 'seeds',
      name: 'S',
      fileName: 's.csv',
      content: 'id,text\n0,A [INSERT PROMPT HERE]\n',
    })
    expect((await failure(service.loadQuestions({ setId: seeds.set.id }))).code).toBe('invalid_input')
  })
})

describe('loading seed templates for a run', () => {
  it('gives the built-in templates', async () => {
    const { service } = open()
    expect(await service.loadSeeds({ builtin: 'distillscope-roleplay-v1' })).toMatchObject({
      name: 'Distillscope role-play templates v1',
      items: builtinSeedTemplates(),
    })
  })

  it("reads GPTFuzz's own CSV (77 templates, quoted cells over many lines)", async () => {
    const { service } = open()
    const seeds = await service.loadSeeds({ file: sharedDataFile('gptfuzz/GPTFuzzer.csv') })
    expect(seeds.name).toBe('GPTFuzzer.csv')
    expect(seeds.items).toHaveLength(77)
    expect(seeds.items.map((item) => item.id)).toEqual(Array.from({ length: 77 }, (_, i) => String(i)))
    expect(seeds.items.every((item) => item.text.includes('[INSERT PROMPT HERE]'))).toBe(true)
    expect(readFileSync(sharedDataFile('gptfuzz/GPTFuzzer.csv'), 'utf8')).toContain(seeds.items[76]!.text.slice(0, 200))
  })

  it('reads JSON Lines and rewrites the paper code placeholder', async () => {
    const { service, dir } = open()
    writeFileSync(join(dir, 'seeds.jsonl'), '{"id": "a", "text": "Role-play. Question: {query}"}\n{"id": "b", "template": "No placeholder here."}\n')
    expect((await service.loadSeeds({ file: 'seeds.jsonl' }, { baseDir: dir })).items).toEqual([
      { id: 'a', text: 'Role-play. Question: [INSERT PROMPT HERE]' },
      { id: 'b', text: 'No placeholder here.' },
    ])
  })

  it('names the file and line of a broken template file, and refuses a question set', async () => {
    const { service, dir } = open()
    writeFileSync(join(dir, 'seeds.csv'), 'id,text\n1,"A [INSERT PROMPT HERE]"\n1,"B [INSERT PROMPT HERE]"\n')
    expect(await failure(service.loadSeeds({ file: join(dir, 'seeds.csv') }))).toMatchObject({
      code: 'invalid_input',
      message: 'The seed templates could not be read. "seeds.csv", line 3: the id "1" was already used on line 2.',
    })
    writeFileSync(join(dir, 'seeds.json'), '[{"id": "1", "text": "x"}]')
    expect((await failure(service.loadSeeds({ file: join(dir, 'seeds.json') }))).message).toBe(
      'The seed templates could not be read. "seeds.json" is a JSON array; use CSV or JSON Lines (one JSON object per line) instead.',
    )
    expect((await failure(service.loadSeeds({ setId: 'identity-en-zh' }))).message).toBe(
      '"Identity questions (English and Chinese)" is a question set, not a seed template set.',
    )
  })
})
