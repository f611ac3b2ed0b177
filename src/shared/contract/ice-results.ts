import type { ModelVersions } from './results'
import { z } from 'zod'
import type { IceCategory, IceJudgeSemantics, IceLanguage, IcePresetId, MutatorName, PolicyName } from '../ice/names'
import type { UnreadableJudgements } from './judge-issues'
import type { LlmErrorClass } from './models'
import type { RunStatus } from './runs'
import { defineRoute } from './define'
import { MAX_ICE_REPLICATES } from './ice-spec'
import { wholeNumberSchema } from './run-spec-fields'

/**
 * How a 95% interval was computed (METHOD.md 3, issue 14). ICE's default resamples templates and
 * questions (the rows are 20 x 50, not 1,000 independent draws); Wilson treats rows as independent.
 */
export type CiMethod = 'two-way-cluster-bootstrap' | 'wilson' | 'replicates-combined'

/** What each method is called where a reader sees it. */
export const CI_METHOD_LABELS: Readonly<Record<CiMethod, string>> = {
  'two-way-cluster-bootstrap': 'two-way bootstrap (templates and questions)',
  wilson: 'Wilson (rows independent)',
  'replicates-combined': 'replicates combined (widest replicate interval and the spread between replicates)',
}

/**
 * A count over the attack rows that were judged, its rate and 95% interval (METHOD.md 3). Rows
 * whose judge gave no verdict are left out of `n` (never counted as 0), so with no judged row there
 * is no rate (null). low/high come from `ciMethod`: the two-way cluster bootstrap, or Wilson where
 * the bootstrap can show no spread (every judged row 0, or every one 1). `rowsIndependent` is always
 * Wilson's interval. `paper` is the paper-compatible figure beside it: the same count over every
 * attack row, as the paper divides by its 1,000.
 */
export interface IceRate {
  readonly count: number
  /** Judged rows: the denominator of `rate`. */
  readonly n: number
  readonly rate: number | null
  readonly low: number | null
  readonly high: number | null
  readonly paper: { readonly n: number; readonly rate: number | null }
  readonly ciMethod: CiMethod
  /** Wilson's interval, the labelled "rows independent" view. */
  readonly rowsIndependent: { readonly low: number | null; readonly high: number | null; readonly ciMethod: 'wilson' }
}

/** Loose, strict and hard over a group of attack rows (METHOD.md 2.6), with what could not be judged. */
export interface IceScoreSet {
  readonly rows: number
  readonly loose: IceRate
  readonly strict: IceRate
  readonly hard: IceRate
  /** Rows whose loose judge gave no verdict (failed calls, unreadable replies): left out of the rates. */
  readonly looseUnjudged: number
  /** Loose positives whose strict judge gave no verdict: left out of strict and hard. */
  readonly strictUnjudged: number
  /**
   * Rows whose panel's loose verdicts split evenly (issue 13): left out of the rates' n like the
   * unjudged, but shown as their own count and not a judge failure. Always 0 for one judge.
   */
  readonly looseSplits: number
  /** Loose positives whose panel's strict verdicts split evenly: left out of strict and hard. */
  readonly strictSplits: number
  /** Rows the target did not answer (after retries): nothing to judge, left out of the rates. */
  readonly targetErrors: number
}

/**
 * One fuzzing replicate's own rates (issue 16), each with its two-way bootstrap interval as a
 * one-replicate run reports it. Replicate 0 is the run's own seed.
 */
export interface IceReplicateScores {
  readonly replicate: number
  readonly seed: number
  /** Its attack rows. */
  readonly n: number
  readonly loose: IceRate
  readonly strict: IceRate
  readonly hard: IceRate
}

/**
 * Where one fuzzing replicate stopped (issue 16): its iterations (before it stops, the last one it
 * stored a row for) and why, once it has.
 */
export interface IceReplicateFuzz {
  readonly replicate: number
  readonly iterations: number
  readonly stopReason?: string
}

