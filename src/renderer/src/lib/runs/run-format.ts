import type { MantineColor } from '@mantine/core'
import {
  isCompletedStatus,
  isResumableStatus,
  type ProviderWaiting,
  type RoleProgress,
  type RunProgress,
  type RunStatus,
  type RunSummary,
} from '../../../../shared/contract/index'
import { formatCount } from '../format'

/*
 * How runs and their progress are put into words. No React here, so it is unit-tested in Node.
 */

// ---------------------------------------------------------------------------------------------
// Status

interface StatusInfo {
  readonly label: string
  readonly color: MantineColor
  /** A sentence for the run's page. */
  readonly description: string
}

const STATUS: Readonly<Record<RunStatus, StatusInfo>> = {
  pending: { label: 'Waiting', color: 'gray', description: 'The run is about to start.' },
  running: { label: 'Running', color: 'blue', description: 'The run is sending requests.' },
  paused: { label: 'Paused', color: 'yellow', description: 'The run is paused. Resume it to send what is missing; nothing already answered is sent again.' },
  interrupted: {
    label: 'Interrupted',
    color: 'orange',
    description: 'Distillscope stopped while this run was going. Resume it to send what is missing; nothing already answered is sent again.',
  },
  completed: { label: 'Completed', color: 'green', description: 'The run has finished: every prompt was asked and every answer judged.' },
  completed_with_warnings: {
    label: 'Completed with warnings',
    color: 'orange',
    description:
      'The run has finished, but some calls failed after retries or too many judgements could not be read. Read the warnings before using its numbers.',
  },
  cancelled: { label: 'Cancelled', color: 'gray', description: 'The run was cancelled. Its results cover what was done before.' },
  failed: { label: 'Failed', color: 'red', description: 'The run stopped because of an error.' },
}

export function statusLabel(status: RunStatus): string {
  return STATUS[status]?.label ?? status
}

export function statusColor(status: RunStatus): MantineColor {
  return STATUS[status]?.color ?? 'gray'
}

export function statusDescription(status: RunStatus): string {
  return STATUS[status]?.description ?? ''
}

/** Sending requests now (or about to): pausing makes sense, deleting does not. */
export function isActive(status: RunStatus): boolean {
  return status === 'running' || status === 'pending'
}

/** Ended for good: results are final. */
export function isFinished(status: RunStatus): boolean {
  return isCompletedStatus(status) || status === 'cancelled' || status === 'failed'
}

export interface RunActions {
  readonly pause: boolean
  readonly resume: boolean
  readonly cancel: boolean
  readonly delete: boolean
  /** Anything scored can be looked at; a run that has not ended shows its results so far. */
  readonly results: boolean
}

/** Mirrors the run manager: pause a running run, resume a stopped one (or retry a finished one's failed calls), delete one not going. */
export function availableActions(status: RunStatus): RunActions {
  return {
    pause: status === 'running',
    resume: isResumableStatus(status),
    cancel: status === 'running' || status === 'pending' || status === 'paused' || status === 'interrupted',
    delete: !isActive(status),
    results: status !== 'pending',
  }
}

/** "Resume" for a stopped run; "Retry failed calls" for one that finished with failures. */
export function resumeLabel(status: RunStatus): string {
  return status === 'completed_with_warnings' || status === 'failed' ? 'Retry failed calls' : 'Resume'
}

export function kindLabel(kind: RunSummary['kind']): string {
  if (kind === 'rse') return 'RSE (response similarity)'
  if (kind === 'ice') return 'ICE (identity consistency)'
  return kind
}

/** "12 Mar 2025, 14:05" in the person's own locale; the raw text if the date cannot be read. */
export function formatDateTime(iso: string | undefined, locale?: string): string {
  if (!iso) return '—'
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date)
}

// ---------------------------------------------------------------------------------------------
// Progress

// Progress and the estimate count requests per role; a judge's re-asks are judge requests too.
const ROLE_LABELS: Readonly<Record<string, string>> = {
  reference: 'Reference answers',
  student: 'Student answers',
  judge: 'Judge requests',
  target: 'Target answers',
  helper: 'Template rewrites',
  earlier: 'Earlier sessions',
}

const ROLE_ORDER = ['earlier', 'reference', 'student', 'target', 'helper', 'judge']

export function roleLabel(role: string): string {
  return ROLE_LABELS[role] ?? role.charAt(0).toUpperCase() + role.slice(1)
}

export interface RoleRow extends RoleProgress {
  readonly role: string
  readonly label: string
}

/** Roles in the order work flows: answers first, judgements last; unknown roles after, by name. */
export function roleRows(progress: Pick<RunProgress, 'roles'>): readonly RoleRow[] {
  const rank = (role: string) => {
    const index = ROLE_ORDER.indexOf(role)
    return index === -1 ? ROLE_ORDER.length : index
  }
  return Object.entries(progress.roles)
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([role, entry]) => ({ role, label: roleLabel(role), ...entry }))
}

/** Failed work across roles (the overall bar's red part). */
export function failedTotal(progress: Pick<RunProgress, 'roles'>): number {
  return Object.values(progress.roles).reduce((sum, role) => sum + role.failed, 0)
}

