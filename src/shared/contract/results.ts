import { z } from 'zod'
import type { UnreadableJudgements } from './judge-issues'
import type { RunStatus } from './runs'
import { defineRoute } from './define'

export interface Interval {
  readonly low: number
  readonly high: number
}

export interface RseSetResult {
  readonly name: string
  /** Mean overall score (1-5) of the items that were scored; absent when none was. */
  readonly mean?: number
  readonly n: number
  readonly failed: number
  /** Bootstrap 95% interval of the mean (METHOD.md section 3). */
  readonly ci?: Interval
  readonly aspects: { readonly style?: number; readonly structure?: number; readonly content?: number }
  /** Bootstrap 95% interval of each aspect mean (0-2), over the items that gave that aspect. */
  readonly aspectCi?: { readonly style?: Interval; readonly structure?: Interval; readonly content?: Interval }
}

export interface RseStudentResult {
  readonly alias: string
  readonly model: string
  readonly sets: readonly RseSetResult[]
  /** Unweighted mean of the set means (METHOD.md 1.4), over sets with at least one score. */
  readonly avg?: number
  readonly avgCi?: Interval
  /** Issue 16 item 1 (a run with calibration): RSE normalised between the run's floor (0) and ceiling (1). */
  readonly normalised?: RseNormalised
  /** Issue 16 item 2 (studentSamples 2+): the mean over prompts of the standard deviation of the panel's scores of one prompt's samples. */
  readonly withinPromptSd?: number
}

/**
 * A student's RSE normalised per set, (mean - floor) / (ceiling - floor), and Avg (the mean of the
 * sets' normalised scores), with bootstrap intervals that resample the prompts of each set once for
 * the student's scores, the ceiling and the floor alike. Absent values: the set's ceiling is not above its floor.
 */
export interface RseNormalised {
  readonly sets: readonly { readonly name: string; readonly value?: number; readonly ci?: Interval }[]
  readonly avg?: number
  readonly avgCi?: Interval
}

/** A calibration anchor (issue 16 item 1): its mean score per set, and Avg over the sets, with bootstrap intervals. */
export interface RseAnchor {
  readonly sets: readonly { readonly name: string; readonly mean?: number; readonly ci?: Interval; readonly n: number; readonly failed: number }[]
  readonly mean?: number
  readonly ci?: Interval
}

/**
 * Where a run's judge puts the top and the bottom of its scale (issue 16 item 1). Ceiling: the
 * reference's second sample of each prompt judged against its first. Floor: each student's answer
 * judged against the reference answer of another prompt of the same set (a seeded derangement),
 * pooled over the students.
 */
export interface RseCalibration {
  readonly ceiling: RseAnchor
  readonly floor: RseAnchor
  /** The reference answers at temperature 0 (or with none set): its second sample is then likely its first again, and the ceiling says so. */
  readonly referenceGreedy: boolean
  /** Prompts whose second reference sample came back word for word the same as the first, of `samplePairs` compared. */
  readonly identicalSamples: number
  readonly samplePairs: number
}

/**
 * Issue 16 item 3: judged items asked again with the answers' roles swapped (the student's answer as
 * the reference, the reference's as the candidate). Per judge, the mean of (swapped - as asked) over
 * the items both scored, with a bootstrap interval; `flagged` when the interval excludes 0.
 */
export interface RsePositionCheck {
  readonly judges: readonly {
    readonly judge: string
    readonly items: number
    readonly meanShift?: number
    readonly ci?: Interval
    readonly flagged: boolean
  }[]
}

/**
 * Two students' Avg compared (issue 14 item 2): the difference with a paired bootstrap 95% interval
 * (the same resample of prompts for both) and whether it excludes 0 after Holm's adjustment
 * across every pair of the run.
 */
export interface RsePairResult {
  readonly a: string
  readonly b: string
  /** Avg(a) - Avg(b). */
  readonly diff: number
  readonly ci: Interval
  readonly p: number
  readonly adjustedP: number
  readonly adjustedExcludesZero: boolean
}

/** Share of bootstrap resamples in which a student keeps its rank by Avg (1 = highest). */
export interface RseRankStability {
  readonly alias: string
  readonly rank: number
  readonly keepsRank: number
}

export interface RseResults {
  readonly runId: string
  readonly status: RunStatus
  /** Why the run is "completed with warnings" (empty otherwise). */
  readonly warnings: readonly string[]
  /** Judgements whose reply could not be read: left out of the means, never counted. */
  readonly unreadable: UnreadableJudgements
  /** A panel of 2+ judges: each judge's unreadable replies (`unreadable` is then the judge with the most). */
  readonly unreadableByJudge?: readonly UnreadableJudgements[]
  readonly reference: { readonly alias: string; readonly model: string }
  /** The panel's first judge: what readers from before panels read (issue 13); `judges` lists the whole panel. */
  readonly judge: { readonly alias: string; readonly model: string }
  /** Every judge of the panel, in the spec's order (one for a single-judge run); read it through `panelOf`. */
  readonly judges?: readonly { readonly alias: string; readonly model: string }[]
  /**
   * A panel of 2+ judges: each judge's results computed from its scores alone, exactly as the
   * panel's are from the panel scores (the headline `students`, `pairs` and `rankStability` are the panel's).
   */
  readonly perJudge?: readonly RseJudgeResults[]
  /** How far the panel's judges agree (issue 13 item 2): only for a panel of 2+ judges. */
  readonly agreement?: RseJudgeAgreement
  /** The judge's rubric (issue 15 item 4), and whether the run edited its judge prompt. */
  readonly rubric?: 'distillscope' | 'as-published'
  readonly judgePromptEdited?: boolean
  readonly sets: readonly string[]
  readonly students: readonly RseStudentResult[]
  /** Every pair of students with an Avg, in the students' order. */
  readonly pairs?: readonly RsePairResult[]
  readonly rankStability?: readonly RseRankStability[]
  /** Issue 16 item 1: the run's measured ceiling and floor (a spec with `calibration`). */
  readonly calibration?: RseCalibration
  /** Issue 16 item 2: answers per student and prompt (a spec with studentSamples 2+); each item's score is the mean over them. */
  readonly studentSamples?: number
  /** Issue 16 item 3: the position-swap check (a spec with `positionCheck`). */
  readonly positionCheck?: RsePositionCheck
  readonly calls: { readonly sent: number; readonly cached: number; readonly failed: number }
  readonly costUsd: number
  /** What the providers reported answering (issue 15 item 5). */
  readonly modelVersions?: readonly ModelVersions[]
  /** The models that answered from the Offline demo's simulator (issue 18 item 2); absent when none. */
  readonly simulatedModels?: readonly string[]
  /** When these results were computed (ISO time); a running run's are recomputed every few seconds, not per request. */
  readonly computedAt?: string
  /** True while newer results of a running run are being computed; these are the latest finished ones. */
  readonly refreshing?: boolean
  /** Each model's display name by alias (a saved model's name, else the alias): figures print these, not model ids. */
  readonly displayNames?: Readonly<Record<string, string>>
}

