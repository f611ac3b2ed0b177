import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { IceAttackRow } from '../../../../../src/main/core/evaluators/ice/loop/types'
import { AWAITING_REJUDGE, needsRejudge } from '../../../../../src/main/core/evaluators/ice/rejudge-marks'
import { openDatabase, type Db } from '../../../../../src/main/storage/database'
import { bundledMigrations } from '../../../../../src/main/storage/migration-files'
import { migrate } from '../../../../../src/main/storage/migrator'
import { createAnswerCopies } from '../../../../../src/main/storage/repos/answer-copies'
import { createIceRunsRepo } from '../../../../../src/main/storage/repos/ice-runs'
import { createRseResultsRepo } from '../../../../../src/main/storage/repos/rse-results'

let db: Db
const addRun = (id: string, kind: 'rse' | 'ice') =>
  db
    .prepare("INSERT INTO runs (id, kind, name, status, spec_json, spec_hash, created_at) VALUES (?, ?, 'r', 'completed', '{}', 'h', '2026-12-04')")
    .run(id, kind)
beforeEach(() => {
  db = openDatabase(':memory:')
  migrate(db, bundledMigrations())
})
afterEach(() => db.close())

const row = (questionIndex: number, extra: Partial<IceAttackRow>): IceAttackRow => ({
  iteration: 1,
  mutantId: 5,
  parentId: 0,
  mutator: 'expand',
  level: 1,
  questionIndex,
  questionId: `q${questionIndex}`,
  question: 'Who made you?',
  template: 'T [INSERT PROMPT HERE]',
  prompt: 'T Who made you?',
  questionAppended: false,
  loose: { verdict: 1, via: 'tag', reply: '<verdict>1</verdict>' },
  ...extra,
})

describe('copying a run’s answers into a re-judge run', () => {
  it('RSE: the items and every given answer (text or cache key), not the failed ones, not the judgements; the first run untouched', () => {
    addRun('a', 'rse')
    addRun('b', 'rse')
    const repo = createRseResultsRepo(db)
    repo.saveItems('a', [{ setName: 's', itemId: '1', position: 0, prompt: 'Why?' }])
    const base = { setName: 's', itemId: '1', costUsd: 0.5, cached: false }
    repo.saveAnswer('a', { ...base, modelAlias: 'ref', text: 'Because.' })
    repo.saveAnswer('a', { ...base, modelAlias: 'stu', errorClass: 'server', errorMessage: 'HTTP 500' })
    repo.saveJudgment('a', { judgeAlias: 'judge', studentAlias: 'stu', setName: 's', itemId: '1', reasked: false, failedReason: 'missing' })

    expect(createAnswerCopies(db).copyRse('a', 'b')).toEqual({ items: 1, answers: 1 })
    expect(repo.items('b')).toEqual(repo.items('a'))
    expect(repo.answers('b')).toEqual([{ ...base, modelAlias: 'ref', text: 'Because.', costUsd: 0, errorClass: undefined, errorMessage: undefined }])
    expect(repo.judgments('b')).toEqual([])
    expect(repo.answers('a')).toHaveLength(2)
  })

  it('ICE: inputs, tree and every replicate’s stop state as stored; each answer waiting for the new judges, without the old verdicts; a failed target kept as it was', () => {
    addRun('a', 'ice')
    addRun('b', 'ice')
    const repo = createIceRunsRepo(db)
    repo.saveInputs('a', {
      questions: { name: 'q', contentHash: 'h', items: [] },
      seeds: { name: 's', contentHash: 'h', items: [] },
      fact: 'f',
      vendors: [],
      keywords: [],
    })
    repo.saveNodes('a', [{ id: 0, level: 0, text: 'seed' }])
    repo.saveState('a', { stopReason: 'max_query', iterations: 3 })
    repo.saveState('a', { stopReason: 'stalled', iterations: 7 }, 1)
    repo.saveState('a', { stopReason: 'max_success', iterations: 2 }, 2)
    const judged = row(0, {
      answer: 'I am GPT-4.',
      strict: { verdict: 1, via: 'tag' },
      judges: [{ judge: 'j1', loose: { verdict: 1, via: 'tag' } }],
    })
    const failed = row(1, {
      targetError: { errorClass: 'timeout', message: 'slow' },
      loose: { verdict: null, via: 'failed', error: 'The target gave no answer to judge.' },
    })
    repo.saveRow('a', judged)
    repo.saveRow('a', failed)

    expect(createAnswerCopies(db).copyIce('a', 'b')).toEqual({ items: 1, answers: 2 })
    expect(repo.inputs('b')).toEqual(repo.inputs('a'))
    expect(repo.nodes('b')).toEqual(repo.nodes('a'))
    expect(repo.state('b')).toEqual({ stopReason: 'max_query', iterations: 3 })
    // Every replicate's stop state (issue 16), not only the run's own seed's.
    expect(repo.states('b')).toEqual([
      { replicate: 0, stopReason: 'max_query', iterations: 3 },
      { replicate: 1, stopReason: 'stalled', iterations: 7 },
      { replicate: 2, stopReason: 'max_success', iterations: 2 },
    ])
    expect(repo.states('a')).toEqual(repo.states('b'))
    const [waiting, kept] = repo.rows('b')
    expect(waiting).toMatchObject({ answer: 'I am GPT-4.', loose: { verdict: null, error: AWAITING_REJUDGE } })
    expect(waiting).not.toHaveProperty('strict')
    expect(waiting).not.toHaveProperty('judges')
    expect(needsRejudge(waiting!)).toBe(true)
    expect(kept).toEqual(failed)
    expect(needsRejudge(kept!)).toBe(false)
    expect(needsRejudge(judged)).toBe(false)
    expect(needsRejudge(row(2, { answer: 'x', loose: { verdict: null, via: 'failed', error: 'The judge could not be asked', errorClass: 'server' } }))).toBe(
      true,
    )
    expect(repo.rows('a')).toEqual([judged, failed])
  })

  it('copies all or nothing: a failure part-way leaves the new run without any copied row', () => {
    addRun('a', 'rse')
    const repo = createRseResultsRepo(db)
    repo.saveItems('a', [{ setName: 's', itemId: '1', position: 0, prompt: 'Why?' }])
    repo.saveAnswer('a', { setName: 's', itemId: '1', modelAlias: 'ref', text: 'Because.', costUsd: 0, cached: false })
    // Run "b" already holds that answer, so copying the answers fails after the items were copied.
    addRun('b', 'rse')
    repo.saveAnswer('b', { setName: 's', itemId: '1', modelAlias: 'ref', text: 'Other.', costUsd: 0, cached: false })
    expect(() => createAnswerCopies(db).copyRse('a', 'b')).toThrow()
    expect(repo.items('b')).toEqual([])
    expect(repo.answers('b').map((answer) => answer.text)).toEqual(['Other.'])
  })
})
