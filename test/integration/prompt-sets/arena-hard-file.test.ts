import { readFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadPromptSetForRun } from '../../../src/main/services/prompt-sets/load-for-run'
import type { PromptSetImportResult, PromptSetPage, PromptSetPreview } from '../../../src/shared/contract/prompt-sets'
import { sharedDataFile, usePromptSets } from '../../unit/main/services/prompt-sets/support'

const open = usePromptSets()
const ARENA_HARD = 'arena-hard-v0.1/question.jsonl'

/** The file's own records, read independently of the importer. */
function expectedRecords(): { uid: string; category: string; cluster: string; prompt: string }[] {
  return readFileSync(sharedDataFile(ARENA_HARD), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as { uid: string; category: string; cluster: string; prompt: string })
}

describe('the real Arena-Hard v0.1 questions (../shared/data)', () => {
  it('is there: these tests need the shared data folder, and say so when it is missing', () => {
    expect(sharedDataFile(ARENA_HARD)).toMatch(/question\.jsonl$/)
    expect(() => sharedDataFile('arena-hard-v0.1/absent.jsonl')).toThrow(/^Test data is missing: .*absent\.jsonl\. These tests need the shared data folder/)
  })

  it('is recognised as Arena-Hard: 500 prompts, uids as ids, categories and clusters', async () => {
    const { call } = open()
    const content = readFileSync(sharedDataFile(ARENA_HARD), 'utf8')
    const preview = await call<PromptSetPreview>('promptSets.preview', { fileName: 'question.jsonl', content })
    expect(preview).toMatchObject({
      format: 'jsonl',
      shape: 'arena-hard',
      totalRecords: 500,
      itemCount: 500,
      duplicateCount: 0,
      invalidCount: 0,
      canImport: true,
    })
    // Two prompts really contain U+FFFD (pasted from a judge site): warned about, still imported.
    expect(preview.problems.map((problem) => [problem.level, problem.line, problem.field])).toEqual([
      ['warning', 29, 'prompt'],
      ['warning', 30, 'prompt'],
    ])
    expect(preview.mapping).toEqual({ promptField: 'prompt', idField: 'uid', categoryField: 'category' })
    const first = expectedRecords()[0]!
    expect(preview.items[0]).toEqual({ id: first.uid, prompt: first.prompt, category: 'arena-hard-v0.1', metadata: { cluster: first.cluster } })
  })

  it('imports every prompt exactly as written, in file order', async () => {
    const { call } = open()
    const content = readFileSync(sharedDataFile(ARENA_HARD), 'utf8')
    const { set } = await call<PromptSetImportResult>('promptSets.import', { fileName: 'question.jsonl', content, name: 'Arena-Hard v0.1', domain: 'general' })
    expect(set.itemCount).toBe(500)
    const page = await call<PromptSetPage>('promptSets.get', { id: set.id, offset: 0, limit: 500 })
    const records = expectedRecords()
    expect(page.items.map((item) => item.id)).toEqual(records.map((record) => record.uid))
    expect(page.items.map((item) => item.prompt)).toEqual(records.map((record) => record.prompt))
    expect(new Set(page.items.map((item) => item.metadata?.cluster)).size).toBe(250)
  })
})

