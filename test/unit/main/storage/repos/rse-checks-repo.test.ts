import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openDatabase, type Db } from '../../../../../src/main/storage/database'
import { bundledMigrations } from '../../../../../src/main/storage/migration-files'
import { migrate } from '../../../../../src/main/storage/migrator'
import { createLlmCacheRepo } from '../../../../../src/main/storage/repos/llm-cache'
import { createRseChecksRepo, ITEM_CHECK_JUDGMENTS, ITEM_EXTRA_ANSWERS } from '../../../../../src/main/storage/repos/rse-checks'
import { createRseResultsRepo } from '../../../../../src/main/storage/repos/rse-results'
import { createWriteBatch } from '../../../../../src/main/storage/write-batch'

let db: Db
beforeEach(() => {
  db = openDatabase(':memory:')
  migrate(db, bundledMigrations())
  db.prepare("INSERT INTO runs (id, kind, name, status, spec_json, spec_hash, created_at) VALUES ('r1', 'rse', 'r', 'running', '{}', 'h', '2026-12-04')").run()
})
afterEach(() => db.close())

describe("issue 16's answers and check judgements (migration 0014)", () => {
  it('keeps further answers apart from the headline ones, once each, and reads them back through the cache', () => {
    const batch = createWriteBatch(db)
    const cache = createLlmCacheRepo(db, { batch })
    const checks = createRseChecksRepo(db, batch)
    const results = createRseResultsRepo(db, batch)
    cache.put('k2', { text: 'second sample', finishReason: 'stop', usage: { inputTokens: 1, outputTokens: 2 } })
    results.saveAnswer('r1', { modelAlias: 'ref', setName: 's', itemId: '1', text: 'first sample', costUsd: 0, cached: false })
    checks.saveExtraAnswer('r1', { modelAlias: 'ref', setName: 's', itemId: '1', sample: 1, text: 'second sample', cacheKey: 'k2', costUsd: 0, cached: false })
    checks.saveExtraAnswer('r1', {
      modelAlias: 'stu',
      setName: 's',
      itemId: '1',
      sample: 2,
      errorClass: 'server',
      errorMessage: 'HTTP 500',
      costUsd: 0,
      cached: false,
    })

    expect(checks.extraAnswerText('r1', 'ref', 's', '1', 1)).toBe('second sample')
    expect(checks.extraAnswerText('r1', 'stu', 's', '1', 2)).toBeUndefined()
    // A failed answer is not answered: a resumed run asks it again.
    expect(checks.extraOutcomes('r1')).toEqual([
      { modelAlias: 'ref', setName: 's', itemId: '1', sample: 1, answered: true },
      { modelAlias: 'stu', setName: 's', itemId: '1', sample: 2, answered: false, errorMessage: 'HTTP 500' },
    ])
    // The headline answers are untouched.
    expect(results.answers('r1').map((answer) => answer.text)).toEqual(['first sample'])
    expect(db.prepare("SELECT text, cache_key FROM rse_extra_answers WHERE model_alias = 'ref'").get()).toEqual({ text: null, cache_key: 'k2' })
  })

  it("counts the reference's second samples that read word for word as its first", () => {
    const checks = createRseChecksRepo(db)
    const results = createRseResultsRepo(db)
    for (const [item, first, second] of [
      ['1', 'same', 'same'],
      ['2', 'one', 'other'],
      ['3', 'three', undefined],
    ] as const) {
      results.saveAnswer('r1', { modelAlias: 'ref', setName: 's', itemId: item, text: first, costUsd: 0, cached: false })
      if (second) checks.saveExtraAnswer('r1', { modelAlias: 'ref', setName: 's', itemId: item, sample: 1, text: second, costUsd: 0, cached: false })
    }
    checks.saveExtraAnswer('r1', { modelAlias: 'stu', setName: 's', itemId: '1', sample: 1, text: 'same', costUsd: 0, cached: false })
    expect(checks.secondSamples('r1', 'ref')).toEqual({ pairs: 2, identical: 1 })
    expect(checks.secondSamples('r1', 'nobody')).toEqual({ pairs: 0, identical: 0 })
  })

  it('stores each kind of check judgement under its own key and returns their scores in order', () => {
    const checks = createRseChecksRepo(db)
    const base = { judgeAlias: 'j', setName: 's', itemId: '1', reasked: false }
    checks.saveCheckJudgment('r1', { ...base, kind: 'swap', studentAlias: 'stu', sample: 0, overall: 3, rawReply: 'Overall: 3' })
    checks.saveCheckJudgment('r1', { ...base, kind: 'floor', studentAlias: 'stu', sample: 0, pairedItem: '2', overall: 1, rawReply: 'Overall: 1' })
    checks.saveCheckJudgment('r1', { ...base, kind: 'ceiling', studentAlias: 'ref', sample: 1, failedReason: 'The judge could not be asked: timeout' })
    checks.saveCheckJudgment('r1', { ...base, kind: 'ceiling', studentAlias: 'ref', sample: 1, overall: 5, rawReply: 'Overall: 5' })
    const scores = checks.checkScores('r1')
    expect(scores.map((score) => [score.kind, score.overall, score.replied, score.failedReason])).toEqual([
      ['ceiling', 5, true, undefined],
      ['floor', 1, true, undefined],
      ['swap', 3, true, undefined],
    ])
    expect(db.prepare("SELECT paired_item FROM rse_check_judgments WHERE kind = 'floor'").get()).toEqual({ paired_item: '2' })
    expect(() =>
      db
        .prepare("INSERT INTO rse_check_judgments (run_id, kind, judge_alias, student_alias, set_name, item_id) VALUES ('r1', 'other', 'j', 's', 's', '1')")
        .run(),
    ).toThrow(/CHECK/)
  })
})

