import { quoteRaw, readVerdictWord, type VerdictValue } from './verdict-words'

/** What one JSON object in a reply says: a verdict, or a verdict field that holds something else. */
export type JsonFinding =
  | { readonly kind: 'signal'; readonly value: VerdictValue; readonly field: string }
  | { readonly kind: 'malformed'; readonly field: string; readonly raw: string }

/**
 * Fields a judge names its verdict with (issue 11). Keys are compared without case, spaces, "_" or
 * "-", so "Final_Verdict" and "finalVerdict" both count. "score" and "rating" are left out on
 * purpose: they are scale fields (MT-Bench's 1-10 rating), and a rating of 1 is not a conflict.
 */
const VERDICT_FIELDS = new Set([
  'verdict',
  'finalverdict',
  'judge',
  'judgement',
  'judgment',
  'conflict',
  'isconflict',
  'hasconflict',
  'label',
  'answer',
  'finalanswer',
  'decision',
])
/** Fields whose every value must be a verdict: anything else there is a malformed verdict, not noise. */
const STRICT_FIELDS = new Set(['verdict', 'finalverdict', 'judge', 'judgement', 'judgment'])

const normalise = (key: string) => key.toLowerCase().replace(/[\s_-]/g, '')

/**
 * Every JSON object in the reply (fenced or bare, one level of nesting looked into), read for
 * verdict-like fields. Objects are found by brace matching that respects JSON strings, so a brace
 * inside a string does not end the object; text that does not parse as JSON is not a signal.
 */
export function findJsonVerdicts(reply: string): JsonFinding[] {
  const findings: JsonFinding[] = []
  let index = reply.indexOf('{')
  while (index !== -1) {
    const end = matchingBrace(reply, index)
    const parsed = end === -1 ? undefined : tryParse(reply.slice(index, end + 1))
    if (parsed !== undefined) {
      readObject(parsed, findings, 0)
      index = reply.indexOf('{', end + 1)
    } else index = reply.indexOf('{', index + 1)
  }
  return findings
}

function readObject(value: unknown, findings: JsonFinding[], depth: number): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return
  for (const [key, field] of Object.entries(value)) {
    const name = normalise(key)
    if (VERDICT_FIELDS.has(name)) {
      const verdict = readFieldValue(field)
      if (verdict !== undefined) findings.push({ kind: 'signal', value: verdict, field: key })
      else if (STRICT_FIELDS.has(name))
        findings.push({ kind: 'malformed', field: key, raw: typeof field === 'string' ? quoteRaw(field) : JSON.stringify(field) })
    } else if (depth === 0) readObject(field, findings, depth + 1)
  }
}

function readFieldValue(field: unknown): VerdictValue | undefined {
  if (field === true || field === 1) return 1
  if (field === false || field === 0) return 0
  return typeof field === 'string' ? readVerdictWord(field) : undefined
}

function tryParse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

/** The index of the brace closing the object opened at `start`, or -1. */
function matchingBrace(text: string, start: number): number {
  let depth = 0
  let inString = false
  for (let i = start; i < text.length; i++) {
    const char = text[i]
    if (inString) {
      if (char === '\\') i++
      else if (char === '"') inString = false
    } else if (char === '"') inString = true
    else if (char === '{') depth++
    else if (char === '}' && --depth === 0) return i
  }
  return -1
}
