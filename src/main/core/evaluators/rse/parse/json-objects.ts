import { fieldForKey, isExplanationKey } from './fields'
import { parseRelaxedObject, type Relaxed } from './relaxed-json'
import { readScoreValue } from './score-value'
import type { Candidate } from './types'

export interface JsonFindings {
  readonly candidates: Candidate[]
  readonly explanation?: string
  /** A `{` that looked like the start of a score object but never closed (a truncated reply). */
  readonly truncated: boolean
}

const FENCED_JSON = /```[ \t]*(?:json5?|javascript|js)?[ \t]*\n([\s\S]*?)(?:```|$)/gi
/** Enough attempts for any real reply; keeps a pathological one (thousands of `{`) linear-ish. */
const MAX_ATTEMPTS = 500

/**
 * Score candidates from the JSON objects in a reply. Objects inside ```json fences are preferred:
 * only when no fenced block names a score are bare objects in the prose used, so a JSON snippet
 * quoted from the answers being compared does not compete with the judge's own block.
 */
export function findJsonScores(text: string): JsonFindings {
  const fenced = [...text.matchAll(FENCED_JSON)].flatMap((match) => objectsIn(match[1] ?? ''))
  const fromFenced = collect(fenced)
  if (fromFenced.candidates.length > 0) return { ...fromFenced, truncated: false }
  const all = collect(objectsIn(text))
  return { ...all, truncated: all.candidates.length === 0 && looksTruncated(text) }
}

function objectsIn(text: string): { [key: string]: Relaxed }[] {
  const objects: { [key: string]: Relaxed }[] = []
  let from = 0
  for (let attempts = 0; attempts < MAX_ATTEMPTS; attempts++) {
    const start = text.indexOf('{', from)
    if (start === -1) break
    const parsed = parseRelaxedObject(text, start)
    if (parsed !== undefined) objects.push(parsed.value)
    from = parsed === undefined ? start + 1 : parsed.end
  }
  return objects
}

function collect(objects: readonly { [key: string]: Relaxed }[]): { candidates: Candidate[]; explanation?: string } {
  const candidates: Candidate[] = []
  let explanation: string | undefined
  const walk = (object: { [key: string]: Relaxed }, depth: number): void => {
    for (const [key, value] of Object.entries(object)) {
      const field = fieldForKey(key)
      if (field !== undefined && !isContainer(value)) {
        candidates.push({ field, via: 'json', score: readScoreValue(value), raw: typeof value === 'string' ? value : JSON.stringify(value) })
      } else if (isExplanationKey(key) && typeof value === 'string' && value.trim() !== '') {
        explanation ??= value.trim()
      } else if (isPlainObject(value) && depth < 3) walk(value, depth + 1)
    }
  }
  for (const object of objects) walk(object, 0)
  return explanation === undefined ? { candidates } : { candidates, explanation }
}

/**
 * {"scores": {...}} and {"score": {"style": 2, ...}} are containers to walk; {"style": {"score": 2,
 * "reason": "..."}} is one nested score. The difference: whether the object itself holds a score.
 */
function isContainer(value: Relaxed): value is { [key: string]: Relaxed } {
  return isPlainObject(value) && readScoreValue(value) === undefined
}

function isPlainObject(value: Relaxed): value is { [key: string]: Relaxed } {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

/** An opening brace followed by a score name and no closing brace after it. */
function looksTruncated(text: string): boolean {
  const start = text.lastIndexOf('{')
  return start !== -1 && !text.includes('}', start) && /["']?\s*(overall|style|structure|content|score)/i.test(text.slice(start))
}
