import {
  fieldMappingSchema,
  importPromptSetSchema,
  type FieldMapping,
  type ImportPromptSetInput,
  type PromptSetDomain,
  type PromptSetImportResult,
  type PromptSetPreview,
} from '../../../../shared/contract/prompt-sets'
import { ApiError, userMessage } from '../../lib/api'
import { formatCount, formatInteger } from '../../lib/format'
import { fieldResolver, type FormErrors } from '../../lib/forms'
import { schemaErrors } from '../../lib/schema-errors'
import { formatProblem } from './format'

/*
 * The import dialog's logic, without React: the field mapping as the form holds it and as the API
 * takes it, the set's details, whether the preview says an import would work, and what a failed
 * import means for the form.
 */

/** The mapping's three choices as selects hold them: '' means "none" (or "not chosen yet"). */
export interface MappingChoice {
  readonly promptField: string
  readonly idField: string
  readonly categoryField: string
}

export const NO_MAPPING: MappingChoice = { promptField: '', idField: '', categoryField: '' }

export function mappingChoiceFrom(mapping: FieldMapping | undefined): MappingChoice {
  if (!mapping) return NO_MAPPING
  return { promptField: mapping.promptField, idField: mapping.idField ?? '', categoryField: mapping.categoryField ?? '' }
}

/** The mapping to send, or undefined while no prompt field is chosen (the backend then detects). */
export function mappingFromChoice(choice: MappingChoice): FieldMapping | undefined {
  const promptField = choice.promptField.trim()
  if (promptField === '') return undefined
  const idField = choice.idField.trim()
  const categoryField = choice.categoryField.trim()
  const parsed = fieldMappingSchema.safeParse({ promptField, ...(idField ? { idField } : {}), ...(categoryField ? { categoryField } : {}) })
  return parsed.success ? parsed.data : undefined
}

/**
 * How the dialog reads the file: as detected (no mapping sent, so recognised layouts such as
 * ShareGPT keep their own rules, like "the first turn a person wrote"), or with the person's mapping.
 */
export type MappingMode = { readonly kind: 'detected' } | { readonly kind: 'custom'; readonly choice: MappingChoice }

export const DETECTED: MappingMode = { kind: 'detected' }

/** What the selects show: the person's choice, or what detection used. */
export function shownChoice(mode: MappingMode, preview: PromptSetPreview | undefined): MappingChoice {
  return mode.kind === 'custom' ? mode.choice : mappingChoiceFrom(preview?.mapping)
}

/** One select changed: from then on the file is read with the person's mapping. */
export function changeMapping(mode: MappingMode, preview: PromptSetPreview | undefined, field: keyof MappingChoice, value: string): MappingMode {
  return { kind: 'custom', choice: { ...shownChoice(mode, preview), [field]: value } }
}

/** The mapping the preview and the import are sent with. */
export function mappingToSend(mode: MappingMode): FieldMapping | undefined {
  return mode.kind === 'custom' ? mappingFromChoice(mode.choice) : undefined
}

/**
 * Choices for a field select: the fields the preview found, plus the current value if the preview
 * did not list it (a detected path, or a field of a file that has since changed), never twice.
 */
export function fieldOptions(fields: readonly string[], current: string): string[] {
  const options = [...new Set(fields)]
  if (current !== '' && !options.includes(current)) options.unshift(current)
  return options
}

export interface ImportDetails {
  readonly name: string
  readonly domain: PromptSetDomain
  readonly sourceNote: string
  readonly keepDuplicates: boolean
  readonly skipInvalid: boolean
}

export type DetailsField = 'name' | 'domain' | 'sourceNote' | 'mapping'

/** The contract's limits on the set's name and note (the inputs also stop typing there). */
export const NAME_MAX_CHARS = importPromptSetSchema.shape.name.maxLength ?? 120
export const SOURCE_NOTE_MAX_CHARS = importPromptSetSchema.shape.sourceNote.unwrap().maxLength ?? 2_000

export interface ChosenContent {
  readonly fileName: string
  readonly content: string
}

/** The alert when the form's own check fails (the dialog's wording, not CHECK_FIELDS_MESSAGE). */
export const DETAILS_NEED_ATTENTION = 'Some details need attention. See the messages next to the fields.'

/** `promptSets.import`'s input from the file, the details as typed and the mapping. Pure: `validateImport` says what is wrong. */
export function toImportInput(file: ChosenContent, details: ImportDetails, mode: MappingMode): ImportPromptSetInput {
  const sourceNote = details.sourceNote.trim()
  const mapping = mappingToSend(mode)
  return {
    fileName: file.fileName,
    content: file.content,
    name: details.name.trim(),
    domain: details.domain,
    ...(sourceNote ? { sourceNote } : {}),
    ...(mapping ? { mapping } : {}),
    keepDuplicates: details.keepDuplicates,
    skipInvalid: details.skipInvalid,
  }
}

/**
 * The form's check: the contract's import schema over `toImportInput`, its issues placed next to
 * the fields (the name's "Give the prompt set a name" is the contract's). The form adds only a
 * custom mapping without a prompt field (which it does not send), and its own wording where the
 * contract has only zod's: how long a too-long name or note is, and the domain.
 */
