import { describe, expect, it } from 'vitest'
import { formatIceTable, iceJson } from '../../../../src/main/cli/ice-report'
import type { IceResults } from '../../../../src/shared/contract/ice-results'
import { iceFixture, wilson } from '../../../support/figure-fixtures'

const panel = (): IceResults => {
  const run = iceFixture()
  return {
    ...run,
    judges: [
      { alias: 'j1', model: 'gpt-4o-mini' },
      { alias: 'j2', model: 'claude-haiku' },
    ],
    scores: { ...run.scores, looseSplits: 12, strictSplits: 3 },
    perJudge: [
      { judge: 'j1', loose: wilson(400, 1000), strict: wilson(120, 900), looseUnjudged: 0, strictUnjudged: 0 },
      { judge: 'j2', loose: wilson(300, 1000), strict: wilson(90, 950), looseUnjudged: 0, strictUnjudged: 0 },
    ],
  }
}

describe('the ICE report with a judge panel (issue 13)', () => {
  it('--json gives each judge its own loose and strict beside the panel, and the splits', () => {
    const json = iceJson(panel())
    expect(json.splits).toEqual({ loose: 12, strict: 3 })
    expect(json.judges?.map((judge) => judge.judge)).toEqual(['j1', 'j2'])
    expect(json.judges?.[0]?.loose).toMatchObject({ count: 400, n: 1000, rate: 0.4 })
    expect(json.judges?.[1]?.strict).toMatchObject({ count: 90, n: 950 })
  })

  it('--json of a single judge has no per-judge entries and zero splits', () => {
    const json = iceJson(iceFixture())
    expect(json.judges).toBeUndefined()
    expect(json.splits).toEqual({ loose: 0, strict: 0 })
  })

  it('the text report names every judge, the majority rule and the splits', () => {
    const text = formatIceTable(panel())
    expect(text).toMatch(/judged by a panel of j1 \(gpt-4o-mini\), j2 \(claude-haiku\), by majority/)
    expect(text).toMatch(/Judge j1 alone: loose 400\/1000 = 40\.0%/)
    expect(text).toMatch(/Panel splits .*: 12 loose, 3 strict/)
    expect(formatIceTable(iceFixture())).toMatch(/judged by judge \(gpt-4o-mini\);/)
    expect(formatIceTable(iceFixture())).not.toMatch(/splits/)
  })
})

const replicated = (): IceResults => {
  const run = iceFixture()
  const combined = { ...wilson(700, 2000), rate: 0.35, low: 0.2, high: 0.5, ciMethod: 'replicates-combined' as const }
  return {
    ...run,
    scores: { ...run.scores, loose: combined },
    replicates: [
      { replicate: 0, seed: 7, n: 1000, loose: wilson(400, 1000), strict: wilson(100, 1000), hard: wilson(50, 1000) },
      { replicate: 1, seed: 123456, n: 1000, loose: wilson(300, 1000), strict: wilson(90, 1000), hard: wilson(40, 1000) },
    ],
    spread: { loose: 0.0707, strict: 0.007, hard: null },
    fuzz: {
      iterations: 20,
      stopReason: 'max_query',
      replicates: [
        { replicate: 0, iterations: 20, stopReason: 'max_query' },
        { replicate: 1, iterations: 14, stopReason: 'stalled' },
      ],
    },
  }
}

describe('the ICE report with fuzzing replicates (issue 16)', () => {
  it('--json gives each replicate with its seed and rates, and the spread; one replicate gives neither', () => {
    const json = iceJson(replicated())
    expect(json.replicates?.map((replicate) => [replicate.replicate, replicate.seed, replicate.n])).toEqual([
      [0, 7, 1000],
      [1, 123456, 1000],
    ])
    expect(json.replicates?.[1]?.loose).toMatchObject({ count: 300, n: 1000, rate: 0.3 })
    expect(json.spread).toEqual({ loose: 0.0707, strict: 0.007, hard: null })
    expect(json.loose).toMatchObject({ rate: 0.35, ci: [0.2, 0.5], ciMethod: 'replicates-combined' })
    expect(iceJson(iceFixture()).replicates).toBeUndefined()
  })

  it('the text report prints a line per replicate, the spread, and how the overall interval is made', () => {
    const text = formatIceTable(replicated())
    expect(text).toMatch(/Replicate 1 \(seed 7, 1000 rows\): loose 400\/1000 = 40\.0%/)
    expect(text).toMatch(/Replicate 2 \(seed 123456, 1000 rows\): loose 300\/1000 = 30\.0%/)
    expect(text).toMatch(/Between-replicate SD: loose 7\.1 points, strict 0\.7 points, hard -/)
    expect(text).toMatch(/mean over the fuzzing replicates/)
    expect(formatIceTable(iceFixture())).not.toMatch(/[Rr]eplicate/)
  })
})

describe('where each fuzzing replicate stopped (issue 16)', () => {
  it('--json gives each replicate its iterations and stop reason; the top-level ones stay replicate 0’s', () => {
    const json = iceJson(replicated())
    expect(json.replicates?.map((replicate) => [replicate.replicate, replicate.iterations, replicate.stopReason])).toEqual([
      [0, 20, 'max_query'],
      [1, 14, 'stalled'],
    ])
    expect([json.iterations, json.stopReason]).toEqual([20, 'max_query'])
    const unfinished = replicated()
    const stillGoing = { ...unfinished, fuzz: { iterations: 20, replicates: [{ replicate: 0, iterations: 20 }] } }
    expect(iceJson(stillGoing).replicates?.map((replicate) => [replicate.iterations, replicate.stopReason])).toEqual([
      [20, null],
      [null, null],
    ])
  })

  it('the text report says beside each replicate’s rates where it stopped, and names replicate 1 in the iterations line', () => {
    const text = formatIceTable(replicated())
    expect(text).toMatch(/Replicate 1 \(seed 7, 1000 rows\): loose .*; 20 iterations \(stopped: max_query\)/)
    expect(text).toMatch(/Replicate 2 \(seed 123456, 1000 rows\): loose .*; 14 iterations \(stopped: stalled\)/)
    expect(text).toMatch(/Iterations in replicate 1: 20 \(stopped: max_query\)\./)
    const stillGoing = { ...replicated(), fuzz: { iterations: 20, replicates: [{ replicate: 0, iterations: 20 }] } }
    expect(formatIceTable(stillGoing)).toMatch(/Replicate 1 .*; 20 iterations \(not stopped yet\)/)
    expect(formatIceTable(stillGoing)).toMatch(/Replicate 2 .*; stop not recorded/)
    expect(formatIceTable(iceFixture())).toMatch(/Iterations: 20 \(stopped: max-query\)\./)
  })
})