/** The judges of an RSE run's panel: `judges`, or for results made before panels (fixtures, old readers) the one `judge`. */
export function panelOf(results: Pick<RseResults, 'judge' | 'judges'>): readonly { readonly alias: string; readonly model: string }[] {
  return results.judges ?? [results.judge]
}

export interface RseJudgeResults {
  readonly judge: string
  readonly students: readonly RseStudentResult[]
}

/**
 * The panel's agreement over the judges' overall scores (issue 13 item 2): Krippendorff's alpha
 * (ordinal) with its seeded bootstrap 95% interval, and the share of pairs of judges' scores of the
 * same item that are equal, or at most one point apart; `items` counts the (student, item) pairs.
 */
export interface RseJudgeAgreement {
  readonly items: number
  readonly alpha?: number
  readonly ci?: readonly [low: number, high: number]
  readonly exact?: number
  readonly withinOne?: number
}

export interface RseItemRow {
  readonly setName: string
  readonly itemId: string
  readonly prompt: string
  readonly student: string
  readonly reference?: { readonly text?: string; readonly error?: string }
  readonly candidate?: { readonly text?: string; readonly error?: string }
  /** The judgement of the item: its judge's, or for a panel the panel's (mean scores, no reply). */
  readonly judgment?: Omit<RseJudgeJudgment, 'judge'>
  /** A panel of 2+ judges (issue 13): each judge's judgement, in the panel's order; `judgment` is then the panel's (mean scores, no reply). */
  readonly judges?: readonly RseJudgeJudgment[]
  /** Issue 16, asked for with `checks`: the student's further answers to this prompt (a spec with studentSamples 2+); absent when none. */
  readonly furtherSamples?: readonly RseItemSample[]
  /** Issue 16, asked for with `checks`: the ceiling, floor and swap judgements filed under this prompt; absent when none. */
  readonly checks?: readonly RseItemCheck[]
}

/** One judge's verdict in a check: the overall score (1–5), or why there is none. */
export interface RseCheckVerdict {
  readonly judge: string
  readonly overall?: number
  readonly failedReason?: string
}

/** A student's further answer to a prompt (sample 1 is its second answer), and each judge's verdict on it against the reference's answer. */
export interface RseItemSample {
  readonly sample: number
  readonly text?: string
  readonly error?: string
  readonly judges: readonly RseCheckVerdict[]
}

/**
 * A check judgement of a prompt: `ceiling`, the reference's second answer judged against its first;
 * `floor`, the student's answer to `pairedItem` (another prompt of the set) judged against the
 * reference's answer to this one; `swap`, the student's answer in the reference's place and the reference's as the candidate.
 */
export interface RseItemCheck {
  readonly kind: 'ceiling' | 'floor' | 'swap'
  readonly pairedItem?: string
  readonly judges: readonly RseCheckVerdict[]
}

/** One judge's judgement of an item row. */
export interface RseJudgeJudgment {
  readonly judge: string
  readonly overall?: number
  readonly style?: number
  readonly structure?: number
  readonly content?: number
  readonly explanation?: string
  readonly rawReply?: string
  readonly reasked: boolean
  readonly failedReason?: string
}

export const resultRoutes = {
  'results.rse': defineRoute<RseResults>()(z.object({ runId: z.string().min(1).max(64) }).strict()),
  /** One page of per-item detail for the drill-down, optionally for one student and set. */
  'results.rseItems': defineRoute<{ readonly total: number; readonly rows: readonly RseItemRow[] }>()(
    z
      .object({
        runId: z.string().min(1).max(64),
        student: z.string().max(40).optional(),
        set: z.string().max(80).optional(),
        onlyFailed: z.boolean().default(false),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(200).default(50),
        /** Also each row's further samples and check judgements (the item drawer's); read per row of the page only. */
        checks: z.boolean().optional(),
      })
      .strict(),
  ),
}

/**
 * The model versions a run's providers reported (issue 15 item 5): per model of the spec, each
 * reported model id and fingerprint with its answered calls (cache hits count as the version that
 * wrote the stored answer). `changed`: the reported model id changed during the run.
 */
export interface ModelVersions {
  readonly alias: string
  readonly versions: readonly { readonly model: string | null; readonly fingerprint: string | null; readonly calls: number }[]
  readonly changed: boolean
}
