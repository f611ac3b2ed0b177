import type { CallRecord } from './llm-client'

/** What was spent: every call the call layer made or served from its cache. */
export interface CallTotals {
  readonly sent: number
  readonly cached: number
  readonly failed: number
  readonly inputTokens: number
  readonly outputTokens: number
  readonly costUsd: number
}

export interface LlmCallsRepo {
  record(entry: CallRecord): void
  totals(filter?: { runId?: string; modelId?: string }): CallTotals
  /** The versions a run's models reported, with how many answered calls each (issue 15 item 5). */
  versions(runId: string): ReportedVersionCount[]
}

export interface ReportedVersionCount {
  readonly modelId: string
  readonly reportedModel: string | null
  readonly fingerprint: string | null
  readonly calls: number
}
