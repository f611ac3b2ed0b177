import { z } from 'zod'
import { defineRoute } from './define'
import type { Interval } from './results'
import { seedSchema } from './run-spec-fields'

/**
 * "Rate items yourself" (issue 13 item 6): a seeded sample of a finished run's items, shown without
 * the judges' verdicts, rated by the person, and their agreement with each judge. The ratings are
 * stored with the run and travel in its paper package.
 */

export const MAX_SPOT_CHECK_ITEMS = 200
export const DEFAULT_SPOT_CHECK_ITEMS = 20

/** One item to rate, as the person sees it: the texts the judges saw, never their verdicts. */
export interface SpotCheckItem {
  /**
   * Stable within the run, a JSON array: RSE `[student, set, item]`, ICE `[mutantId, questionIndex]`
   * for replicate 0 and `[mutantId, questionIndex, replicate]` for the other replicates.
   */
  readonly key: string
  readonly position: number
  readonly rse?: { readonly question: string; readonly reference: string; readonly candidate: string }
  /** `replicate`: the fuzzing run (issue 16) that drew the answer, given only when it is not replicate 0. */
  readonly ice?: { readonly fact: string; readonly question: string; readonly answer: string; readonly replicate?: number }
  /** The person's rating so far: an RSE overall score 1-5, or an ICE verdict (1: the answer claims another identity). */
  readonly rating?: number
}

export interface SpotCheckSample {
  readonly runId: string
  readonly kind: 'rse' | 'ice'
  readonly seed: number
  /** How many items the run has to draw from. */
  readonly available: number
  readonly items: readonly SpotCheckItem[]
}

/** The person against one judge (or the panel) over the items both rated. */
export interface SpotCheckAgreement {
  /** A judge's alias, or "panel". */
  readonly judge: string
  readonly model?: string
  /** Items both the person and this judge rated. */
  readonly n: number
  /** RSE: Krippendorff's alpha (ordinal) of the person and the judge, with its bootstrap interval. */
  readonly alpha?: number
  /** ICE: Cohen's kappa of the person's verdicts and the judge's, with its bootstrap interval. */
  readonly kappa?: number
  readonly ci?: Interval
  /** Share of items rated exactly alike, and (RSE) within one point. */
  readonly exact?: number
  readonly withinOne?: number
}

export interface SpotCheckSummary {
  readonly runId: string
  readonly kind: 'rse' | 'ice'
  readonly rated: number
  readonly agreements: readonly SpotCheckAgreement[]
}

const runId = z.string().min(1).max(64)
const itemKey = z.string().min(1).max(400)

export const spotCheckRoutes = {
  /** The run's sample of `count` items drawn with `seed` (a larger count with the same seed keeps the smaller one's items first). */
  'spotCheck.sample': defineRoute<SpotCheckSample>()(
    z
      .object({
        runId,
        count: z.number().int().min(1).max(MAX_SPOT_CHECK_ITEMS).default(DEFAULT_SPOT_CHECK_ITEMS),
        seed: seedSchema,
      })
      .strict(),
  ),
  /** Stores (or, with `rating: null`, removes) the person's rating of one sampled item. */
  'spotCheck.rate': defineRoute<SpotCheckSummary>()(z.object({ runId, key: itemKey, rating: z.number().int().min(0).max(5).nullable() }).strict()),
  'spotCheck.summary': defineRoute<SpotCheckSummary>()(z.object({ runId }).strict()),
}
