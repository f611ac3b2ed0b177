import { describe, expect, it } from 'vitest'
import { createResultsMemo } from '../../../../../src/main/services/runs/results-memo'

describe('results kept in memory for runs that are not running (issue 17 item 2)', () => {
  it('keeps one value per state of a run and forgets every state of a run on request', () => {
    const memo = createResultsMemo<number>()
    const done = { id: 'r1', statusSeq: 3 }
    expect(memo.peek(done)).toBeUndefined()
    memo.put(done, 1)
    expect(memo.peek(done)).toBe(1)
    // A resumed and finished again run has a new statusSeq: nothing is known of that state.
    expect(memo.peek({ ...done, statusSeq: 5 })).toBeUndefined()
    memo.put({ ...done, statusSeq: 5 }, 2)
    memo.put({ id: 'r10', statusSeq: 3 }, 3)
    memo.forget('r1')
    expect(memo.peek(done)).toBeUndefined()
    expect(memo.peek({ ...done, statusSeq: 5 })).toBeUndefined()
    // Only r1's states: a run whose id starts the same is untouched.
    expect(memo.peek({ id: 'r10', statusSeq: 3 })).toBe(3)
  })

  it('keeps only the most recently used few', () => {
    const memo = createResultsMemo<string>()
    for (let i = 0; i < 40; i++) memo.put({ id: `r${i}`, statusSeq: 1 }, `v${i}`)
    expect(memo.size()).toBe(16)
    expect(memo.peek({ id: 'r0', statusSeq: 1 })).toBeUndefined()
    expect(memo.peek({ id: 'r39', statusSeq: 1 })).toBe('v39')
  })
})
