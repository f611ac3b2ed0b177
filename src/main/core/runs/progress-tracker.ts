import type { FuzzProgress, RunProgress } from '../../../shared/contract/runs'

export interface ProgressTrackerOptions {
  readonly runId: string
  /** Role -> at most how many requests the run makes of it (the estimate's bound, so both say the same). */
  readonly totals: Readonly<Record<string, number>>
  /**
   * Role -> how many requests it makes when nothing needs asking again (an RSE judge's re-ask is
   * for an unreadable reply only, yet doubles its bound): what the time left is counted from, so
   * it is not a third too long in a run whose replies all read. Roles not given count their bound.
   */
  readonly expected?: Readonly<Record<string, number>>
  readonly emit: (progress: RunProgress) => void
  readonly now?: () => number
  /** At most one event per interval (about ten a second), plus one at the end. */
  readonly intervalMs?: number
  /** The run's requests with the provider now (the LLM client's `waiting`), shown when the oldest has waited long. */
  readonly waiting?: () => { readonly requests: number; readonly longestMs: number } | undefined
}

/**
 * A wait shorter than this is no stall: ordinary answers to long prompts take 10-20 s, and showing
 * them as waits would make every run look stuck.
 */
export const LONG_WAIT_MS = 20_000

/** How often a run that is going reports while requests wait long, so a stall shows though nothing finishes. */
export const WAIT_REPORT_EVERY_MS = 5_000

/** How one request ended, counted as the results count the run's stored calls. */
export type RequestOutcome = { readonly cached: boolean } | { readonly errorClass: string }

/** What earlier sessions of a resumed run sent (the call log's totals). */
export interface EarlierRequests {
  readonly sent?: number
  readonly cached?: number
  readonly failed?: number
}

/** Earlier sessions' requests are one row of their own: the call log does not say which role made them. */
export const EARLIER_ROLE = 'earlier'

/**
 * Counts a run's requests (every model call: sent, answered from the cache or failed, re-asks and
 * helper calls included) as they finish, the same way the results count the run's call log, and
 * reports progress, throttled. Requests of earlier sessions count as made but not towards the pace,
 * so the ETA reflects this session.
 */
export class ProgressTracker {
  private readonly roles: Record<string, { done: number; failed: number; total: number }> = {}
  private readonly errors: Record<string, number> = {}
  private readonly requests = { sent: 0, cached: 0, failed: 0 }
  private inputTokens = 0
  private outputTokens = 0
  private costUsd = 0
  private fuzz: FuzzProgress | undefined
  private doneThisSession = 0
  private readonly startedAt: number
  private lastEmit = -Infinity
  private readonly now: () => number
  private readonly intervalMs: number
  private readonly atMost: number

  constructor(private readonly options: ProgressTrackerOptions) {
    this.now = options.now ?? (() => performance.now())
    this.intervalMs = options.intervalMs ?? 100
    this.startedAt = this.now()
    for (const [role, total] of Object.entries(options.totals)) this.roles[role] = { done: 0, failed: 0, total }
    this.atMost = Object.values(options.totals).reduce((sum, total) => sum + total, 0)
  }

  /** Requests made by earlier sessions of this run (resume). */
  restoreRequests(earlier: EarlierRequests): void {
    const sent = earlier.sent ?? 0
    const cached = earlier.cached ?? 0
    const failed = earlier.failed ?? 0
    const made = sent + cached + failed
    if (made === 0) return
    this.requests.sent += sent
    this.requests.cached += cached
    this.requests.failed += failed
    const entry = this.role(EARLIER_ROLE)
    entry.done += made
    entry.failed += failed
    entry.total += made
  }

  /** One request to a role's model ended: answered (sent or from the cache) or failed after retries. */
  request(role: string, outcome: RequestOutcome): void {
    const entry = this.role(role)
    entry.done++
    if ('errorClass' in outcome) {
      entry.failed++
      this.requests.failed++
      this.problem(outcome.errorClass)
    } else if (outcome.cached) this.requests.cached++
    else this.requests.sent++
    this.doneThisSession++
    this.maybeEmit()
  }

  /** A problem that is not a failed request: a judge reply that could not be read, a judgement skipped. */
  problem(cause: string): void {
    this.errors[cause] = (this.errors[cause] ?? 0) + 1
  }

  /** What calls cost (a resume adds earlier sessions' totals). */
  spend(usage: { inputTokens: number; outputTokens: number; costUsd: number }): void {
    this.inputTokens += usage.inputTokens
    this.outputTokens += usage.outputTokens
    this.costUsd += usage.costUsd
  }

  /** ICE: where the fuzzing loop is; sent with the next event. */
  setFuzz(fuzz: FuzzProgress): void {
    this.fuzz = fuzz
    this.maybeEmit()
  }

  get spentUsd(): number {
    return this.costUsd
  }

  snapshot(): RunProgress {
    const roles = Object.fromEntries(Object.entries(this.roles).map(([role, entry]) => [role, { ...entry }]))
    const { sent, cached, failed } = this.requests
    const done = sent + cached + failed
    // The bound holds for a run whose requests all succeed; failed ones asked again on resume add to it.
    const total = Math.max(this.atMost, done)
    const elapsed = (this.now() - this.startedAt) / 1000
    const pace = this.doneThisSession > 0 && elapsed > 0 ? this.doneThisSession / elapsed : 0
    return {
      runId: this.options.runId,
      roles,
      done,
      total,
      requests: { sent, cached, failed, atMost: total },
      errors: { ...this.errors },
      inputTokens: this.inputTokens,
      outputTokens: this.outputTokens,
      costUsd: this.costUsd,
      ...(pace > 0 ? { etaSeconds: Math.max(0, Math.round(this.likelyLeft() / pace)) } : {}),
      ...(this.fuzz ? { fuzz: { ...this.fuzz } } : {}),
      ...this.longWait(),
    }
  }

  /**
   * While the run is going: every `everyMs`, reports if requests have waited long (a stalled
   * provider finishes nothing, so nothing else would report). Returns the stop, for the run's `finally`.
   */
  reportWhileWaiting(everyMs = WAIT_REPORT_EVERY_MS): () => void {
    if (!this.options.waiting) return () => {}
    const timer = setInterval(() => {
      if (this.longWait().waiting) this.flush()
    }, everyMs)
    // A report is never a reason to keep the process alive.
    timer.unref?.()
    return () => clearInterval(timer)
  }

  /** Sends the latest state now, whatever the throttle says (run start and end). */
  flush(): void {
    this.lastEmit = this.now()
    this.options.emit(this.snapshot())
  }

  private maybeEmit(): void {
    if (this.now() - this.lastEmit >= this.intervalMs) this.flush()
  }

  /**
   * Requests still to come, role by role, counting what each role is expected to make (at most its
   * bound); earlier sessions' requests, whose roles the call log does not say, come off the sum.
   */
  private likelyLeft(): number {
    let left = 0
    for (const [role, entry] of Object.entries(this.roles))
      left += role === EARLIER_ROLE ? -entry.done : Math.max(0, Math.min(entry.total, this.options.expected?.[role] ?? entry.total) - entry.done)
    return Math.max(0, left)
  }

  private longWait(): Pick<RunProgress, 'waiting'> {
    const wait = this.options.waiting?.()
    if (!wait || wait.longestMs < LONG_WAIT_MS) return {}
    return { waiting: { requests: wait.requests, longestSeconds: Math.floor(wait.longestMs / 1000) } }
  }

  private role(role: string) {
    return (this.roles[role] ??= { done: 0, failed: 0, total: 0 })
  }
}
