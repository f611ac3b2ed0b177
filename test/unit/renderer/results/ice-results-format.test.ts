import { describe, expect, it } from 'vitest'
import {
  breakdownRows,
  buildLineage,
  formatCountOf,
  formatRate,
  fuzzSummary,
  paperNotes,
  paperRow,
  rateCell,
  rateWords,
  replicateStopText,
  rowOutcome,
  splitNote,
  stopReasonText,
  templateTitle,
  unjudgedNote,
  verdictOf,
} from '../../../../src/renderer/src/features/results/ice/ice-results-format'
import { formatRateInterval } from '../../../../src/renderer/src/lib/format'
import type { IceRate, IceScoreSet, IceTemplateNode } from '../../../../src/shared/contract/index'

function rate(count: number, n: number, low: number | null = null, high: number | null = null): IceRate {
  return {
    count,
    n,
    rate: n === 0 ? null : count / n,
    low,
    high,
    ciMethod: 'wilson',
    rowsIndependent: { low, high, ciMethod: 'wilson' },
    paper: { n, rate: n === 0 ? null : count / n },
  }
}

function scores(rows: number, loose: number): IceScoreSet {
  return {
    rows,
    loose: rate(loose, rows),
    strict: rate(0, rows),
    hard: rate(0, rows),
    looseUnjudged: 0,
    strictUnjudged: 0,
    looseSplits: 0,
    strictSplits: 0,
    targetErrors: 0,
  }
}

describe('rates and intervals', () => {
  it('prints rates with three decimals, intervals with a dash and counts with separators', () => {
    const r = rate(240, 1000, 0.2145, 0.2676)
    expect(formatRate(r.rate)).toBe('0.240')
    expect(formatRate(null)).toBe('—')
    expect(formatRateInterval(r)).toBe('0.214–0.268')
    // Rounded outwards, never past 0 or 1, and exact ends stay put.
    expect(formatRateInterval({ low: 0.1234, high: 0.1231 + 0.1 })).toBe('0.123–0.224')
    expect(formatRateInterval({ low: 0.268, high: 0.268 })).toBe('0.268–0.268')
    expect(formatRateInterval({ low: 0, high: 0.9999 })).toBe('0.000–1.000')
    expect(formatRateInterval(rate(0, 0))).toBe('')
    expect(formatCountOf(r)).toBe('240 of 1,000')
    expect(rateCell(r)).toBe('0.240 (0.214–0.268)')
    expect(rateCell(rate(0, 0))).toBe('—')
    expect(rateWords(r)).toBe('0.240, 95% interval 0.214 to 0.268, 240 of 1,000 answers')
    expect(rateWords(rate(0, 0))).toBe('no answers yet')
  })

  it('says what could not be judged, that it is left out of the rates, and the paper-compatible rates; nothing when all was', () => {
    const judged = { ...scores(10, 4), strict: rate(2, 7), hard: rate(1, 7) }
    expect(unjudgedNote(judged)).toBeUndefined()
    const withPaper = {
      ...judged,
      loose: { ...rate(4, 8), paper: { n: 10, rate: 0.4 } },
      strict: { ...rate(2, 7), paper: { n: 10, rate: 0.2 } },
      hard: { ...rate(1, 7), paper: { n: 10, rate: 0.1 } },
    }
    expect(unjudgedNote({ ...withPaper, looseUnjudged: 2, strictUnjudged: 1, targetErrors: 1 })).toBe(
      '1 question was not answered by the target; 2 answers have no loose verdict; 1 loose positive has no strict verdict. They are left out of the rates, which are over the answers judged (never counted as 0); the paper-compatible rates, over every answer, are: loose 0.400, strict 0.200, hard 0.100.',
    )
  })

  it('orders breakdowns as the paper’s aspects, unknown groups last', () => {
    const rows = breakdownRows({ geography: scores(10, 1), other: scores(5, 0), team: scores(10, 2) }, (key) => key.toUpperCase(), [
      'team',
      'cooperation',
      'geography',
    ])
    expect(rows.map((row) => row.label)).toEqual(['TEAM', 'GEOGRAPHY', 'OTHER'])
  })
})

describe('the template lineage', () => {
  const seed = (id: number, seedId: string): IceTemplateNode => ({ id, level: 0, seedId, inPool: true })
  const mutant = (id: number, parentId: number, level: number, extra: Partial<IceTemplateNode> = {}): IceTemplateNode => ({
    id,
    level,
    parentId,
    mutator: 'rephrase',
    iteration: id,
    inPool: true,
    scores: scores(50, 3),
    ...extra,
  })

  it('builds seed -> mutant trees, hiding seeds never used', () => {
    const lineage = buildLineage([
      seed(0, 's0'),
      seed(1, 's1'),
      seed(2, 's2'),
      mutant(3, 0, 1),
      mutant(4, 3, 2),
      mutant(5, 2, 1, { helperError: 'timeout', scores: undefined }),
      mutant(6, 0, 1),
    ])
    expect(lineage.roots.map((tree) => tree.node.id)).toEqual([0, 2])
    expect(lineage.unusedSeeds.map((tree) => tree.node.id)).toEqual([1])
    expect(lineage.roots[0]!.descendants).toBe(3)
    expect(lineage.roots[0]!.children.map((child) => child.node.id)).toEqual([3, 6])
    expect(lineage.roots[0]!.children[0]!.children[0]!.node.id).toBe(4)
    expect(lineage).toMatchObject({ mutants: 4, failedMutants: 1 })
  })

  it('keeps a node whose parent is missing as a root, and survives a cycle', () => {
    const lineage = buildLineage([mutant(7, 99, 1), { ...mutant(8, 9, 1) }, { ...mutant(9, 8, 1) }])
    expect(lineage.roots.map((tree) => tree.node.id)).toEqual([7])
    expect(buildLineage([]).roots).toEqual([])
  })

  it('names seeds by their source id and mutants by number', () => {
    expect(templateTitle({ id: 3, level: 0, seedId: '17' })).toBe('Seed 17')
    // A built-in seed's internal id shows as its name (issue 18 item 7).
    expect(templateTitle({ id: 4, level: 0, seedId: 'builtin-documentary' })).toBe('Seed: documentary')
    expect(templateTitle({ id: 5, level: 0, seedId: 'builtin-role_play-2' })).toBe('Seed: role play 2')
    expect(templateTitle({ id: 80, level: 2 })).toBe('Template 80')
  })
})

