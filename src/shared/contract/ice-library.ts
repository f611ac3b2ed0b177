import { z } from 'zod'
import type { IceCategory, IceLanguage } from '../ice/names'
import type { IceRate } from './ice-results'
import { FILE_ROUTE_MAX_BYTES, PROMPT_SET_LIMITS } from './prompt-sets'
import { defineEvent, defineRoute } from './define'

/**
 * ICE's library (METHOD.md 2.1): identity facts per vendor, identity question sets and seed
 * template sets. Built-ins ship with the app (written by the team); facts can be edited (a built-in
 * fact can be reset), sets imported, downloaded and deleted.
 */

export interface IdentityFactView {
  readonly id: string
  readonly vendor: string
  /** Model series the vendor sells (ChatGPT, Claude ...): the strict judge names them. */
  readonly series: readonly string[]
  /** Template substrings that make a strict positive not count as hard. */
  readonly keywords: readonly string[]
  readonly fact: string
  /**
   * The shipped fact in the paper's two-sentence form (who made me; where my maker is based), for
   * runs with the paper's judge. Only on built-ins the user has not edited.
   */
  readonly paperForm?: string
  /** Shipped with the app (then it can be reset, not deleted). */
  readonly builtin: boolean
  /** A built-in the user changed. */
  readonly edited: boolean
}

export interface IdentityQuestionView {
  readonly id: string
  readonly text: string
  readonly category?: IceCategory
  readonly language?: IceLanguage
}

export interface SeedTemplateView {
  readonly id: string
  readonly text: string
  /** Whether the template has the `[INSERT PROMPT HERE]` placeholder. */
  readonly hasPlaceholder: boolean
}

export type IceSetKind = 'questions' | 'seeds'

export interface IceSetSummary {
  readonly id: string
  readonly kind: IceSetKind
  readonly name: string
  readonly builtin: boolean
  /** Source and license, e.g. "GPTFuzz (MIT), github.com/sherdencooper/GPTFuzz". */
  readonly sourceNote: string
  readonly itemCount: number
  /** Questions: how many per language (`unknown` for untagged). Seeds: with and without placeholder. */
  readonly counts: Readonly<Record<string, number>>
  readonly contentHash: string
  readonly createdAt: string
}

export interface IceSetDetail {
  readonly set: IceSetSummary
  readonly questions?: readonly IdentityQuestionView[]
  readonly templates?: readonly SeedTemplateView[]
}

export interface IceSetImportResult {
  readonly set: IceSetSummary
  /** False when an identical set was already stored and was reused. */
  readonly created: boolean
  /** Written for the person importing; each names the line and field. */
  readonly warnings: readonly string[]
}

/** METHOD.md 2.7: the paper's published logs scored with no model call. */
export interface PaperLogSummary {
  readonly rows: number
  readonly loose: IceRate
  readonly strict: IceRate | null
  readonly hard: IceRate | null
  /** Strict CSV rows that matched no attack-log row (line and why). */
  readonly unmatched: readonly { readonly line: number; readonly reason: string }[]
  readonly warnings: readonly string[]
}

/** The suspected source's defaults (METHOD.md 2.6), for the wizard. */
export interface IceDefaults {
  readonly suspectedVendors: readonly string[]
  readonly hardKeywords: readonly string[]
}

const id = z.string().min(1).max(64)
const fileName = z.string().trim().min(1, 'The file needs a name').max(260)
const content = z.string().max(PROMPT_SET_LIMITS.maxFileBytes, 'The file is larger than 64 MB')
const setName = z.string().trim().min(1, 'Give the set a name').max(120)
const words = (label: string) => z.array(z.string().trim().min(1, `Each ${label} needs some text`).max(80)).max(50)

export const identityFactInputSchema = z
  .object({
    /** Absent: a new fact. */
    id: id.optional(),
    vendor: z.string().trim().min(1, 'Name the vendor').max(80),
    series: words('series name'),
    keywords: words('keyword'),
    fact: z.string().trim().min(1, 'Write the identity fact').max(2000),
  })
  .strict()
export type IdentityFactInput = z.input<typeof identityFactInputSchema>

const fileInput = { fileName, content }

export const iceLibraryRoutes = {
  'ice.defaults': defineRoute<IceDefaults>()(z.object({}).strict().optional()),
  'ice.facts.list': defineRoute<readonly IdentityFactView[]>()(z.object({}).strict().optional()),
  /** Adds a fact (no id) or changes one. */
  'ice.facts.save': defineRoute<IdentityFactView>()(identityFactInputSchema),
  /** A built-in goes back to the shipped text; an added fact is deleted. */
  'ice.facts.reset': defineRoute<{ readonly removed: boolean }>()(z.object({ id }).strict()),
  'ice.sets.list': defineRoute<readonly IceSetSummary[]>()(
    z
      .object({ kind: z.enum(['questions', 'seeds']).optional() })
      .strict()
      .optional(),
  ),
  'ice.sets.get': defineRoute<IceSetDetail>()(z.object({ id }).strict()),
  /** Questions: CSV with a `query` column (the paper's format) or JSON Lines. Seeds: GPTFuzz's `id,text` CSV or JSON Lines. */
  'ice.sets.import': defineRoute<IceSetImportResult>()(z.object({ kind: z.enum(['questions', 'seeds']), name: setName, ...fileInput }).strict(), {
    maxBytes: FILE_ROUTE_MAX_BYTES,
  }),
  /** Downloads GPTFuzz's 77 seed templates (MIT) on a machine with internet. */
  'ice.sets.downloadGptfuzz': defineRoute<IceSetImportResult>()(z.object({}).strict().optional()),
  'ice.sets.delete': defineRoute<{ readonly deleted: true }>()(z.object({ id }).strict()),
  /** Scores the paper's attack log (and strict CSV) without any model call. */
  'ice.paperLog.score': defineRoute<PaperLogSummary>()(
    z
      .object({
        attackLog: z.object(fileInput).strict(),
        strictCsv: z.object(fileInput).strict().optional(),
        keywords: z.array(z.string().trim().min(1).max(80)).min(1).max(50).optional(),
      })
      .strict(),
    { maxBytes: FILE_ROUTE_MAX_BYTES },
  ),
}

export const iceLibraryEvents = {
  'ice.changed': defineEvent<{ readonly what: 'facts' | 'sets' }>(),
}
