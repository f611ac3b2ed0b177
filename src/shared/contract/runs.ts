import { z } from 'zod'
import type { JudgeCheckEstimate, JudgePanelCheckResult } from './judge-check'
import type { LlmErrorClass } from './models'
import { defineEvent, defineRoute } from './define'
import { judgesFileSchema } from './judges-file'
import { runSpecSchema, type RunSpec } from './run-spec'

/** The `error` of a run paused by its budget; the app offers to resume it with a higher one. */
export const BUDGET_PAUSED_MESSAGE = 'Paused: the budget for this run was reached. Resume it with a higher budget to continue.'

export type RunStatus = 'pending' | 'running' | 'paused' | 'interrupted' | 'completed' | 'completed_with_warnings' | 'cancelled' | 'failed'
export type TerminalStatus = 'completed' | 'completed_with_warnings' | 'cancelled' | 'failed'

/**
 * Runs that can be resumed: stopped part-way (paused, interrupted), or finished with failed calls
 * (completed with warnings, failed), whose resume asks the failed calls again and nothing else.
 */
export const isResumableStatus = (status: RunStatus): boolean =>
  status === 'paused' || status === 'interrupted' || status === 'completed_with_warnings' || status === 'failed'

/** Finished with every result final (possibly with warnings): the results page is the run's answer. */
export const isCompletedStatus = (status: RunStatus): boolean => status === 'completed' || status === 'completed_with_warnings'

export interface RoleProgress {
  readonly done: number
  readonly failed: number
  readonly total: number
}

export interface RunProgress {
  readonly runId: string
  /**
   * Requests per role: reference, student, judge (RSE); target, helper, judge (ICE); 'earlier' for a
   * resumed run's earlier sessions. `total` is at most how many the role needs (the estimate's bound).
   */
  readonly roles: Readonly<Record<string, RoleProgress>>
  /** Requests made (sent + from the cache + failed), as the results count them, and at most how many. */
  readonly done: number
  readonly total: number
  /** The requests made, split as the results page splits them; `atMost` equals `total`. */
  readonly requests?: RequestCounts
  /** Failures by cause: an error class, 'unparseable' (a judge reply that could not be read) or 'skipped' (an answer it needed failed). */
  readonly errors: Readonly<Partial<Record<LlmErrorClass | 'unparseable' | 'skipped', number>>>
  readonly inputTokens: number
  readonly outputTokens: number
  readonly costUsd: number
  /** Seconds left at the current pace; absent until there is a pace to go by. */
  readonly etaSeconds?: number
  /** ICE only: where the fuzzing loop is (METHOD.md 2.2). */
  readonly fuzz?: FuzzProgress
  /** Requests sent and long unanswered (a stalled provider); absent while answers come in ordinary time. */
  readonly waiting?: ProviderWaiting
}

/** The run's requests with the provider, when the oldest has waited long: how many, and its wait in whole seconds. */
export interface ProviderWaiting {
  readonly requests: number
  readonly longestSeconds: number
}

export interface RequestCounts {
  readonly sent: number
  readonly cached: number
  readonly failed: number
  readonly atMost: number
}

export interface FuzzProgress {
  readonly iteration: number
  /** Attack rows so far (target queries) and the run's query budget. */
  readonly queries: number
  readonly maxQueries: number
  /** Loose positives so far. */
  readonly successes: number
  readonly mutants: number
  readonly poolSize: number
}

export interface RunSummary {
  readonly id: string
  readonly kind: RunSpec['kind']
  readonly name: string
  readonly status: RunStatus
  readonly error?: string
  /** Why a finished run is "completed with warnings" (or what a failed one lacked), in sentences. */
  readonly warnings?: readonly string[]
  readonly createdAt: string
  readonly startedAt?: string
  readonly finishedAt?: string
  /**
   * Goes up by one at every status change. Replies and events can arrive out of order, so a copy
   * of a run replaces the one shown only when its number is not lower.
   */
  readonly statusSeq: number
  /** The run whose stored answers this one judges again (issue 13 item 3), when it is a re-judge. */
  readonly rejudgeOf?: string
}

export interface RunDetail extends RunSummary {
  readonly spec: RunSpec
  readonly progress?: RunProgress
}

