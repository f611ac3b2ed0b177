import { describe, expect, it } from 'vitest'
import { formatRseTable, rseJson } from '../../../../src/main/cli/rse-report'
import type { RseResults, RseStudentResult } from '../../../../src/shared/contract/results'

const student = (alias: string, avg: number): RseStudentResult => ({
  alias,
  model: `${alias}-model`,
  sets: [{ name: 'set', mean: avg, n: 4, failed: 0, aspects: {} }],
  avg,
})

const single: RseResults = {
  runId: 'r1',
  status: 'completed',
  warnings: [],
  unreadable: { judge: { alias: 'j1', model: 'gpt-4o' }, count: 0, judged: 8, examples: [] },
  reference: { alias: 'ref', model: 'ref-model' },
  judge: { alias: 'j1', model: 'gpt-4o' },
  judges: [{ alias: 'j1', model: 'gpt-4o' }],
  sets: ['set'],
  students: [student('s1', 4), student('s2', 3)],
  calls: { sent: 1, cached: 0, failed: 0 },
  costUsd: 0,
}

const panel: RseResults = {
  ...single,
  judges: [
    { alias: 'j1', model: 'gpt-4o' },
    { alias: 'j2', model: 'claude-sonnet' },
  ],
  students: [student('s1', 3.5), student('s2', 2.5)],
  perJudge: [
    { judge: 'j1', students: [student('s1', 4), student('s2', 3)] },
    { judge: 'j2', students: [student('s1', 3), student('s2', 2)] },
  ],
}

describe('the RSE report of a judge panel (issue 13)', () => {
  it("--json adds each judge's results, in the shape of the panel's", () => {
    const json = rseJson(panel)
    expect(json.results.map((row) => row.avg)).toEqual([3.5, 2.5])
    expect(json.judges).toEqual([
      { judge: 'j1', results: [rseJson(single).results[0], rseJson(single).results[1]] },
      { judge: 'j2', results: [expect.objectContaining({ model: 's1', avg: 3 }), expect.objectContaining({ model: 's2', avg: 2 })] },
    ])
    expect(json).not.toHaveProperty('agreement')
  })

  it('--json of a single judge has no "judges", as before panels', () => {
    expect(rseJson(single)).not.toHaveProperty('judges')
  })

  it('the text report names every judge, the panel rule and each judge Avg', () => {
    const text = formatRseTable(panel)
    expect(text).toContain('judged by a panel of 2 (j1 (gpt-4o), j2 (claude-sonnet))')
    expect(text).toContain('mean of the judges')
    expect(text).toContain('s1: panel 3.500; j1 4.000, j2 3.000')
    expect(formatRseTable(single)).toContain('judged by j1 (gpt-4o)\n')
    expect(formatRseTable(single)).not.toContain('Avg by judge')
  })

  it('the text report counts unreadable replies per judge of a panel', () => {
    const unreadable = (alias: string, count: number) => ({ judge: { alias, model: alias }, count, judged: 8, examples: [] })
    const text = formatRseTable({ ...panel, unreadable: unreadable('j2', 2), unreadableByJudge: [unreadable('j1', 0), unreadable('j2', 2)] })
    expect(text).toContain('Unreadable judgements by j2 (left out of the means, not counted): 2 of 8.')
    expect(text).not.toContain('by j1')
  })
})
