import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { sampleWithSeed } from '../../../../../src/main/core/evaluators/rse/import/sampling'
import { AppError } from '../../../../../src/shared/contract/errors'
import type { PromptSample, PromptSetImportResult, PromptSetPage, PromptSetPreview } from '../../../../../src/shared/contract/prompt-sets'
import { usePromptSets } from './support'

const open = usePromptSets()

const questions = Array.from({ length: 40 }, (_, i) =>
  JSON.stringify({ uid: `u${i + 1}`, category: 'c', cluster: `k${i % 4}`, prompt: `Question number ${i + 1}?` }),
).join('\n')
const importInput = (content = questions, extra: Record<string, unknown> = {}) => ({
  fileName: 'questions.jsonl',
  content,
  name: 'My questions',
  domain: 'general',
  ...extra,
})

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  )
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`)
  return error
}

const itemCount = (db: ReturnType<typeof open>['db']) => (db.prepare('SELECT COUNT(*) AS n FROM prompt_items').get() as { n: number }).n

describe('importing content', () => {
  it('stores the set, announces it and pages through its items', async () => {
    const { call, changes } = open()
    const result = await call<PromptSetImportResult>('promptSets.import', importInput(questions, { sourceNote: 'From our lab' }))
    expect(result).toMatchObject({ created: true, skippedDuplicates: 0, skippedInvalid: 0, warnings: [] })
    expect(result.set).toMatchObject({ name: 'My questions', domain: 'general', sourceNote: 'From our lab', builtin: false, itemCount: 40 })
    expect(result.set.origin).toEqual({ fileName: 'questions.jsonl', format: 'jsonl', shape: 'arena-hard', skippedDuplicates: 0, skippedInvalid: 0 })
    expect(changes.at(-1)?.map((set) => set.id)).toContain(result.set.id)
    const page = await call<PromptSetPage>('promptSets.get', { id: result.set.id, offset: 10, limit: 3 })
    expect(page.items.map((item) => item.id)).toEqual(['u11', 'u12', 'u13'])
    expect(page).toMatchObject({ offset: 10, limit: 3, total: 40 })
    expect(page.items[0]).toEqual({ id: 'u11', prompt: 'Question number 11?', category: 'c', metadata: { cluster: 'k2' } })
  })

  it('stores nothing from a malformed file and says where it is wrong', async () => {
    const { call, db, repo, changes } = open()
    const before = { sets: repo.list().length, items: itemCount(db) }
    const broken = `${questions}\n{"uid": "late", "prompt": }`
    const error = await failure(call('promptSets.import', importInput(broken)))
    expect(error.code).toBe('invalid_input')
    expect(error.message).toBe(
      'Nothing was imported from "questions.jsonl". Line 41 is not valid JSON: column 27: expected a value here (text in double quotes, a number, true, false, null, {...} or [...]).',
    )
    expect(repo.list()).toHaveLength(before.sets)
    expect(itemCount(db)).toBe(before.items)
    expect(changes).toEqual([])
  })

  it('skips unusable records only when asked, and counts them', async () => {
    const { call } = open()
    const content = `${questions}\n{"uid": "empty", "prompt": ""}`
    expect((await failure(call('promptSets.import', importInput(content)))).message).toContain('Line 41: "prompt" is empty.')
    const result = await call<PromptSetImportResult>('promptSets.import', importInput(content, { skipInvalid: true }))
    expect(result).toMatchObject({ skippedInvalid: 1, set: { itemCount: 40, origin: { skippedInvalid: 1 } } })
  })

  it('skips duplicate prompts by default and keeps them when asked', async () => {
    const { call } = open()
    const content = `${questions}\n{"uid": "again", "prompt": "question NUMBER 1?"}`
    const skipped = await call<PromptSetImportResult>('promptSets.import', importInput(content))
    expect(skipped).toMatchObject({ skippedDuplicates: 1, set: { itemCount: 40 } })
    const kept = await call<PromptSetImportResult>('promptSets.import', importInput(content, { keepDuplicates: true, name: 'My questions, all' }))
    expect(kept).toMatchObject({ skippedDuplicates: 0, set: { itemCount: 41 } })
  })

  it('imports a second copy, under another name, when a person asks for one (only runs and downloads reuse)', async () => {
    const { call } = open()
    const first = await call<PromptSetImportResult>('promptSets.import', importInput())
    const second = await call<PromptSetImportResult>('promptSets.import', importInput(questions, { name: 'My questions (copy)' }))
    expect(second.created).toBe(true)
    expect(second.set.id).not.toBe(first.set.id)
    expect(second.set.contentHash).toBe(first.set.contentHash)
  })

  it('refuses a name already taken (trimmed, any case), storing nothing', async () => {
    const { call, repo } = open()
    await call('promptSets.import', importInput())
    const before = repo.list().length
    const error = await failure(call('promptSets.import', importInput(questions, { name: ' my QUESTIONS' })))
    expect(error).toMatchObject({ code: 'conflict', message: 'A prompt set named “My questions” already exists. Choose another name.' })
    expect(error.issues).toEqual([{ path: 'name', message: error.message }])
    expect(repo.list()).toHaveLength(before)
  })
})

describe('preview', () => {
  it('saves nothing and reports what an import would do', async () => {
    const { call, repo } = open()
    const before = repo.list().length
    const preview = await call<PromptSetPreview>('promptSets.preview', { fileName: 'questions.jsonl', content: questions })
    expect(preview).toMatchObject({ format: 'jsonl', shape: 'arena-hard', totalRecords: 40, itemCount: 40, canImport: true, problemCount: 0 })
    expect(preview.items).toHaveLength(5)
    expect(preview.fields).toEqual(['uid', 'category', 'cluster', 'prompt'])
    expect(repo.list()).toHaveLength(before)
    const imported = await call<PromptSetImportResult>('promptSets.import', importInput())
    expect(imported.set.contentHash).toBe(preview.contentHash)
  })
})

describe('importing a file by path', () => {
  it('reads the file in main; the name defaults to the file name', async () => {
    const { call, dir } = open()
    const path = join(dir, 'maths problems.csv')
    writeFileSync(path, 'problem,solution\n"What is 1+1?",2\n"What is 2+3?",5\n')
    const result = await call<PromptSetImportResult>('promptSets.importFile', { path, domain: 'math' })
    expect(result.set).toMatchObject({ name: 'maths problems', domain: 'math', itemCount: 2, origin: { shape: 'numina-math', format: 'csv' } })
  })

  it('refuses relative paths, folders, missing files and files that are not UTF-8', async () => {
    const { call, dir } = open()
    await expect(call('promptSets.importFile', { path: 'relative/file.jsonl' })).rejects.toThrow('Give the full path of the file')
    mkdirSync(join(dir, 'folder'))
    expect(await failure(call('promptSets.importFile', { path: join(dir, 'folder') }))).toMatchObject({
      code: 'invalid_input',
      message: `"${join(dir, 'folder')}" is a folder, not a file.`,
    })
    expect(await failure(call('promptSets.importFile', { path: join(dir, 'nope.jsonl') }))).toMatchObject({ code: 'not_found' })
    const latin1 = join(dir, 'latin1.csv')
    writeFileSync(latin1, Buffer.concat([Buffer.from('prompt\ncaf'), Buffer.from([0xe9]), Buffer.from('\n')]))
    expect((await failure(call('promptSets.importFile', { path: latin1 }))).message).toBe(
      '"latin1.csv", line 2: this line contains bytes that are not UTF-8 text. Save the file as UTF-8 and try again.',
    )
  })
})

describe('deleting', () => {
  it('removes an imported set and its items and announces it; a second delete finds nothing', async () => {
    const { call, db, repo, changes } = open()
    const { set } = await call<PromptSetImportResult>('promptSets.import', importInput())
    const itemsBefore = itemCount(db)
    expect(await call('promptSets.delete', { id: set.id })).toEqual({ deleted: true })
    expect(repo.get(set.id)).toBeUndefined()
    expect(itemCount(db)).toBe(itemsBefore - 40)
    expect(changes.at(-1)?.some((candidate) => candidate.id === set.id)).toBe(false)
    expect(await failure(call('promptSets.delete', { id: set.id }))).toMatchObject({ code: 'not_found' })
  })
})

describe('sampling a stored set', () => {
  it('returns item ids drawn with the seed, the same every time', async () => {
    const { call, repo } = open()
    const { set } = await call<PromptSetImportResult>('promptSets.import', importInput())
    const sample = await call<PromptSample>('promptSets.sample', { id: set.id, n: 10, seed: 99 })
    expect(sample).toMatchObject({ setId: set.id, n: 10, of: 40, seed: 99 })
    expect(sample.ids).toEqual(sampleWithSeed(repo.itemIds(set.id), 10, 99))
    expect((await call<PromptSample>('promptSets.sample', { id: set.id, n: 10, seed: 99 })).ids).toEqual(sample.ids)
  })

  it('says how many can be drawn when n is too large', async () => {
    const { call } = open()
    const error = await failure(call('promptSets.sample', { id: 'builtin-math-v1', n: 31, seed: 1 }))
    expect(error).toMatchObject({
      code: 'invalid_input',
      message: '"Maths problems (Distillscope demo set)" has only 30 prompts, so 31 cannot be drawn from it. Choose at most 30.',
    })
    expect(await failure(call('promptSets.sample', { id: 'gone', n: 1, seed: 1 }))).toMatchObject({ code: 'not_found' })
  })
})