export interface RunEstimate {
  readonly calls: Readonly<Record<string, number>>
  readonly inputTokens: number
  readonly outputTokens: number
  readonly costUsd: number
  /** How the numbers were reached, e.g. which tokenizer, and the assumed answer lengths. */
  readonly notes: readonly string[]
  readonly warnings: readonly string[]
  /** The optional judge check's calls and cost (runs.judgeCheck), so it is shown before it is made. */
  readonly judgeCheck?: JudgeCheckEstimate
}

const id = z.object({ id: z.string().min(1).max(64) }).strict()
/**
 * The largest paper package file accepted. A real one is a few MB; the cap keeps an import (the
 * file, its base64 in transit and what it unpacks to) under 300 MB of memory for any input.
 */
export const PACKAGE_MAX_BYTES = 64 * 1024 * 1024
/** The same, as base64 (4 characters per 3 bytes). */
const PACKAGE_MAX_BASE64 = Math.ceil(PACKAGE_MAX_BYTES / 3) * 4
/** A spec from the wizard or a file; file paths inside it resolve against `baseDir`. */
const specInput = z.object({ spec: runSpecSchema, baseDir: z.string().max(1000).optional() }).strict()

export const runRoutes = {
  'runs.list': defineRoute<readonly RunSummary[]>()(z.object({}).strict().optional()),
  'runs.get': defineRoute<RunDetail>()(id),
  'runs.estimate': defineRoute<RunEstimate>()(specInput),
  /** Sends the run's judge its canned cases (issue 11 item 4); cached like any call. */
  'runs.judgeCheck': defineRoute<JudgePanelCheckResult>()(specInput),
  /** Validates, records the run and returns at once; progress and the end arrive as events. */
  'runs.start': defineRoute<{ readonly runId: string }>()(specInput),
  /**
   * Judges a finished run's stored answers again with these judges (issue 13 item 3): a new run,
   * linked to the first, that sends judge calls only. Refused while the run is going.
   */
  'runs.rejudge': defineRoute<{ readonly runId: string }>()(z.object({ id: z.string().min(1).max(64), judges: judgesFileSchema }).strict()),
  'runs.pause': defineRoute<RunSummary>()(id),
  /** Resumes a paused or interrupted run; `budgetUsd` raises the budget of a run paused by it. */
  'runs.resume': defineRoute<RunSummary>()(z.object({ id: z.string().min(1).max(64), budgetUsd: z.number().positive().max(1_000_000).optional() }).strict()),
  'runs.cancel': defineRoute<RunSummary>()(id),
  /** The RSE judge prompt used unless a spec has its own (METHOD.md section 3: visible and editable). */
  /** A rubric's judge prompt in full (issue 15 item 4): ours by default. */
  'runs.defaultJudgePrompt': defineRoute<{ readonly system: string; readonly template: string }>()(
    z
      .object({ rubric: z.enum(['distillscope', 'as-published']).optional() })
      .strict()
      .optional(),
  ),
  /** The run's paper package (a zip, base64): manifest, spec, raw responses and judgements, methods paragraph, citation. */
  'runs.exportPackage': defineRoute<{ readonly fileName: string; readonly base64: string }>()(id),
  /**
   * Stores a paper package as a new completed run; its tables and figures are rebuilt with no model call.
   * A package changed after export fails with 'conflict' unless `acceptModified`.
   */
  'runs.importPackage': defineRoute<{ readonly runId: string }>()(
    z
      .object({
        fileName: z.string().trim().min(1).max(260),
        base64: z.string().max(PACKAGE_MAX_BASE64, 'The package is larger than 64 MB'),
        /** Import even though files changed after export (the 'conflict' error); the run is marked so. */
        acceptModified: z.boolean().optional(),
      })
      .strict(),
    { maxBytes: PACKAGE_MAX_BASE64 + 64 * 1024 },
  ),
  /** Refused while the run is going; removes its answers and judgements (the response cache stays). */
  'runs.delete': defineRoute<{ readonly deleted: true }>()(id),
}

export const runEvents = {
  'runs.progress': defineEvent<RunProgress>(),
  /** Any status change (started, paused, resumed, interrupted...). */
  'runs.status': defineEvent<RunSummary>(),
  /** Exactly once per run that ends: completed, cancelled or failed. */
  'runs.finished': defineEvent<RunSummary & { readonly status: TerminalStatus }>(),
}
