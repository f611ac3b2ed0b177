import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openDatabase, type Db } from '../../../../../src/main/storage/database'
import { bundledMigrations } from '../../../../../src/main/storage/migration-files'
import { migrate } from '../../../../../src/main/storage/migrator'
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
    repo.saveJudgment('r1', { studentAlias: 'stu', setName: 's', itemId: '1', reasked: false, overall: 4, rawReply: 'Overall: 4' })
    repo.saveJudgment('r1', { studentAlias: 'stu', setName: 's', itemId: '2', reasked: true, rawReply: 'no score', failedReason: 'unreadable' })
    repo.saveJudgment('r1', { studentAlias: 'stu', setName: 's', itemId: '3', reasked: false, failedReason: 'The judge could not be asked: timeout' })

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
