import { z } from 'zod'
import { defineEvent, defineRoute } from './define'

export { FILE_ROUTE_MAX_BYTES, PROMPT_SET_DOMAINS, PROMPT_SET_LIMITS, type PromptSetDomain } from '../constants/prompt-set-limits'
import { FILE_ROUTE_MAX_BYTES, PROMPT_SET_DOMAINS, PROMPT_SET_LIMITS, type PromptSetDomain } from '../constants/prompt-set-limits'

/** Public sets Distillscope can download on request (never bundled: only team-written sets ship). */
export const DOWNLOAD_SOURCES = ['arena-hard-v0.1'] as const
export type DownloadSource = (typeof DOWNLOAD_SOURCES)[number]

export type PromptFileFormat = 'jsonl' | 'json' | 'csv' | 'tsv'

/** How prompts were found in a file: a recognised dataset layout, a plain field, or the user's mapping. */
export type PromptShape = 'arena-hard' | 'numina-math' | 'sharegpt' | 'chat-messages' | 'prompt' | 'question' | 'instruction' | 'text' | 'custom'

export interface PromptItem {
  /** Stable within its set: the source's own id when it has one, else `line-N` / `item-N`. */
  readonly id: string
  readonly prompt: string
  readonly category?: string
  /** Small extra fields of the source (e.g. Arena-Hard's `cluster`), kept for filtering and exports. */
  readonly metadata?: Readonly<Record<string, string | number | boolean>>
}

/** Where a set came from, for the record (shown in its details and in run manifests). */
export interface PromptSetOrigin {
  readonly fileName?: string
  readonly format?: PromptFileFormat
  readonly shape?: PromptShape
  readonly url?: string
  readonly skippedDuplicates?: number
  readonly skippedInvalid?: number
}

export interface PromptSet {
  readonly id: string
  readonly name: string
  readonly domain: PromptSetDomain
  /** Source and license, e.g. "Arena-Hard-Auto v0.1 ... Apache-2.0". */
  readonly sourceNote: string
  readonly builtin: boolean
  readonly createdAt: string
  readonly itemCount: number
  /** SHA-256 (hex) of the items' ids, prompts and categories in order. */
  readonly contentHash: string
  readonly origin: PromptSetOrigin
}

/**
 * `file`: the file cannot be read as a whole (never importable). `record`: one record is unusable
 * (import refuses unless `skipInvalid`). `warning`: imported, but worth knowing.
 */
export type PromptProblemLevel = 'file' | 'record' | 'warning'

export interface PromptProblem {
  readonly level: PromptProblemLevel
  /** Written for the person importing; already names the line and field. */
  readonly message: string
  /** Line as an editor shows it (1-based), when the problem has one. */
  readonly line?: number
  readonly field?: string
}

export interface PromptDuplicate {
  readonly id: string
  readonly line?: number
  readonly duplicateOf: string
}

export interface PromptSetPreview {
  readonly fileName: string
  readonly format: PromptFileFormat
  /** Undefined when no layout was recognised: choose the prompt field with a mapping. */
  readonly shape?: PromptShape
  readonly shapeLabel: string
  /** The mapping that was used (detected or given), ready to edit and send back. */
  readonly mapping?: FieldMapping
  /** Field paths seen in the first records (dotted, arrays by index: `turns.0.content`). */
  readonly fields: readonly string[]
  readonly totalRecords: number
  /** Prompts an import with default options would store. */
  readonly itemCount: number
  readonly duplicateCount: number
  readonly invalidCount: number
  readonly duplicates: readonly PromptDuplicate[]
  readonly items: readonly PromptItem[]
  /** The first problems (at most 100); `problemCount` counts them all. */
  readonly problems: readonly PromptProblem[]
  readonly problemCount: number
  /** True when an import with default options would succeed. */
  readonly canImport: boolean
  readonly contentHash: string
}

export interface PromptSetImportResult {
  readonly set: PromptSet
  /** False when an identical set was already stored and was reused (downloads, run files). */
  readonly created: boolean
  readonly skippedDuplicates: number
  readonly skippedInvalid: number
  readonly warnings: readonly PromptProblem[]
}

