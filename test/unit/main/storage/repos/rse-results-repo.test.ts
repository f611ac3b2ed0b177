import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openDatabase, type Db } from '../../../../../src/main/storage/database'
import { bundledMigrations } from '../../../../../src/main/storage/migration-files'
import { migrate } from '../../../../../src/main/storage/migrator'
import { createLlmCacheRepo } from '../../../../../src/main/storage/repos/llm-cache'
import { createRseResultsRepo } from '../../../../../src/main/storage/repos/rse-results'
import { createWriteBatch } from '../../../../../src/main/storage/write-batch'

let db: Db
beforeEach(() => {
  db = openDatabase(':memory:')
  migrate(db, bundledMigrations())
  db.prepare("INSERT INTO runs (id, kind, name, status, spec_json, spec_hash, created_at) VALUES ('r1', 'rse', 'r', 'running', '{}', 'h', '2026-12-04')").run()
})
afterEach(() => db.close())

describe('RSE results repository: outcomes without texts (issue 17 item 3)', () => {
  it('says which answers and judgements succeeded, with the reasons of those that did not, and reads one answer back', () => {
    const repo = createRseResultsRepo(db, createWriteBatch(db))
    const base = { setName: 's', costUsd: 0, cached: false }
    repo.saveAnswer('r1', { ...base, modelAlias: 'ref', itemId: '1', text: 'the reference answer' })
    repo.saveAnswer('r1', { ...base, modelAlias: 'stu', itemId: '1', errorClass: 'server', errorMessage: 'HTTP 500' })
    repo.saveJudgment('r1', { judgeAlias: 'j1', studentAlias: 'stu', setName: 's', itemId: '1', reasked: false, overall: 4, rawReply: 'Overall: 4' })
    repo.saveJudgment('r1', {
      judgeAlias: 'j1',
      studentAlias: 'stu',
      setName: 's',
      itemId: '2',
      reasked: true,
      rawReply: 'no score',
      failedReason: 'unreadable',
    })
    repo.saveJudgment('r1', {
      judgeAlias: 'j1',
      studentAlias: 'stu',
      setName: 's',
      itemId: '3',
      reasked: false,
      failedReason: 'The judge could not be asked: timeout',
    })

    const { answers, judgments } = repo.outcomes('r1')
    expect(answers.sort((a, b) => a.modelAlias.localeCompare(b.modelAlias))).toEqual([
      { modelAlias: 'ref', setName: 's', itemId: '1', answered: true, errorMessage: undefined },
      { modelAlias: 'stu', setName: 's', itemId: '1', answered: false, errorMessage: 'HTTP 500' },
    ])
    expect(judgments.sort((a, b) => a.itemId.localeCompare(b.itemId)).map((judgment) => [judgment.itemId, judgment.replied, judgment.failedReason])).toEqual([
      ['1', true, undefined],
      ['2', true, 'unreadable'],
      ['3', false, 'The judge could not be asked: timeout'],
    ])
    expect(repo.answerText('r1', 'ref', 's', '1')).toBe('the reference answer')
    expect(repo.answerText('r1', 'stu', 's', '1')).toBeUndefined()
    expect(repo.answerText('r1', 'ref', 's', '404')).toBeUndefined()
  })
})

describe('RSE results repository: answer text stored once (issue 17 item 1)', () => {
  it('keeps an answer the cache holds as the cache key, and reads its text back from the cache', () => {
    const batch = createWriteBatch(db)
    const cache = createLlmCacheRepo(db, { batch })
    const repo = createRseResultsRepo(db, batch)
    const long = 'A long answer. '.repeat(200)
    cache.put('key-1', { text: long, finishReason: 'stop', usage: { inputTokens: 10, outputTokens: 600 } })
    repo.saveAnswer('r1', { modelAlias: 'ref', setName: 's', itemId: '1', text: long, cacheKey: 'key-1', costUsd: 0.01, cached: false })
    repo.saveAnswer('r1', { modelAlias: 'stu', setName: 's', itemId: '1', text: 'imported, no cache entry', costUsd: 0, cached: false })

    expect(repo.answers('r1').map((answer) => [answer.modelAlias, answer.text])).toEqual(
      expect.arrayContaining([
        ['ref', long],
        ['stu', 'imported, no cache entry'],
      ]),
    )
    expect(repo.answerText('r1', 'ref', 's', '1')).toBe(long)
    expect(repo.outcomes('r1').answers.every((answer) => answer.answered)).toBe(true)
    // On disk: the text once, in the cache; the answer row holds only the key.
    const stored = db.prepare("SELECT text, cache_key FROM rse_answers WHERE model_alias = 'ref'").get()
    expect(stored).toEqual({ text: null, cache_key: 'key-1' })
  })

  it('reads answers stored before migration 0011 from their own text column', () => {
    db.prepare(
      "INSERT INTO rse_answers (run_id, model_alias, set_name, item_id, text, cost_usd, cached) VALUES ('r1', 'ref', 's', '1', 'old text', 0, 0)",
    ).run()
    const repo = createRseResultsRepo(db)
    expect(repo.answers('r1')[0]?.text).toBe('old text')
    expect(repo.answerText('r1', 'ref', 's', '1')).toBe('old text')
  })
})
