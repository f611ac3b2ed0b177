import type { Aspect } from './parse/fields'
import { declineQuote, proseExplanation } from './parse/explanation'
import { findFractionScores } from './parse/fraction'
import { findJsonScores } from './parse/json-objects'
import { findTableScores } from './parse/markdown-table'
import { normalizeReply } from './parse/normalize'
import { resolveScores } from './parse/resolve'
import { findTaggedScores } from './parse/tagged-fields'
import type { Via } from './parse/types'

export type { Via as RseScoreSource } from './parse/types'

/** Overall on 1-5, aspects on 0-2 (METHOD.md 1.2); whole or half points. */
export interface RseJudgeScores extends Partial<Record<Aspect, number>> {
  readonly overall: number
}

export interface RseJudgeParsed {
  readonly ok: true
  readonly scores: RseJudgeScores
  readonly explanation?: string
  /** Where the overall came from: 'json' (the block we asked for), 'tagged', 'table' or 'fraction'. */
  readonly via: Via
  /** What a reader of the record should know: half points, aspects taken from elsewhere, ignored values. */
  readonly notes: readonly string[]
}

export interface RseJudgeParseFailure {
  readonly ok: false
  /** What was missing or wrong, e.g. "no overall score found", "overall 7 is outside 1-5". */
  readonly reason: string
}

export type RseJudgeParse = RseJudgeParsed | RseJudgeParseFailure

/**
 * Reads an RSE judge's reply (METHOD.md 1.2). Accepts the fenced JSON block our prompt asks for,
 * any JSON-like object (single quotes, trailing commas, keys such as "Overall Similarity Score" or
 * "总体相似度"), labelled fields ("Overall: 4", "**Overall similarity score:** 4/5",
 * "<overall>4</overall>", table rows), column tables, and finally a bare "N/5" in the prose.
 * The most trusted source wins per field (JSON > labelled > table > N/5). Scores off the scale are
 * failures with the reason, never clamped; so are conflicting values within one source. Never throws.
 */
export function parseRseJudgeReply(text: string): RseJudgeParse {
  try {
    return parse(text)
  } catch (error) {
    // Not expected; but a parser bug must become a recorded failure, not a crashed run.
    return { ok: false, reason: `the reply could not be read (${error instanceof Error ? error.message : String(error)})` }
  }
}

function parse(text: string): RseJudgeParse {
  if (typeof text !== 'string' || text.trim() === '') return { ok: false, reason: 'empty reply' }
  const normal = normalizeReply(text)
  const json = findJsonScores(normal)
  const candidates = [...json.candidates, ...findTaggedScores(normal), ...findTableScores(normal), ...findFractionScores(normal)]
  const resolved = resolveScores(candidates)
  if (!resolved.ok) return { ok: false, reason: explainFailure(resolved.reason, normal, json.truncated) }
  // The explanation is read from the original text, so Chinese punctuation survives; most replies need no normalising, and then the JSON was read already.
  const original = normal === text ? json : findJsonScores(text)
  const explanation = original.explanation ?? json.explanation ?? proseExplanation(text)
  const scores: RseJudgeScores = { overall: resolved.overall, ...resolved.aspects }
  return explanation === undefined
    ? { ok: true, scores, via: resolved.via, notes: resolved.notes }
    : { ok: true, scores, explanation, via: resolved.via, notes: resolved.notes }
}

function explainFailure(reason: string, normal: string, truncated: boolean): string {
  if (!reason.startsWith('no overall score found')) return reason
  if (truncated) return `${reason}: the JSON block is cut off`
  const decline = declineQuote(normal)
  return decline === undefined ? reason : `${reason}: the judge declined ("${decline}")`
}
