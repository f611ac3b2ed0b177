import { describe, expect, it } from 'vitest'
import type { RunDetail, RunSummary } from '../../../../../src/shared/contract/index'
import { mergeDetail, mergeList, supersedes } from '../../../../../src/renderer/src/lib/data/useRuns'
import {
  availableActions,
  errorLabel,
  errorRows,
  failedTotal,
  formatDateTime,
  formatEta,
  isActive,
  isFinished,
  newerProgress,
  percent,
  progressText,
  requestsText,
  resumeLabel,
  roleLabel,
  roleRows,
  statusColor,
  statusLabel,
  waitingText,
} from '../../../../../src/renderer/src/lib/runs/run-format'
import type { RunProgress, RunStatus } from '../../../../../src/shared/contract/index'

function progress(overrides: Partial<RunProgress> = {}): RunProgress {
  return {
    runId: 'r1',
    roles: { judge: { done: 4, failed: 1, total: 12 }, reference: { done: 6, failed: 0, total: 6 }, student: { done: 10, failed: 2, total: 12 } },
    done: 20,
    total: 30,
    errors: {},
    inputTokens: 12_345,
    outputTokens: 6_789,
    costUsd: 0.0123,
    ...overrides,
  }
}

describe('progress', () => {
  it('orders roles as work flows and names them', () => {
    expect(roleRows(progress()).map((row) => [row.role, row.label, row.done, row.failed, row.total])).toEqual([
      ['reference', 'Reference answers', 6, 0, 6],
      ['student', 'Student answers', 10, 2, 12],
      ['judge', 'Judge requests', 4, 1, 12],
    ])
  })

  it('puts unknown roles after the known ones, capitalised', () => {
    const rows = roleRows({
      roles: { zeta: { done: 0, failed: 0, total: 1 }, judge: { done: 0, failed: 0, total: 1 }, alpha: { done: 0, failed: 0, total: 1 } },
    })
    expect(rows.map((row) => row.label)).toEqual(['Judge requests', 'Alpha', 'Zeta'])
    expect(roleRows({ roles: { judge: { done: 0, failed: 0, total: 1 }, earlier: { done: 3, failed: 0, total: 3 } } })[0]!.label).toBe('Earlier sessions')
    expect(roleLabel('helper')).toBe('Template rewrites')
  })

  it('gives whole percentages, never NaN or above 100', () => {
    expect(percent(1, 3)).toBe(33)
    expect(percent(2, 3)).toBe(66)
    expect(percent(3, 3)).toBe(100)
    expect(percent(0, 0)).toBe(0)
    expect(percent(5, 0)).toBe(0)
    expect(percent(7, 5)).toBe(100)
    expect(percent(-1, 5)).toBe(0)
  })

  it('counts requests against their upper bound, and failed ones, in words', () => {
    expect(progressText({ done: 12, total: 30 })).toBe('12 of at most 30 requests')
    expect(progressText({ done: 12, failed: 1, total: 30 })).toBe('12 of at most 30 requests, 1 failed')
    expect(progressText({ done: 1200, failed: 0, total: 3000 })).toBe('1,200 of at most 3,000 requests')
    expect(failedTotal(progress())).toBe(3)
  })

  it('names one total of requests and its parts, as the results page and progress both say it', () => {
    expect(requestsText({ sent: 296, cached: 218, failed: 0 })).toBe('514 requests: 296 sent, 218 from the cache, 0 failed')
    expect(requestsText({ sent: 1200, cached: 30, failed: 2 })).toBe('1,232 requests: 1,200 sent, 30 from the cache, 2 failed')
    expect(requestsText({ sent: 0, cached: 1, failed: 0 })).toBe('1 request: 0 sent, 1 from the cache, 0 failed')
  })

  it('says in plain words that requests wait on the provider, one or many, in seconds then minutes', () => {
    const retried = " A request not answered within the model's time limit is given up and tried again."
    expect(waitingText({ requests: 1, longestSeconds: 25 })).toBe(`Waiting on the provider: 1 request sent 25 s ago and not answered yet.${retried}`)
    expect(waitingText({ requests: 1200, longestSeconds: 119 })).toBe(
      `Waiting on the provider: 1,200 requests sent and not answered yet, the longest 119 s ago.${retried}`,
    )
    expect(waitingText({ requests: 2, longestSeconds: 185 })).toContain('the longest 3 min ago.')
  })

  it('puts the time left in words', () => {
    expect(formatEta(undefined)).toBe('working it out…')
    expect(formatEta(Number.NaN)).toBe('working it out…')
    expect(formatEta(-5)).toBe('working it out…')
    expect(formatEta(0)).toBe('a few seconds')
    expect(formatEta(30)).toBe('less than a minute')
    expect(formatEta(60)).toBe('about 1 min')
    expect(formatEta(61)).toBe('about 2 min')
    expect(formatEta(3540)).toBe('about 59 min')
    expect(formatEta(3599)).toBe('about 1 h')
    expect(formatEta(3600)).toBe('about 1 h')
    expect(formatEta(5400)).toBe('about 1 h 30 min')
    expect(formatEta(3 * 86_400)).toBe('about 3 days')
  })

  it('keeps the more advanced of two snapshots', () => {
    const older = progress({ done: 10 })
    const newer = progress({ done: 12 })
    expect(newerProgress(older, newer)).toBe(newer)
    expect(newerProgress(newer, older)).toBe(newer)
    expect(newerProgress(undefined, older)).toBe(older)
    expect(newerProgress(older, undefined)).toBe(older)
    const same = progress({ done: 10, costUsd: 1 })
    expect(newerProgress(older, same)).toBe(same)
  })
})

