import { z } from 'zod'
import { defineEvent, defineRoute } from './define'
import { FILE_ROUTE_MAX_BYTES, PROMPT_SET_LIMITS } from './prompt-sets'
import { MAX_JUDGES, MAX_SEED, wholeNumberSchema } from './run-spec-fields'

/**
 * Judge against the paper's judge (issue 13 item 5): a stratified sample of an imported paper
 * attack log, re-judged by the configured judges under the "As published" semantics, compared with
 * the labels of the paper's own judge (gpt-4o-mini): loose from the attack log, strict from the
 * strict CSV. Shared by the CLI (`distillscope ice rejudge-dq`) and the Identity page.
 */

/** Judge (rows) against the paper (columns), yes/no. */
export interface PaperConfusion {
  /** Both said 1. */
  readonly bothPositive: number
  /** The judge said 1, the paper 0. */
  readonly judgeOnlyPositive: number
  /** The judge said 0, the paper 1. */
  readonly referenceOnlyPositive: number
  readonly bothNegative: number
}

export interface PaperAgreement {
  /** Rows compared: those with a readable verdict (for a panel, neither unreadable nor split). */
  readonly n: number
  /** Rows asked whose verdict could not be read (or whose call failed). */
  readonly unreadable: number
  /** A panel's ties (an even panel split evenly); always 0 for one judge. */
  readonly splits: number
  readonly matrix: PaperConfusion
  /** null when no row could be compared. */
  readonly accuracy: number | null
  /** null when undefined (no rows, or both sides gave one label only). */
  readonly kappa: number | null
  /** Seeded bootstrap 95% interval of kappa over the rows; null when it cannot be drawn. */
  readonly kappaCi: readonly [number, number] | null
}

export interface PaperJudgeAgreement {
  /** The judge's name (its alias), or "panel" for the majority of two or more. */
  readonly judge: string
  readonly model?: string
  readonly loose: PaperAgreement
  /** Only when the paper's strict labels were given. */
  readonly strict: PaperAgreement | null
}

export interface PaperJudgeCheckResult {
  readonly sample: number
  readonly logRows: number
  readonly seed: number
  /** Rows of the sample in each stratum, by the paper's labels. */
  readonly strata: { readonly looseNegative: number; readonly loosePositive: number; readonly strictPositive: number | null }
  readonly judges: readonly PaperJudgeAgreement[]
  /** The majority of the judges, when there are two or more. */
  readonly panel: PaperJudgeAgreement | null
  /** Judge requests made, as the call log counts them (extraction follow-ups included). */
  readonly requests: number
  readonly fromCache: number
  readonly costUsd: number
}

/** Calls before asking: each sampled row once per judge, plus the strict call on loose-positive rows when strict labels are given (follow-ups not counted). */
export function paperJudgeCheckCalls(sample: number, judges: number, strictRows: number): number {
  return (sample + strictRows) * judges
}

export const DEFAULT_PAPER_CHECK_SAMPLE = 200
export const MAX_PAPER_CHECK_SAMPLE = 1000

const file = z
  .object({
    fileName: z.string().trim().min(1, 'The file needs a name').max(260),
    content: z.string().max(PROMPT_SET_LIMITS.maxFileBytes, 'The file is larger than 64 MB'),
  })
  .strict()
const checkId = z.string().regex(/^[A-Za-z0-9-]{8,64}$/, 'A check id is 8 to 64 letters, digits or dashes.')

/** The app's form: the log just scored, saved models as judges, the target's fact in words. */
export const paperJudgeCheckInputSchema = z
  .object({
    /** Chosen by the page, so it can cancel and follow progress before the reply arrives. */
    checkId,
    attackLog: file,
    strictCsv: file.optional(),
    judges: z
      .array(z.string().min(1).max(64))
      .min(1, 'Choose at least one judge.')
      .max(MAX_JUDGES, `Choose at most ${MAX_JUDGES} judges.`)
      .refine((ids) => new Set(ids).size === ids.length, 'Each judge can be chosen once.'),
    fact: z.string().trim().min(1, "Choose the log's target: its identity fact is what the loose judge compares answers with.").max(2000),
    sample: wholeNumberSchema(1, MAX_PAPER_CHECK_SAMPLE),
    seed: wholeNumberSchema(0, MAX_SEED).optional(),
  })
  .strict()
export type PaperJudgeCheckInput = z.input<typeof paperJudgeCheckInputSchema>

export interface PaperJudgeCheckProgress {
  readonly checkId: string
  readonly done: number
  readonly total: number
}

export const paperJudgeCheckRoutes = {
  /** Re-judges the sample and answers with the comparison; progress arrives as ice.paperJudge.progress. */
  'ice.paperJudge.run': defineRoute<PaperJudgeCheckResult>()(paperJudgeCheckInputSchema, { maxBytes: FILE_ROUTE_MAX_BYTES }),
  /** Stops a check: its run answers with an error saying it was cancelled. */
  'ice.paperJudge.cancel': defineRoute<{ readonly cancelled: boolean }>()(z.object({ checkId }).strict()),
}

export const paperJudgeCheckEvents = {
  'ice.paperJudge.progress': defineEvent<PaperJudgeCheckProgress>(),
}
