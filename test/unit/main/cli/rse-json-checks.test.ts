import { describe, expect, it } from 'vitest'
import { formatRseTable, rseJson } from '../../../../src/main/cli/rse-report'
import type { RseResults } from '../../../../src/shared/contract/results'

/** Issue 16: `--json` and the text report carry the calibration, the samples and the position check. */
const BASE: RseResults = {
  runId: 'r1',
  status: 'completed',
  warnings: [],
  unreadable: { judge: { alias: 'judge', model: 'judge-model' }, count: 0, judged: 0, examples: [] },
  reference: { alias: 'ref', model: 'gpt-4o' },
  judge: { alias: 'judge', model: 'judge-model' },
  sets: ['Numina'],
  students: [
    {
      alias: 's1',
      model: 'm1',
      sets: [{ name: 'Numina', mean: 4, n: 10, failed: 0, aspects: {} }],
      avg: 4,
      normalised: { sets: [{ name: 'Numina', value: 0.8, ci: { low: 0.7, high: 0.9 } }], avg: 0.8, avgCi: { low: 0.7, high: 0.9 } },
      withinPromptSd: 0.4,
    },
  ],
  calibration: {
    ceiling: { sets: [{ name: 'Numina', mean: 4.8, ci: { low: 4.6, high: 4.9 }, n: 10, failed: 0 }], mean: 4.8, ci: { low: 4.6, high: 4.9 } },
    floor: { sets: [{ name: 'Numina', mean: 1.2, n: 10, failed: 1 }], mean: 1.2 },
    referenceGreedy: true,
    identicalSamples: 9,
    samplePairs: 10,
  },
  studentSamples: 3,
  positionCheck: { judges: [{ judge: 'judge', items: 20, meanShift: -0.5, ci: { low: -0.7, high: -0.3 }, flagged: true }] },
  calls: { sent: 1, cached: 0, failed: 0 },
  costUsd: 0,
}

describe('rse --json with issue 16 checks', () => {
  it('gives the ceiling and floor with intervals, each student normalised, the samples and the position check', () => {
    const json = rseJson(BASE) as Record<string, unknown> & ReturnType<typeof rseJson>
    expect(json.calibration).toEqual({
      ceiling: { mean: 4.8, ci: [4.6, 4.9], sets: [{ name: 'Numina', mean: 4.8, ci: [4.6, 4.9], n: 10, failed: 0 }] },
      floor: { mean: 1.2, ci: null, sets: [{ name: 'Numina', mean: 1.2, ci: null, n: 10, failed: 1 }] },
      referenceGreedy: true,
      identicalSamples: 9,
      samplePairs: 10,
    })
    expect(json.results[0]).toMatchObject({
      normalised: { avg: 0.8, ci: [0.7, 0.9], sets: [{ name: 'Numina', value: 0.8, ci: [0.7, 0.9] }] },
      withinPromptSd: 0.4,
    })
    expect(json.studentSamples).toBe(3)
    expect(json.positionCheck).toEqual([{ judge: 'judge', items: 20, meanShift: -0.5, ci: [-0.7, -0.3], flagged: true }])
  })

  it('leaves all of it out for a run without checks', () => {
    const { calibration: _c, studentSamples: _s, positionCheck: _p, ...plain } = BASE
    const json = rseJson({ ...plain, students: [{ alias: 's1', model: 'm1', sets: BASE.students[0]!.sets, avg: 4 }] }) as Record<string, unknown>
    for (const key of ['calibration', 'studentSamples', 'positionCheck']) expect(json).not.toHaveProperty(key)
    expect((json.results as Record<string, unknown>[])[0]).not.toHaveProperty('normalised')
  })

  it('says in the text report that a greedy reference makes the ceiling a judge of identical answers, and flags a position-biased judge', () => {
    const text = formatRseTable(BASE)
    expect(text).toContain('Ceiling (the reference against its second sample): 4.800 [4.60-4.90]')
    expect(text).toContain('9 of 10 second samples were word for word its first')
    expect(text).toContain('s1: normalised Avg 0.800 [0.70-0.90]')
    expect(text).toContain('3 answers per student and prompt')
    expect(text).toMatch(/Position check, judge: .* -0\.500 \[-0\.70--0\.30\] — this judge depends on which answer/)
  })
})
