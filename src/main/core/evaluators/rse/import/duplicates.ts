import type { PromptDuplicate } from '../../../../../shared/contract/prompt-sets'
import type { Candidate } from './extract-items'
import type { ProblemLog } from '../../../files/problem-log'

/**
 * The text two prompts are compared by: Unicode-normalised, trimmed, runs of whitespace made one
 * space, lower case. "What is 2+2?" and "  what is 2+2? " are the same question to a model.
 */
export function normalisePrompt(prompt: string): string {
  return prompt.normalize('NFC').trim().replace(/\s+/gu, ' ').toLowerCase()
}

/** Later repeats of an earlier prompt's text; the first occurrence is the one kept. */
export function findDuplicates(candidates: readonly Candidate[]): { unique: Candidate[]; duplicates: PromptDuplicate[] } {
  const firstIdByText = new Map<string, string>()
  const unique: Candidate[] = []
  const duplicates: PromptDuplicate[] = []
  for (const candidate of candidates) {
    const key = normalisePrompt(candidate.item.prompt)
    const duplicateOf = firstIdByText.get(key)
    if (duplicateOf === undefined) {
      firstIdByText.set(key, candidate.item.id)
      unique.push(candidate)
    } else {
      duplicates.push({ id: candidate.item.id, ...(candidate.record.line === undefined ? {} : { line: candidate.record.line }), duplicateOf })
    }
  }
  return { unique, duplicates }
}

/** Ids must be unique within a set (answers and scores are keyed by them): later repeats are unusable. */
export function dropRepeatedIds(candidates: readonly Candidate[], idField: string | undefined, problems: ProblemLog): { kept: Candidate[]; dropped: number } {
  const firstWhere = new Map<string, string>()
  const kept: Candidate[] = []
  for (const candidate of candidates) {
    const earlier = firstWhere.get(candidate.item.id)
    if (earlier === undefined) {
      firstWhere.set(candidate.item.id, candidate.record.where)
      kept.push(candidate)
      continue
    }
    const where = candidate.record.where
    const message = `${where.charAt(0).toUpperCase()}${where.slice(1)}: the id "${candidate.item.id}" was already used (${earlier}); each prompt needs its own id.`
    problems.add({
      level: 'record',
      message,
      ...(candidate.record.line === undefined ? {} : { line: candidate.record.line }),
      ...(idField ? { field: idField } : {}),
    })
  }
  return { kept, dropped: candidates.length - kept.length }
}