export interface PromptSetPage {
  readonly set: PromptSet
  readonly items: readonly PromptItem[]
  readonly offset: number
  readonly limit: number
  readonly total: number
}

export interface PromptSample {
  readonly setId: string
  /** In draw order: a run cut short has still asked a uniform random part of the set. */
  readonly ids: readonly string[]
  readonly n: number
  readonly of: number
  readonly seed: number
}

const fieldPath = z.string().trim().min(1, 'Name a field').max(200)

export const fieldMappingSchema = z
  .object({
    /** Field holding the prompt; dotted paths reach inside (`turns.0.content`). */
    promptField: fieldPath,
    idField: fieldPath.optional(),
    categoryField: fieldPath.optional(),
  })
  .strict()
export type FieldMapping = z.infer<typeof fieldMappingSchema>

const fileName = z.string().trim().min(1, 'The file needs a name').max(260)
const content = z.string().max(PROMPT_SET_LIMITS.maxFileBytes, 'The file is larger than 64 MB')
const setName = z.string().trim().min(1, 'Give the prompt set a name').max(120)
const domain = z.enum(PROMPT_SET_DOMAINS)
const sourceNote = z.string().trim().max(2_000)
const setId = z.string().min(1).max(64)
const seed = z
  .number()
  .int()
  .min(0)
  .max(2 ** 32 - 1)

/** Absolute on POSIX (`/x`) or Windows (`C:\x`, `\\server\share`); main checks again with node:path. */
const absolutePath = z
  .string()
  .min(1)
  .max(4_096)
  .refine((path) => /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(path), 'Give the full path of the file (starting with / or a drive letter)')

const importOptions = {
  mapping: fieldMappingSchema.optional(),
  /** Store prompts whose text repeats an earlier one (normally skipped and counted). */
  keepDuplicates: z.boolean().default(false),
  /** Leave out unusable records (empty, wrong type, too long) instead of refusing the file. */
  skipInvalid: z.boolean().default(false),
}

export const importPromptSetSchema = z.object({ fileName, content, name: setName, domain, sourceNote: sourceNote.optional(), ...importOptions }).strict()
export type ImportPromptSetInput = z.input<typeof importPromptSetSchema>

export const importPromptFileSchema = z
  .object({ path: absolutePath, name: setName.optional(), domain: domain.default('other'), sourceNote: sourceNote.optional(), ...importOptions })
  .strict()
export type ImportPromptFileInput = z.input<typeof importPromptFileSchema>

export const promptSetRoutes = {
  'promptSets.list': defineRoute<readonly PromptSet[]>()(z.object({}).strict().optional()),
  'promptSets.get': defineRoute<PromptSetPage>()(
    z.object({ id: setId, offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(500).default(50) }).strict(),
  ),
  /** Reads a file and says what an import would store, saving nothing. */
  'promptSets.preview': defineRoute<PromptSetPreview>()(z.object({ fileName, content, mapping: fieldMappingSchema.optional() }).strict(), {
    maxBytes: FILE_ROUTE_MAX_BYTES,
  }),
  'promptSets.import': defineRoute<PromptSetImportResult>()(importPromptSetSchema, { maxBytes: FILE_ROUTE_MAX_BYTES }),
  /** Desktop and command line: main reads the file itself. */
  'promptSets.importFile': defineRoute<PromptSetImportResult>()(importPromptFileSchema),
  'promptSets.delete': defineRoute<{ readonly deleted: true }>()(z.object({ id: setId }).strict()),
  'promptSets.download': defineRoute<PromptSetImportResult>()(z.object({ source: z.enum(DOWNLOAD_SOURCES) }).strict()),
  /** n item ids drawn with `seed`; the same set, n and seed always give the same ids in the same order. */
  'promptSets.sample': defineRoute<PromptSample>()(z.object({ id: setId, n: z.number().int().min(1).max(PROMPT_SET_LIMITS.maxItems), seed }).strict()),
}

export const promptSetEvents = {
  'promptSets.changed': defineEvent<readonly PromptSet[]>(),
}
