import { describe, expect, it } from 'vitest'
import { createResultsMemo } from '../../../../../src/main/services/runs/results-memo'

describe('results kept for runs that are not running (issue 17 item 2, first part)', () => {
  it('computes a finished run once per state, again when its state changes, and always while it runs', () => {
    const memo = createResultsMemo<number>()
    let computed = 0
    const compute = () => ++computed
    const done = { id: 'r1', status: 'completed', statusSeq: 3 }
    expect(memo.get(done, compute)).toBe(1)
    expect(memo.get(done, compute)).toBe(1)
    // A resumed and finished again run has a new statusSeq: its results are computed anew.
    expect(memo.get({ ...done, statusSeq: 5 }, compute)).toBe(2)
    const running = { id: 'r2', status: 'running', statusSeq: 1 }
    expect(memo.get(running, compute)).toBe(3)
    expect(memo.get(running, compute)).toBe(4)
  })

  it('keeps only the most recently used few', () => {
    const memo = createResultsMemo<string>()
    for (let i = 0; i < 40; i++) memo.get({ id: `r${i}`, status: 'completed', statusSeq: 1 }, () => `v${i}`)
    expect(memo.size()).toBe(16)
    let again = 0
    memo.get({ id: 'r0', status: 'completed', statusSeq: 1 }, () => `again${++again}`)
    expect(again).toBe(1)
  })
})