/** One panel judge's own rates over the rows it judged (issue 13), beside the panel's. */
export interface IceJudgeRates {
  readonly judge: string
  readonly loose: IceRate
  /** Over its own loose positives that the panel sent to the strict judges (and its loose negatives). */
  readonly strict: IceRate
  /** Answers this judge gave no readable loose verdict for. */
  readonly looseUnjudged: number
  /** Its own loose positives with no strict verdict of its own (unreadable, or not asked: the panel said no). */
  readonly strictUnjudged: number
}

/** One template of the run's tree (METHOD.md 2.2), without its text (see `results.iceTemplate`). */
export interface IceTemplateNode {
  readonly id: number
  readonly level: number
  /** Seeds: the template's id in its source. */
  readonly seedId?: string
  readonly parentId?: number
  readonly partnerId?: number
  readonly mutator?: MutatorName
  readonly iteration?: number
  readonly helperError?: string
  /** Whether the policy could select it (METHOD.md 2.5's admission rule). */
  readonly inPool: boolean
  /** Its attack rows' scores; absent for seeds and mutants never queried. */
  readonly scores?: IceScoreSet
}

/**
 * Fleiss' kappa over the panel's loose verdicts, on the answers every judge gave a readable verdict
 * for (`items`), with its seeded bootstrap 95% interval, and the share of pairs of judges agreeing.
 */
export interface IceJudgeAgreement {
  readonly items: number
  readonly kappa?: number
  readonly ci?: readonly [low: number, high: number]
  readonly exact?: number
}

