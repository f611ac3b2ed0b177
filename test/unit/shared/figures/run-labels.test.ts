import { describe, expect, it } from 'vitest'
import type { IceResults } from '../../../../src/shared/contract/ice-results'
import { runDate, runLabels } from '../../../../src/shared/figures/run-labels'
import { iceModelsFrom } from '../../../../src/shared/figures/sources'
import { buildTable } from '../../../../src/shared/tables/catalogue'
import type { TextCell } from '../../../../src/shared/tables/table'
import { iceFixture } from '../../../support/figure-fixtures'

describe('run labels', () => {
  it('dates in UTC to the minute, from the end or else the start; nothing for a missing or unreadable date', () => {
    expect(runDate({ finishedAt: '2025-03-10T09:30:59.000Z', createdAt: '2025-03-01T00:00:00Z' })).toBe('2025-03-10 09:30')
    expect(runDate({ createdAt: '2025-03-01T23:59:00+02:00' })).toBe('2025-03-01 21:59')
    expect(runDate({ finishedAt: 'yesterday' })).toBeUndefined()
    expect(runDate(undefined)).toBeUndefined()
  })

  it('names, then dates for repeated names, then positions; ids for unknown runs', () => {
    const runs = [
      { id: 'r1', name: 'Judge A', finishedAt: '2025-03-10T09:30:00Z' },
      { id: 'r2', name: 'Judge A', finishedAt: '2025-03-11T09:30:00Z' },
      { id: 'r3', name: ' ', finishedAt: '2025-03-11T09:30:00Z' },
    ]
    expect(runLabels(['r1', 'r2', 'r3', 'r4'], runs)).toEqual(['Judge A (2025-03-10 09:30)', 'Judge A (2025-03-11 09:30)', 'r3', 'r4'])
    expect(runLabels(['r1', 'r2'], [runs[0]!, { ...runs[1]!, finishedAt: runs[0]!.finishedAt }])).toEqual([
      'Judge A (2025-03-10 09:30) (run 1)',
      'Judge A (2025-03-10 09:30) (run 2)',
    ])
  })
})

describe('ICE rows of the same target are told apart', () => {
  const withJudge = (run: IceResults, judge: string, runId: string): IceResults => ({
    ...run,
    runId,
    judge: { alias: 'judge', model: judge },
    judges: [{ alias: 'judge', model: judge }],
  })
  const first = withJudge(iceFixture('sim-target-leaky', 'target'), 'sim-judge', 'run_1')
  const second = withJudge(iceFixture('sim-target-leaky', 'target'), 'gpt-4o-mini', 'run_2')
  const labels = (runs: readonly IceResults[], known?: Parameters<typeof iceModelsFrom>[1]) => iceModelsFrom(runs, known).map((model) => model.label)

  it('by judge when the judges differ (the same alias in both runs would say nothing)', () => {
    expect(labels([first, second])).toEqual(['sim-target-leaky (judge sim-judge)', 'sim-target-leaky (judge gpt-4o-mini)'])
  })

  it('by run name when known, with the judge when it differs', () => {
    const known = [
      { id: 'run_1', name: 'Monday' },
      { id: 'run_2', name: 'Tuesday' },
    ]
    expect(labels([first, { ...second, judge: first.judge, judges: first.judges }], known)).toEqual(['sim-target-leaky (Monday)', 'sim-target-leaky (Tuesday)'])
    expect(labels([first, second], known)).toEqual(['sim-target-leaky (judge sim-judge, Monday)', 'sim-target-leaky (judge gpt-4o-mini, Tuesday)'])
  })

  it('a panel by all of its judges, so it is not taken for its first judge alone', () => {
    const panel: IceResults = { ...first, runId: 'run_4', judges: [first.judge, { alias: 'j2', model: 'claude-3-5-haiku' }] }
    expect(labels([first, panel])).toEqual(['sim-target-leaky (judge sim-judge)', 'sim-target-leaky (judge sim-judge + claude-3-5-haiku)'])
  })

  it('by position when nothing else differs, and never when the model is measured once', () => {
    const again = { ...first, runId: 'run_3' }
    expect(labels([first, again, iceFixture('other', 'x')])).toEqual(['sim-target-leaky (run 1)', 'sim-target-leaky (run 2)', 'other'])
    expect(labels([first, again, second])).toEqual([
      'sim-target-leaky (judge sim-judge, run 1)',
      'sim-target-leaky (judge sim-judge, run 2)',
      'sim-target-leaky (judge gpt-4o-mini)',
    ])
  })

  it('the ice table uses these labels and notes that the judges differ', () => {
    const table = buildTable('ice', { rse: [], ice: [first, second], runs: [{ id: 'run_1', name: 'Monday' }] })
    expect(table.rows.map((row) => (row.cells[0] as TextCell).text)).toEqual([
      'sim-target-leaky (judge sim-judge, Monday)',
      'sim-target-leaky (judge gpt-4o-mini, run_2)',
    ])
    expect(table.notes.join(' ')).toContain('judged by different models (sim-judge, gpt-4o-mini)')
    expect(buildTable('ice', { rse: [], ice: [first] }).notes.join(' ')).not.toContain('different models')
  })
})