/** Whole percent, never above 100, and 0 (not NaN) when there is nothing to do. */
export function percent(done: number, total: number): number {
  if (!(total > 0) || !(done > 0)) return 0
  return Math.min(100, Math.floor((done / total) * 100))
}

/** "12 of at most 30 requests, 1 failed" (the failed are among the made; the total is an upper bound). */
export function progressText(entry: Pick<RoleProgress, 'done' | 'total'> & { readonly failed?: number }): string {
  const base = `${formatCount(entry.done)} of at most ${formatCount(entry.total)} requests`
  return entry.failed ? `${base}, ${formatCount(entry.failed)} failed` : base
}

/**
 * A run's requests as the results page and the progress page both say them:
 * "1,234 requests: 1,000 sent, 230 from the cache, 4 failed" (sent + from the cache + failed = requests made).
 */
export function requestsText(calls: { readonly sent: number; readonly cached: number; readonly failed: number }): string {
  return `${formatCount(calls.sent + calls.cached + calls.failed, 'request')}: ${formatCount(calls.sent)} sent, ${formatCount(calls.cached)} from the cache, ${formatCount(calls.failed)} failed`
}

/** Requests long unanswered (a stalled provider), in words a person can act on: it is the provider, not the app. */
export function waitingText(waiting: ProviderWaiting): string {
  const ago = waiting.longestSeconds < 120 ? `${waiting.longestSeconds} s` : `${Math.floor(waiting.longestSeconds / 60)} min`
  const sent =
    waiting.requests === 1
      ? `1 request sent ${ago} ago and not answered yet`
      : `${formatCount(waiting.requests)} requests sent and not answered yet, the longest ${ago} ago`
  return `Waiting on the provider: ${sent}. A request not answered within the model's time limit is given up and tried again.`
}

/**
 * Time left in words. Undefined seconds: no pace yet (the first answers have not come back).
 * Rounded up to the minute above one minute, so "about 1 min" never hides 1 min 50 s.
 */
export function formatEta(seconds: number | undefined): string {
  if (seconds === undefined || !Number.isFinite(seconds) || seconds < 0) return 'working it out…'
  if (seconds < 5) return 'a few seconds'
  if (seconds < 60) return 'less than a minute'
  const minutes = Math.ceil(seconds / 60)
  if (minutes < 60) return `about ${minutes} min`
  const hours = Math.floor(minutes / 60)
  const rest = minutes % 60
  if (hours >= 48) return `about ${Math.round(hours / 24)} days`
  return rest === 0 ? `about ${hours} h` : `about ${hours} h ${rest} min`
}

/** The more advanced of two snapshots of the same run (events and a fetch may arrive out of order). */
export function newerProgress(current: RunProgress | undefined, incoming: RunProgress | undefined): RunProgress | undefined {
  if (!current) return incoming
  if (!incoming) return current
  return incoming.done >= current.done ? incoming : current
}

// ---------------------------------------------------------------------------------------------
// Errors by cause

const ERROR_LABELS: Readonly<Record<string, { readonly label: string; readonly hint: string }>> = {
  rate_limit: {
    label: 'Rate limit reached',
    hint: 'The provider asked to slow down, even after retries. Lower the model’s requests per minute or concurrency.',
  },
  server: { label: 'Provider server error', hint: 'The provider failed to answer (HTTP 5xx). Resuming later usually works.' },
  timeout: { label: 'Timed out', hint: 'No answer in time. Long answers may need a longer timeout.' },
  network: { label: 'Network problem', hint: 'The provider could not be reached.' },
  auth: { label: 'Key refused', hint: 'Check the provider’s API key on the Models page.' },
  quota: { label: 'Out of credit', hint: 'The account has no credit or quota left.' },
  bad_request: { label: 'Request rejected', hint: 'The provider refused the request as sent (for example, too long).' },
  content_filter: { label: 'Blocked by a content filter', hint: 'The provider declined to answer this prompt.' },
  cancelled: { label: 'Cancelled', hint: 'The request was stopped.' },
  unparseable: { label: 'Unreadable judge reply', hint: 'The judge’s reply had no score or verdict that could be read, even after asking again.' },
  skipped: { label: 'Skipped', hint: 'Not judged because an answer it needed (the reference’s or the student’s) failed.' },
}

export function errorLabel(cause: string): string {
  return ERROR_LABELS[cause]?.label ?? 'Other problem'
}

export function errorHint(cause: string): string {
  return ERROR_LABELS[cause]?.hint ?? ''
}

export interface ErrorRow {
  readonly cause: string
  readonly label: string
  readonly hint: string
  readonly count: number
}

/** Causes with at least one failure, the most frequent first. */
export function errorRows(errors: RunProgress['errors']): readonly ErrorRow[] {
  return Object.entries(errors)
    .filter((entry): entry is [string, number] => typeof entry[1] === 'number' && entry[1] > 0)
    .sort(([a, countA], [b, countB]) => countB - countA || errorLabel(a).localeCompare(errorLabel(b)))
    .map(([cause, count]) => ({ cause, label: errorLabel(cause), hint: errorHint(cause), count }))
}