describe("one item's further samples and check judgements (the item drawer)", () => {
  /** Two prompts of set s, two students: each prompt's rows differ, so a read that strays shows up. */
  function seedTwoItems() {
    const batch = createWriteBatch(db)
    const cache = createLlmCacheRepo(db, { batch })
    const checks = createRseChecksRepo(db, batch)
    cache.put('k-cached', { text: 'cached second answer', finishReason: 'stop', usage: { inputTokens: 1, outputTokens: 2 } })
    for (const item of ['1', '2'])
      for (const student of ['stu', 'other']) {
        const answer = { modelAlias: student, setName: 's', itemId: item, costUsd: 0, cached: false }
        checks.saveExtraAnswer('r1', { ...answer, sample: 1, text: `${student} on ${item}, second` })
        checks.saveExtraAnswer('r1', { ...answer, sample: 2, errorClass: 'server', errorMessage: `HTTP 500 on ${item}` })
        const base = { judgeAlias: 'j', studentAlias: student, setName: 's', itemId: item, reasked: false }
        checks.saveCheckJudgment('r1', { ...base, kind: 'sample', sample: 1, overall: Number(item) + 2 })
        checks.saveCheckJudgment('r1', { ...base, kind: 'sample', sample: 2, failedReason: 'The student gave no answer' })
        checks.saveCheckJudgment('r1', { ...base, kind: 'floor', sample: 0, pairedItem: item === '1' ? '2' : '1', overall: 1 })
        checks.saveCheckJudgment('r1', { ...base, kind: 'swap', sample: 0, overall: Number(item) })
      }
    for (const item of ['1', '2'])
      checks.saveCheckJudgment('r1', {
        judgeAlias: 'j',
        studentAlias: 'ref',
        setName: 's',
        itemId: item,
        reasked: false,
        kind: 'ceiling',
        sample: 1,
        overall: 5,
      })
    // Another set's item of the same id must not come back either.
    checks.saveExtraAnswer('r1', { modelAlias: 'stu', setName: 't', itemId: '1', sample: 1, cacheKey: 'k-cached', costUsd: 0, cached: true })
    checks.saveCheckJudgment('r1', { judgeAlias: 'j', studentAlias: 'stu', setName: 't', itemId: '1', reasked: false, kind: 'swap', sample: 0, overall: 4 })
    return checks
  }

  it("reads only this student's answers to this item, in sample order, a failed one as its error", () => {
    const checks = seedTwoItems()
    expect(checks.itemExtraAnswers('r1', 'stu', 's', '1')).toEqual([
      { sample: 1, text: 'stu on 1, second' },
      { sample: 2, error: 'HTTP 500 on 1' },
    ])
    // An answer kept in the response cache reads as its text.
    expect(checks.itemExtraAnswers('r1', 'stu', 't', '1')).toEqual([{ sample: 1, text: 'cached second answer' }])
    expect(checks.itemExtraAnswers('r1', 'stu', 's', '3')).toEqual([])
  })

  it("reads this item's check judgements: the student's samples, floor and swap, and the reference's ceiling", () => {
    const checks = seedTwoItems()
    const read = checks.itemCheckJudgments('r1', { studentAlias: 'stu', referenceAlias: 'ref', setName: 's', itemId: '2' })
    expect(read).toEqual([
      { kind: 'sample', judgeAlias: 'j', sample: 1, overall: 4 },
      { kind: 'sample', judgeAlias: 'j', sample: 2, failedReason: 'The student gave no answer' },
      { kind: 'floor', judgeAlias: 'j', sample: 0, pairedItem: '1', overall: 1 },
      { kind: 'swap', judgeAlias: 'j', sample: 0, overall: 2 },
      { kind: 'ceiling', judgeAlias: 'j', sample: 1, overall: 5 },
    ])
    // The ceiling is filed under the reference: asked under another alias, there is none.
    expect(checks.itemCheckJudgments('r1', { studentAlias: 'stu', referenceAlias: 'nobody', setName: 's', itemId: '2' }).map((row) => row.kind)).not.toContain(
      'ceiling',
    )
  })

  it('looks the item up on the primary key of both tables, never scanning a run', () => {
    const plan = (sql: string, ...params: string[]) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((row) => row.detail).join('\n')
    const answers = plan(ITEM_EXTRA_ANSWERS, 'r1', 'stu', 's', '1')
    const judgments = plan(ITEM_CHECK_JUDGMENTS, 'r1', 'floor', 'stu', 's', '1')
    expect(answers).toMatch(
      /SEARCH x USING (COVERING )?INDEX sqlite_autoindex_rse_extra_answers_1 \(run_id=\? AND model_alias=\? AND set_name=\? AND item_id=\?\)/,
    )
    expect(judgments).toMatch(
      /SEARCH rse_check_judgments USING (COVERING )?INDEX sqlite_autoindex_rse_check_judgments_1 \(run_id=\? AND kind=\? AND student_alias=\? AND set_name=\? AND item_id=\?\)/,
    )
    expect(`${answers}\n${judgments}`).not.toMatch(/SCAN/)
  })
})
