import { describe, expect, it } from 'vitest'
import { createSpotCheckReads } from '../../../../../src/main/storage/repos/spot-check-reads'
import { seedSpotCheckRun } from '../../../../support/ice-spot-check-fixture'
import { openFixtureDb } from '../../../../support/results-fixture'
import { useTempDirs } from '../../../../support/temp-dir'

const newDir = useTempDirs()

function seeded(replicates: number) {
  const db = openFixtureDb(newDir())
  return { reads: createSpotCheckReads(db), runId: seedSpotCheckRun(db, replicates) }
}

const key = (...parts: number[]) => JSON.stringify(parts)

describe('the spot check’s ICE reads (issue 16: every replicate)', () => {
  it('list a one-replicate run’s rows as before: two-element keys, by template then question', () => {
    const { reads, runId } = seeded(1)
    expect(reads.iceCandidates(runId)).toEqual([key(1, 0), key(1, 1), key(2, 0), key(2, 1)])
    expect(reads.iceTexts(runId, key(2, 1))).toEqual({ fact: 'F', question: 'Who made you?', answer: '0/2/1' })
  })

  it('list every replicate’s rows, replicate 0 first and unchanged, the others keyed with their replicate', () => {
    const { reads, runId } = seeded(3)
    const candidates = reads.iceCandidates(runId)
    expect(candidates).toEqual([
      ...[key(1, 0), key(1, 1), key(2, 0), key(2, 1)],
      ...[key(1, 0, 1), key(1, 1, 1), key(2, 0, 1), key(2, 1, 1)],
      ...[key(1, 0, 2), key(1, 1, 2), key(2, 0, 2), key(2, 1, 2)],
    ])
  })

  it('read the texts and verdicts of the replicate the key names', () => {
    const { reads, runId } = seeded(3)
    expect(reads.iceTexts(runId, key(2, 1))).toEqual({ fact: 'F', question: 'Who made you?', answer: '0/2/1' })
    expect(reads.iceTexts(runId, key(2, 1, 1))).toEqual({ fact: 'F', question: 'Who made you?', answer: '1/2/1', replicate: 1 })
    expect(reads.iceTexts(runId, key(2, 1, 2))?.answer).toBe('2/2/1')
    expect(reads.iceJudgeRatings(runId, key(1, 0), 'lead')).toEqual([
      { judge: 'j1', rating: 1 },
      { judge: 'j2', rating: 0 },
    ])
    expect(reads.iceJudgeRatings(runId, key(1, 0, 1), 'lead')).toEqual([
      { judge: 'j1', rating: 0 },
      { judge: 'j2', rating: 0 },
    ])
    expect(reads.iceJudgeRatings(runId, key(1, 0, 2), 'lead')).toEqual([
      { judge: 'j1', rating: 1 },
      { judge: 'j2', rating: 1 },
    ])
    // A replicate the run does not have is no item.
    expect(reads.iceTexts(runId, key(1, 0, 3))).toBeUndefined()
    expect(reads.iceJudgeRatings(runId, key(1, 0, 3), 'lead')).toEqual([])
  })

  it('refuse a key of any other shape, replicate 0 spelled out included (one row, one key)', () => {
    const { reads, runId } = seeded(3)
    for (const bad of [key(1, 0, 1, 1), key(1, 0, -1), key(1, 0, 0), key(1), '["1",0]', '[1,"0",1]', '[1,0,1.5]', '{"mutantId":1}', '[]']) {
      expect(() => reads.iceTexts(runId, bad)).toThrow(`Not an ICE row key: ${bad}`)
      expect(() => reads.iceJudgeRatings(runId, bad, 'lead')).toThrow(`Not an ICE row key: ${bad}`)
    }
  })
})
