import type {
  PromptDuplicate,
  PromptFileFormat,
  PromptProblem,
  PromptProblemLevel,
  PromptSet,
  PromptSetDomain,
  PromptShape,
} from '../../../../shared/contract/prompt-sets'
import { formatCount, formatInteger } from '../../lib/format'

/*
 * Words for prompt sets, shared by the page, the details drawer and the import dialog. No React
 * here, so it is unit-tested in Node.
 */

export const DOMAIN_LABELS: Readonly<Record<PromptSetDomain, string>> = {
  general: 'General',
  math: 'Maths',
  instruction: 'Instruction following',
  other: 'Other',
}

/** What each domain means, for the import form's choice. */
export const DOMAIN_DESCRIPTIONS: Readonly<Record<PromptSetDomain, string>> = {
  general: 'General questions and reasoning (like Arena-Hard)',
  math: 'Maths problems (like NuminaMath)',
  instruction: 'Requests to follow (like ShareGPT)',
  other: 'Anything else',
}

export const FORMAT_LABELS: Readonly<Record<PromptFileFormat, string>> = {
  jsonl: 'JSON Lines',
  json: 'JSON',
  csv: 'CSV',
  tsv: 'TSV (tab-separated)',
}

/** Short names for how prompts were found; the preview itself carries the backend's longer label. */
export const SHAPE_LABELS: Readonly<Record<PromptShape, string>> = {
  'arena-hard': 'Arena-Hard questions',
  'numina-math': 'NuminaMath problems',
  sharegpt: 'ShareGPT conversations',
  'chat-messages': 'Chat messages',
  prompt: 'A "prompt" field',
  question: 'A "question" field',
  instruction: 'An "instruction" field',
  text: 'A "text" field',
  custom: 'Your field mapping',
}

export function shapeLabel(shape: PromptShape | undefined): string {
  return shape ? SHAPE_LABELS[shape] : 'Not recognised'
}

/** The domain a recognised layout usually belongs to; the person can change it. */
export function suggestedDomain(shape: PromptShape | undefined): PromptSetDomain {
  switch (shape) {
    case 'arena-hard':
      return 'general'
    case 'numina-math':
      return 'math'
    case 'sharegpt':
    case 'instruction':
      return 'instruction'
    default:
      return 'other'
  }
}

export const PROBLEM_LEVEL_LABELS: Readonly<Record<PromptProblemLevel, string>> = {
  file: 'Stops the import',
  record: 'Unusable record',
  warning: 'Warning',
}

export const PROBLEM_LEVEL_COLORS: Readonly<Record<PromptProblemLevel, string>> = {
  file: 'red',
  record: 'orange',
  warning: 'yellow',
}

/**
 * One line per problem. The backend's message already names the line ("Line 12: ..."); when it
 * does not but the problem has a line, the line is put in front so every problem says where it is.
 */
export function formatProblem(problem: PromptProblem): string {
  const message = problem.message.trim()
  if (problem.line === undefined || /\bline \d/i.test(message)) return message
  return `Line ${problem.line}: ${message}`
}

export interface ProblemCounts {
  readonly file: number
  readonly record: number
  readonly warning: number
}

/** Counts of the problems listed (the preview lists at most 100 of `problemCount`). */
export function countProblems(problems: readonly PromptProblem[]): ProblemCounts {
  const counts = { file: 0, record: 0, warning: 0 }
  for (const problem of problems) counts[problem.level]++
  return counts
}

/** "3 problems", or "100 of 2,345 problems shown" when the list was cut. */
export function problemListCaption(shown: number, total: number): string {
  if (total <= shown) return formatCount(total, 'problem')
  return `The first ${formatInteger(shown)} of ${formatCount(total, 'problem')}`
}

/** `“line-5” (line 5) repeats “line-2”`. */
export function formatDuplicate(duplicate: PromptDuplicate): string {
  const where = duplicate.line === undefined ? '' : ` (line ${duplicate.line})`
  return `“${duplicate.id}”${where} repeats “${duplicate.duplicateOf}”`
}

/** Where a set came from, one sentence per fact, for its details. */
export function originLines(set: PromptSet): string[] {
  if (set.builtin) return ['Comes with Distillscope: written by its team, the same on every computer.']
  const { origin } = set
  const lines: string[] = []
  if (origin.url) lines.push(`Downloaded from ${origin.url}.`)
  if (origin.fileName) {
    const format = origin.format ? ` (${FORMAT_LABELS[origin.format]})` : ''
    const shape = origin.shape ? `; prompts found as: ${SHAPE_LABELS[origin.shape]}` : ''
    lines.push(`${origin.url ? 'File' : 'Imported from'} ${origin.fileName}${format}${shape}.`)
  }
  const skipped: string[] = []
  if (origin.skippedDuplicates) skipped.push(formatCount(origin.skippedDuplicates, 'duplicate'))
  if (origin.skippedInvalid) skipped.push(formatCount(origin.skippedInvalid, 'unusable record'))
  if (skipped.length > 0) lines.push(`Left out when imported: ${skipped.join(' and ')}.`)
  return lines
}