describe('loadPromptSetForRun', () => {
  it('reads a file relative to the spec folder, stores it once, and reuses it after', async () => {
    const { repo } = open()
    const baseDir = dirname(dirname(sharedDataFile(ARENA_HARD)))
    const before = repo.list().length
    const first = await loadPromptSetForRun(repo, { file: ARENA_HARD, sample: 100, seed: 1 }, { baseDir })
    expect(first).toMatchObject({ name: 'question', domain: 'other', created: true, sampled: { n: 100, of: 500, seed: 1 } })
    expect(first.items).toHaveLength(100)
    expect(first.hash).toMatch(/^[0-9a-f]{64}$/)
    const again = await loadPromptSetForRun(repo, { file: sharedDataFile(ARENA_HARD), sample: 100, seed: 1, name: 'arena-hard' })
    expect(again).toMatchObject({ setId: first.setId, created: false, hash: first.hash })
    expect(again.items).toEqual(first.items)
    expect(repo.list()).toHaveLength(before + 1)
  })

  it('draws from a stored set by id: deterministic, spread over the whole file', async () => {
    const { call, repo } = open()
    const content = readFileSync(sharedDataFile(ARENA_HARD), 'utf8')
    const { set } = await call<PromptSetImportResult>('promptSets.import', { fileName: 'question.jsonl', content, name: 'AH', domain: 'general' })
    const run = await loadPromptSetForRun(repo, { setId: set.id, sample: 100, seed: 1 })
    expect(run).toMatchObject({ setId: set.id, name: 'AH', domain: 'general', hash: set.contentHash, sampled: { n: 100, of: 500, seed: 1 }, created: false })
    const sample = await call<{ ids: string[] }>('promptSets.sample', { id: set.id, n: 100, seed: 1 })
    expect(run.items.map((item) => item.id)).toEqual(sample.ids)
    const positions = run.items.map((item) => repo.itemIds(set.id).indexOf(item.id))
    expect(Math.max(...positions) - Math.min(...positions)).toBeGreaterThan(400)
    // Clusters come in pairs; 100 of 500 should touch about 90 of the 250 clusters.
    const clusters = new Set(
      repo
        .allItems(set.id)
        .filter((item) => run.items.some((drawn) => drawn.id === item.id))
        .map((item) => item.metadata?.cluster),
    )
    expect(clusters.size).toBeGreaterThan(75)
    const whole = await loadPromptSetForRun(repo, { setId: set.id })
    expect(whole.sampled).toBeNull()
    expect(whole.items).toHaveLength(500)
    expect(whole.items[0]).toEqual({ id: expectedRecords()[0]!.uid, prompt: expectedRecords()[0]!.prompt, category: 'arena-hard-v0.1' })
  })

  it('uses seed 1 when none is given, as the run spec does', async () => {
    const { repo } = open()
    const withDefault = await loadPromptSetForRun(repo, { setId: 'builtin-math-v1', sample: 5 })
    const withOne = await loadPromptSetForRun(repo, { setId: 'builtin-math-v1', sample: 5, seed: 1 })
    expect(withDefault.items).toEqual(withOne.items)
    expect(withDefault.sampled).toEqual({ n: 5, of: 30, seed: 1 })
  })

  it('refuses an unclear source, a relative file without a folder, a missing file, and too large a sample', async () => {
    const { repo } = open()
    const before = repo.list().length
    await expect(loadPromptSetForRun(repo, {})).rejects.toThrow('exactly one of "setId" or "file"')
    await expect(loadPromptSetForRun(repo, { setId: 'builtin-math-v1', file: 'x.jsonl' })).rejects.toThrow('exactly one of "setId" or "file"')
    await expect(loadPromptSetForRun(repo, { file: 'question.jsonl' })).rejects.toThrow('is a relative path, but there is no folder to resolve it against')
    await expect(loadPromptSetForRun(repo, { file: 'missing.jsonl' }, { baseDir: '/nonexistent-folder' })).rejects.toMatchObject({ code: 'not_found' })
    await expect(loadPromptSetForRun(repo, { setId: 'builtin-general-v1', sample: 31 })).rejects.toThrow('has only 30 prompts')
    await expect(loadPromptSetForRun(repo, { setId: 'nope' })).rejects.toMatchObject({ code: 'not_found' })
    expect(repo.list()).toHaveLength(before)
  })

  it('announces a set stored from a file through the service', async () => {
    const { service, changes } = open()
    const loaded = await service.loadForRun({ file: sharedDataFile(ARENA_HARD) })
    expect(loaded.created).toBe(true)
    expect(changes).toHaveLength(1)
    await service.loadForRun({ file: sharedDataFile(ARENA_HARD) })
    expect(changes).toHaveLength(1)
  })
})