export function validateImport(file: ChosenContent, details: ImportDetails, mode: MappingMode): Record<string, string> {
  const errors: Record<string, string> = {}
  if (mode.kind === 'custom' && !mappingToSend(mode)) errors.mapping = 'Choose the field that holds the prompts, or go back to the detected layout.'
  const input = toImportInput(file, details, mode)
  return schemaErrors(importPromptSetSchema, input, FIELD_OF_PATH, {
    errors,
    messages: {
      name: (issue) => (issue.code === 'too_big' ? `Use at most ${NAME_MAX_CHARS} characters (this is ${input.name.length}).` : issue.message),
      domain: () => 'Choose what kind of prompts these are.',
      sourceNote: (issue) =>
        issue.code === 'too_big'
          ? `Use at most ${formatInteger(SOURCE_NOTE_MAX_CHARS)} characters (this is ${formatInteger(input.sourceNote?.length ?? 0)}).`
          : issue.message,
    },
  })
}

/** What the preview says an import with these options would do. */
export type Readiness =
  { readonly kind: 'ready'; readonly count: number } | { readonly kind: 'blocked'; readonly reason: string; readonly fixable: 'file' | 'skip' | 'mapping' }

/**
 * Mirrors the backend's rule (file problems always stop an import, record problems unless they are
 * skipped, and there must be prompts). The backend decides in the end; this only says it first.
 */
export function importReadiness(preview: PromptSetPreview, options: { readonly keepDuplicates: boolean; readonly skipInvalid: boolean }): Readiness {
  const fileProblem = preview.problems.find((problem) => problem.level === 'file')
  if (fileProblem) {
    const needsMapping = preview.shape === undefined && preview.fields.length > 0
    return { kind: 'blocked', reason: formatProblem(fileProblem), fixable: needsMapping ? 'mapping' : 'file' }
  }
  const recordProblems = preview.problems.filter((problem) => problem.level === 'record').length
  const unusable = Math.max(preview.invalidCount, recordProblems)
  if (unusable > 0 && !options.skipInvalid) {
    return {
      kind: 'blocked',
      reason: `${formatCount(unusable, 'record')} cannot be used (see the problems below). Fix ${unusable === 1 ? 'it' : 'them'} in the file, or choose “Skip unusable records” to import the rest.`,
      fixable: 'skip',
    }
  }
  if (preview.itemCount === 0) return { kind: 'blocked', reason: 'The file has no usable prompts.', fixable: 'file' }
  return { kind: 'ready', count: importCount(preview, options.keepDuplicates) }
}

/** Prompts that would be stored: duplicates are skipped unless kept. */
export function importCount(preview: PromptSetPreview, keepDuplicates: boolean): number {
  return preview.itemCount + (keepDuplicates ? preview.duplicateCount : 0)
}

const FIELD_OF_PATH = fieldResolver<DetailsField>({ name: 'name', domain: 'domain', sourceNote: 'sourceNote', mapping: 'mapping' })

/** The router's wording for input its schema refused; other `invalid_input` errors are about the file. */
const SCHEMA_ERROR_PREFIX = 'Invalid input for '

export interface ImportErrors extends FormErrors<DetailsField> {
  /** The file's problems the backend listed (line and field named), shown under the message. */
  readonly problems: readonly string[]
}

/**
 * A refused import: the backend's message (which says nothing was imported, and names the file,
 * line and field) plus its list of problems; details it refused go next to their fields.
 */
export function importErrorsFrom(error: unknown): ImportErrors {
  if (!(error instanceof ApiError)) return { fields: {}, general: userMessage(error), problems: [] }
  if (error.code === 'invalid_input' && error.message.startsWith(SCHEMA_ERROR_PREFIX)) {
    const fields: Partial<Record<DetailsField, string>> = {}
    const rest: string[] = []
    for (const issue of error.issues) {
      const field = FIELD_OF_PATH(issue.path)
      if (field && fields[field] === undefined) fields[field] = issue.message
      else if (!field) rest.push(issue.path ? `${issue.path}: ${issue.message}` : issue.message)
    }
    const general = rest.length > 0 ? rest.join(' ') : DETAILS_NEED_ATTENTION
    return { fields, general, problems: [] }
  }
  // A name already taken (issue 18 item 5): said on the name field, with the step's alert pointing there.
  if (error.code === 'conflict' && error.issues.some((issue) => issue.path === 'name')) {
    return { fields: { name: error.issues.find((issue) => issue.path === 'name')!.message }, general: DETAILS_NEED_ATTENTION, problems: [] }
  }
  const problems = [...new Set(error.issues.map((issue) => issue.message))].filter((message) => !error.message.includes(message))
  return { fields: {}, general: error.message, problems }
}

/** The notice after an import: what was stored and what was left out. */
export function importedMessage(result: PromptSetImportResult): string {
  const { set } = result
  const left: string[] = []
  if (result.skippedDuplicates > 0) left.push(`${formatCount(result.skippedDuplicates, 'duplicate')} skipped`)
  if (result.skippedInvalid > 0) left.push(`${formatCount(result.skippedInvalid, 'unusable record')} left out`)
  if (result.warnings.length > 0) left.push(`${formatCount(result.warnings.length, 'warning')}, as the preview showed`)
  const tail = left.length > 0 ? ` (${left.join(', ')})` : ''
  return `Imported “${set.name}”: ${formatCount(set.itemCount, 'prompt')}${tail}.`
}
