import type { FuzzProgress, RunProgress } from '../../../shared/contract/runs'

export interface ProgressTrackerOptions {
  readonly runId: string
  /** Role -> how many calls the run needs of it. */
  readonly totals: Readonly<Record<string, number>>
  readonly emit: (progress: RunProgress) => void
  readonly now?: () => number
  /** At most one event per interval (about ten a second), plus one at the end. */
  readonly intervalMs?: number
}

/**
 * Counts a run's calls as they finish and reports progress, throttled. Work found already done
 * when a run resumes counts as done but not towards the pace, so the ETA reflects this session.
 */
export class ProgressTracker {
  private readonly roles: Record<string, { done: number; failed: number; total: number }> = {}
  private readonly errors: Record<string, number> = {}
  private inputTokens = 0
  private outputTokens = 0
  private costUsd = 0
  private fuzz: FuzzProgress | undefined
  private doneThisSession = 0
  private readonly startedAt: number
  private lastEmit = -Infinity
  private readonly now: () => number
  private readonly intervalMs: number

  constructor(private readonly options: ProgressTrackerOptions) {
    this.now = options.now ?? (() => performance.now())
    this.intervalMs = options.intervalMs ?? 100
    this.startedAt = this.now()
    for (const [role, total] of Object.entries(options.totals)) this.roles[role] = { done: 0, failed: 0, total }
  }

  /** Work stored by an earlier session of this run. */
  restore(role: string, done: number, failed: number): void {
    const entry = this.role(role)
    entry.done += done
    entry.failed += failed
  }

  /** One unit of a role's work finished; `failed` names why it failed (an error class, 'unparseable'...). */
  record(role: string, failed?: string): void {
    const entry = this.role(role)
    entry.done++
    if (failed) {
      entry.failed++
      this.errors[failed] = (this.errors[failed] ?? 0) + 1
    }
    this.doneThisSession++
    this.maybeEmit()
  }

  /** What calls cost (a judge's re-ask completes no unit of work; a resume adds earlier sessions' totals). */
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
    const done = Object.values(this.roles).reduce((sum, entry) => sum + entry.done, 0)
    const total = Object.values(this.roles).reduce((sum, entry) => sum + entry.total, 0)
    const elapsed = (this.now() - this.startedAt) / 1000
    const pace = this.doneThisSession > 0 && elapsed > 0 ? this.doneThisSession / elapsed : 0
    return {
      runId: this.options.runId,
      roles,
      done,
      total,
      errors: { ...this.errors },
      inputTokens: this.inputTokens,
      outputTokens: this.outputTokens,
      costUsd: this.costUsd,
      ...(pace > 0 ? { etaSeconds: Math.max(0, Math.round(Math.max(0, total - done) / pace)) } : {}),
      ...(this.fuzz ? { fuzz: { ...this.fuzz } } : {}),
    }
  }

  /** Sends the latest state now, whatever the throttle says (run start and end). */
  flush(): void {
    this.lastEmit = this.now()
    this.options.emit(this.snapshot())
  }

  private maybeEmit(): void {
    if (this.now() - this.lastEmit >= this.intervalMs) this.flush()
  }

  private role(role: string) {
    return (this.roles[role] ??= { done: 0, failed: 0, total: 0 })
  }
}