describe('errors by cause', () => {
  it('has readable labels, and says so for an unknown cause', () => {
    expect(errorLabel('rate_limit')).toBe('Rate limit reached')
    expect(errorLabel('server')).toBe('Provider server error')
    expect(errorLabel('timeout')).toBe('Timed out')
    expect(errorLabel('unparseable')).toBe('Unreadable judge reply')
    expect(errorLabel('skipped')).toBe('Skipped')
    expect(errorLabel('mystery')).toBe('Other problem')
  })

  it('lists causes with failures, the most frequent first', () => {
    const rows = errorRows({ timeout: 2, rate_limit: 5, skipped: 2, server: 0 })
    expect(rows.map((row) => [row.cause, row.count])).toEqual([
      ['rate_limit', 5],
      ['skipped', 2],
      ['timeout', 2],
    ])
    expect(rows[0]!.hint).toMatch(/slow down/)
    expect(errorRows({})).toEqual([])
  })
})

describe('status', () => {
  const statuses: RunStatus[] = ['pending', 'running', 'paused', 'interrupted', 'completed', 'completed_with_warnings', 'cancelled', 'failed']

  it('has a label and a colour for every status', () => {
    for (const status of statuses) {
      expect(statusLabel(status)).not.toBe('')
      expect(statusColor(status)).not.toBe('')
    }
    expect(statusLabel('interrupted')).toBe('Interrupted')
    expect(statusColor('failed')).toBe('red')
  })

  it('offers the actions the run manager accepts', () => {
    expect(availableActions('running')).toEqual({ pause: true, resume: false, cancel: true, delete: false, results: true })
    expect(availableActions('paused')).toEqual({ pause: false, resume: true, cancel: true, delete: true, results: true })
    expect(availableActions('interrupted')).toMatchObject({ resume: true, cancel: true, delete: true })
    expect(availableActions('completed')).toEqual({ pause: false, resume: false, cancel: false, delete: true, results: true })
    expect(availableActions('pending')).toMatchObject({ pause: false, delete: false, results: false })
    expect(availableActions('cancelled')).toMatchObject({ pause: false, resume: false, cancel: false, delete: true })
    // A run that finished with failed calls can be resumed to ask them again ("Retry failed calls").
    for (const status of ['completed_with_warnings', 'failed'] as const) {
      expect(availableActions(status)).toMatchObject({ pause: false, resume: true, cancel: false, delete: true })
      expect(resumeLabel(status)).toBe('Retry failed calls')
    }
    expect(resumeLabel('paused')).toBe('Resume')
  })

  it('knows which statuses are going and which have ended', () => {
    expect(statuses.filter(isActive)).toEqual(['pending', 'running'])
    expect(statuses.filter(isFinished)).toEqual(['completed', 'completed_with_warnings', 'cancelled', 'failed'])
  })

  it('formats dates, and shows what it cannot read', () => {
    expect(formatDateTime(undefined)).toBe('—')
    expect(formatDateTime('not a date')).toBe('not a date')
    expect(formatDateTime('2025-03-12T14:05:00.000Z', 'en-GB')).toMatch(/12 Mar 2025/)
  })
})

describe('late run updates', () => {
  const run = (status: RunSummary['status'], statusSeq: number, id = 'run_1'): RunSummary => ({
    id,
    kind: 'rse',
    name: 'A run',
    status,
    createdAt: '2026-01-01T00:00:00Z',
    statusSeq,
  })
  it('never let an older copy undo a newer one: a late "running" after the end, a list fetched before a pause', () => {
    expect(supersedes(run('completed', 4), run('running', 3))).toBe(false)
    expect(supersedes(run('paused', 2), run('running', 1))).toBe(false)
  })
  it('let every newer or equal copy through, whatever the status', () => {
    expect(supersedes(run('running', 1), run('completed', 2))).toBe(true)
    expect(supersedes(run('paused', 2), run('running', 3))).toBe(true)
    expect(supersedes(run('completed', 2), run('completed', 2))).toBe(true)
    expect(supersedes(undefined, run('running', 1))).toBe(true)
  })
  it('merges a fetched list run by run, keeping the runs shown newer, taking new runs and dropping deleted ones', () => {
    const shown = [run('completed', 4, 'a'), run('running', 1, 'b'), run('paused', 2, 'gone')]
    const fetched = [run('pending', 0, 'c'), run('running', 3, 'a'), run('completed', 2, 'b')]
    const merged = mergeList(shown, fetched)
    expect(merged.map((summary) => [summary.id, summary.status])).toEqual([
      ['c', 'pending'],
      ['a', 'completed'],
      ['b', 'completed'],
    ])
    expect(merged[1]).toBe(shown[0])
    expect(mergeList(undefined, fetched)).toBe(fetched)
  })
  it('keeps a run’s newer status in its details while taking the reply’s spec, and drops the older copy’s error', () => {
    const spec = { kind: 'rse' } as unknown as RunDetail['spec']
    const shown: RunDetail = { ...run('completed', 4), finishedAt: '2026-01-01T00:05:00Z', spec }
    const late: RunDetail = { ...run('paused', 3), error: 'Paused: the budget for this run was reached.', spec: { ...spec, budgetUsd: 9 } as RunDetail['spec'] }
    const merged = mergeDetail(shown, late)
    expect(merged).toMatchObject({ status: 'completed', statusSeq: 4, finishedAt: '2026-01-01T00:05:00Z', spec: { budgetUsd: 9 } })
    expect(merged.error).toBeUndefined()
    expect(mergeDetail(late, shown)).toEqual(shown)
  })
})