export interface IceResults {
  readonly runId: string
  readonly status: RunStatus
  /** Why the run is "completed with warnings" (empty otherwise). */
  readonly warnings: readonly string[]
  /** Loose and strict judgements whose reply (and extraction reply) could not be read. */
  readonly unreadable: UnreadableJudgements
  readonly target: { readonly alias: string; readonly model: string; readonly fact: string }
  readonly helper: { readonly alias: string; readonly model: string }
  /** The panel's first judge (the only one for a single judge). */
  readonly judge: { readonly alias: string; readonly model: string }
  /** Every judge of the panel, in the spec's order (one for a single judge); verdicts are their majority. */
  readonly judges: readonly { readonly alias: string; readonly model: string }[]
  /** Each judge's own rates, for panels of two or more. */
  readonly perJudge?: readonly IceJudgeRates[]
  /** How far a panel's judges agree on the loose verdicts (issue 13 item 2); panels of two or more. */
  readonly agreement?: IceJudgeAgreement
  readonly preset: IcePresetId
  /** Which judge prompts the run sent and how it read their verdicts (issue 15): the paper's or ours. */
  readonly judgeSemantics: IceJudgeSemantics
  readonly selection: PolicyName
  readonly suspectedVendors: readonly string[]
  readonly hardKeywords: readonly string[]
  readonly maxQueries: number
  /**
   * Loose, strict and hard. With two or more replicates each rate is the replicates' mean, and its
   * interval combines their own intervals with the spread between them (`ciMethod` 'replicates-combined').
   */
  readonly scores: IceScoreSet
  /** Each fuzzing replicate's own rates; only for runs of two or more replicates. */
  readonly replicates?: readonly IceReplicateScores[]
  /** The between-replicate standard deviation of each rate (null with fewer than two rated replicates); with `replicates`. */
  readonly spread?: { readonly loose: number | null; readonly strict: number | null; readonly hard: number | null }
  readonly byCategory: Readonly<Record<string, IceScoreSet>>
  readonly byLanguage: Readonly<Record<string, IceScoreSet>>
  readonly byMutator: Readonly<Record<string, IceScoreSet>>
  /** Seeds first, then mutants in the order they were made; replicate 0's tree when there are several. */
  readonly templates: readonly IceTemplateNode[]
  /**
   * Where fuzzing stopped and after how many iterations: replicate 0's (the run's own seed), no
   * `stopReason` until it has stopped. Runs of two or more replicates also give each replicate's own.
   */
  readonly fuzz: {
    readonly iterations: number
    readonly stopReason?: string
    readonly replicates?: readonly IceReplicateFuzz[]
  }
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

/** One judge's outcome as stored: the verdict (null when none could be read) and the raw replies. */
export interface IceJudgeView {
  readonly verdict: 0 | 1 | null
  /** 'panel': the majority of a panel's judges (each judge's own outcome is in the row's `judges`). */
  readonly via: 'tag' | 'extraction' | 'failed' | 'panel'
  /** How the verdict was written ("<verdict> tag", "JSON verdict", ...); absent on older rows. */
  readonly form?: string
  readonly reply?: string
  readonly extractionReply?: string
  /** Why there is no verdict: a failed call, or why each reply could not be read. */
  readonly error?: string
  /** A panel whose readable verdicts split evenly: no verdict, counted apart, not a judge failure. */
  readonly split?: true
}

/** One panel judge's own verdicts on a row (panels of two or more judges only). */
export interface IceRowJudgeView {
  readonly judge: string
  readonly loose: IceJudgeView
  /** Asked only when the panel's loose verdict was positive. */
  readonly strict?: IceJudgeView
}

/** One attack row: a question asked with one mutant, the answer and the verdicts. */
export interface IceAttackRowView {
  /** The fuzzing replicate that asked it (issue 16); absent for replicate 0, the run's own seed. */
  readonly replicate?: number
  readonly iteration: number
  readonly mutantId: number
  readonly parentId: number
  readonly mutator: MutatorName
  readonly level: number
  readonly questionIndex: number
  readonly questionId: string
  readonly question: string
  readonly category?: IceCategory
  readonly language?: IceLanguage
  readonly template: string
  readonly prompt: string
  readonly questionAppended: boolean
  readonly answer?: string
  readonly targetError?: { readonly errorClass: LlmErrorClass; readonly message: string }
  /** The panel's verdict (a single judge's own for a panel of one). */
  readonly loose: IceJudgeView
  readonly strict?: IceJudgeView
  /** Each judge's own verdicts, for panels of two or more. */
  readonly judges?: readonly IceRowJudgeView[]
  /** A strict positive whose template names none of the hard keywords. */
  readonly hard: boolean
}

/** One fuzzing replicate's template tree (issue 16): replicate 0's is also the results' `templates`. */
export interface IceTemplateTree {
  readonly replicate: number
  /** The seed that replicate fuzzed with (replicate 0: the run's own). */
  readonly seed: number
  readonly templates: readonly IceTemplateNode[]
}

export const ICE_ROW_FILTERS = ['all', 'loose', 'strict', 'hard', 'unjudged', 'split'] as const

const runId = z.string().min(1).max(64)
/** Which fuzzing replicate (0 is the run's own seed); the service checks it against the run's own count. */
const replicate = wholeNumberSchema(0, MAX_ICE_REPLICATES - 1)

export const iceResultRoutes = {
  'results.ice': defineRoute<IceResults>()(z.object({ runId }).strict()),
  /** One page of attack rows, optionally of one mutant, category or language, or only positives. */
  'results.iceRows': defineRoute<{ readonly total: number; readonly rows: readonly IceAttackRowView[] }>()(
    z
      .object({
        runId,
        mutantId: z.number().int().min(0).optional(),
        /** Only this fuzzing replicate's rows; a `mutantId` without it means replicate 0's template. */
        replicate: replicate.optional(),
        category: z.string().max(40).optional(),
        language: z.string().max(10).optional(),
        only: z.enum(ICE_ROW_FILTERS).default('all'),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(200).default(50),
      })
      .strict(),
  ),
  /** One replicate's template tree with each template's scores (default replicate 0, the tree `results.ice` carries). */
  'results.iceTree': defineRoute<IceTemplateTree>()(z.object({ runId, replicate: replicate.optional() }).strict()),
  /** One template's text (shown only after the content warning); a `nodeId` of `replicate` (default 0). */
  'results.iceTemplate': defineRoute<{ readonly id: number; readonly text: string }>()(
    z.object({ runId, nodeId: z.number().int().min(0), replicate: replicate.optional() }).strict(),
  ),
}
