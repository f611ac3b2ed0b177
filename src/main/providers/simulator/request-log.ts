import { performance } from 'node:perf_hooks'
import type { FaultKind } from './faults'

/**
 * One line per API request (the /__sim control endpoints are not logged, so a rate-limit check
 * sees only what a provider would). Entries are filled in as the request progresses.
 */
export interface RequestLogEntry {
  /** 1, 2, 3 ... in arrival order. */
  readonly id: number
  /** Monotonic milliseconds since the simulator started, taken when the request's headers arrived. */
  readonly arrivedAtMs: number
  /** Wall-clock time of arrival (ms since the epoch), to line up with other processes' logs. */
  readonly arrivedAtEpochMs: number
  readonly method: string
  readonly path: string
  model: string | null
  /** The persona kind the model resolved to: reference, student, target, judge, helper or generic. */
  persona: string | null
  /** For the judge and helper: which Distillscope prompt it recognised (rse, iceLoose, ..., mutator). */
  role: string | null
  /** HTTP status sent; null if none was (a `timeout` fault, or the client left first). */
  status: number | null
  fault: FaultKind | null
  stream: boolean
  /** How many times this exact request (path and body) has arrived, this one included. */
  attempt: number
  /** The wait drawn before answering (latency plus seeded jitter), in ms; null before it is drawn. */
  delayMs: number | null
  /** Monotonic ms since start when the connection for this request closed or the response ended; null while open. */
  endedAtMs: number | null
  /** The response was sent to its end (false: client left, a timeout or dropped-connection fault, or the simulator closed). */
  completed: boolean
}

/** Old entries are dropped past this many, so a long-running CLI simulator stays small. */
export const MAX_LOG_ENTRIES = 50_000

export class RequestLog {
  private entries: RequestLogEntry[] = []
  private nextId = 1
  private readonly startedAt = performance.now()

  now(): number {
    return performance.now() - this.startedAt
  }

  start(method: string, path: string): RequestLogEntry {
    const entry: RequestLogEntry = {
      id: this.nextId++,
      arrivedAtMs: this.now(),
      arrivedAtEpochMs: Date.now(),
      method,
      path,
      model: null,
      persona: null,
      role: null,
      status: null,
      fault: null,
      stream: false,
      attempt: 1,
      delayMs: null,
      endedAtMs: null,
      completed: false,
    }
    this.entries.push(entry)
    if (this.entries.length > MAX_LOG_ENTRIES) this.entries.splice(0, this.entries.length - MAX_LOG_ENTRIES)
    return entry
  }

  /** Copies, so callers cannot change the log and later updates do not change their snapshot. */
  snapshot(): RequestLogEntry[] {
    return this.entries.map((entry) => ({ ...entry }))
  }

  clear(): void {
    this.entries = []
  }
}