describe('attack rows', () => {
  const judge = (verdict: 0 | 1 | null) => ({ verdict, via: verdict === null ? ('failed' as const) : ('tag' as const) })

  it('gives each row its strongest finding', () => {
    expect(rowOutcome({ loose: judge(1), strict: judge(1), hard: true })).toBe('hard')
    expect(rowOutcome({ loose: judge(1), strict: judge(1), hard: false })).toBe('strict')
    expect(rowOutcome({ loose: judge(1), strict: judge(0), hard: false })).toBe('loose')
    expect(rowOutcome({ loose: judge(0), hard: false })).toBe('none')
    expect(rowOutcome({ loose: judge(null), hard: false })).toBe('unjudged')
    expect(rowOutcome({ loose: judge(null), hard: false, targetError: { errorClass: 'timeout', message: 'Timed out' } })).toBe('unanswered')
    expect(verdictOf(undefined)).toBe('not-asked')
    expect(verdictOf(judge(null))).toBe('none')
  })

  it('tells a panel’s split from an answer no judge could judge (issue 13)', () => {
    const split = { verdict: null, via: 'panel' as const, split: true as const }
    expect(rowOutcome({ loose: split, hard: false })).toBe('split')
    expect(verdictOf(split)).toBe('split')
    expect(rowOutcome({ loose: { verdict: 1, via: 'panel' as const }, strict: split, hard: false })).toBe('loose')
    expect(splitNote({ looseSplits: 0, strictSplits: 0 })).toBeUndefined()
    expect(splitNote({ looseSplits: 1, strictSplits: 0 })).toMatch(/^The judges split evenly on 1 answer on the loose question\. .*not a judge failure/)
    expect(splitNote({ looseSplits: 1200, strictSplits: 3 })).toMatch(/1,200 answers on the loose question and 3 loose positives on the strict question/)
  })
})

describe('the paper', () => {
  it('finds a published row and says what differs', () => {
    expect(paperRow('GLM-4-Plus')).toEqual({ model: 'GLM-4-Plus', loose: 0.42, strict: 0.3, hard: 0.16 })
    expect(paperRow('')).toBeUndefined()
    const notes = paperNotes({ simulated: true, judgeModel: 'sim-judge', rows: 100, suspectedVendors: ['OpenAI'] })
    expect(notes[0]).toMatch(/^This run uses simulated models/)
    expect(notes.some((note) => note.includes('Your judge is sim-judge, not gpt-4o-mini'))).toBe(true)
    expect(notes.some((note) => note.includes('Your run has 100 answers, not 1,000'))).toBe(true)
    expect(notes.some((note) => note.includes('suspected source was OpenAI and Anthropic'))).toBe(true)
    expect(paperNotes({ simulated: false, judgeModel: 'GPT-4o-mini', rows: 1000, suspectedVendors: ['anthropic', 'openai'] })).toHaveLength(1)
  })
})

describe('why a fuzzing run stopped (issue 18 item 7)', () => {
  it('is said in words, never as the engine’s code', () => {
    expect(stopReasonText('max_query')).toBe('its query budget was spent')
    expect(stopReasonText('stalled')).toBe('no new template could be made')
    for (const code of ['max_query', 'max_success', 'max_reject', 'max_iteration', 'stalled']) expect(stopReasonText(code)).not.toMatch(/_/)
    expect(stopReasonText('some_new_reason')).toBe('some new reason')
  })
})

describe('where each fuzzing replicate stopped (issue 16)', () => {
  const several = {
    iterations: 12,
    stopReason: 'max_query',
    replicates: [
      { replicate: 0, iterations: 12, stopReason: 'max_query' },
      { replicate: 1, iterations: 1, stopReason: 'stalled' },
      { replicate: 2, iterations: 9 },
    ],
  }

  it('one replicate: the iterations and why it stopped, as before', () => {
    expect(fuzzSummary({ iterations: 1200, stopReason: 'max_query' })).toBe('1,200 iterations (stopped: its query budget was spent)')
    expect(fuzzSummary({ iterations: 3 })).toBe('3 iterations')
  })

  it('several: the range of their iterations under the scores, and each one’s own reason beside its scores', () => {
    expect(fuzzSummary(several)).toBe('3 replicates of 1–12 iterations each (why each stopped is in the replicates table)')
    expect(fuzzSummary({ ...several, replicates: several.replicates.map((each) => ({ ...each, iterations: 5 })) })).toMatch(
      /^3 replicates of 5 iterations each/,
    )
    expect(replicateStopText(several, 0)).toBe('After 12 iterations: its query budget was spent')
    expect(replicateStopText(several, 1)).toBe('After 1 iteration: no new template could be made')
    expect(replicateStopText(several, 2)).toBe('Not yet (9 iterations so far)')
  })

  it('results stored without every replicate’s stop show a dash, not a made-up reason', () => {
    expect(replicateStopText({ iterations: 12, stopReason: 'max_query' }, 0)).toBe('—')
    expect(replicateStopText(several, 5)).toBe('—')
  })
})
