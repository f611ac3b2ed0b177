import { describe, expect, it } from 'vitest'
import { loadSources, UnknownRunError, type RunsForExport } from '../../../../src/main/export/load-sources'
import type { RunSummary } from '../../../../src/shared/contract'
import { iceFixture, rseFixture } from '../../../support/figure-fixtures'

const summary = (id: string, kind: 'rse' | 'ice', status: RunSummary['status'] = 'completed'): RunSummary => ({
  id,
  kind,
  name: `Run ${id}`,
  status,
  createdAt: '2025-01-01T00:00:00Z',
  statusSeq: 1,
})

function fakeRuns(list: RunSummary[]): RunsForExport {
  return {
    list: () => list,
    rseResults: (id) => ({ ...rseFixture(), runId: id }),
    iceResults: (id) => ({ ...iceFixture(), runId: id }),
  }
}

describe('loadSources', () => {
  it('sorts the runs by kind, in the order given, and warns about unfinished ones', () => {
    const warnings: string[] = []
    const { sources, runs } = loadSources(fakeRuns([summary('i1', 'ice'), summary('r1', 'rse', 'paused'), summary('i2', 'ice')]), ['i2', 'r1', 'i1'], (line) =>
      warnings.push(line),
    )
    expect(sources.ice.map((run) => run.runId)).toEqual(['i2', 'i1'])
    expect(sources.rse.map((run) => run.runId)).toEqual(['r1'])
    expect(runs.map((run) => run.id)).toEqual(['i2', 'r1', 'i1'])
    expect(warnings).toEqual(['Run r1 is paused: its figures and tables show the results so far.'])
  })

  it('an unknown id names the first ten runs there are and how many more', () => {
    const list = Array.from({ length: 12 }, (_, index) => summary(`r${index}`, 'rse'))
    const error = (() => {
      try {
        loadSources(fakeRuns(list), ['gone'], () => undefined)
      } catch (caught) {
        return caught
      }
    })()
    expect(error).toBeInstanceOf(UnknownRunError)
    const message = (error as Error).message.split('\n')
    expect(message[0]).toBe('No run gone in this data folder. Runs there:')
    expect(message).toContain('  r9 (RSE, completed): Run r9')
    expect(message).not.toContain('  r10 (RSE, completed): Run r10')
    expect(message.at(-1)).toBe('  ... and 2 more')
    expect(() => loadSources(fakeRuns([]), ['gone'], () => undefined)).toThrow('No run gone: this data folder has no runs yet.')
  })
})
