import { fieldForKey, normalizeKey, type Field } from './fields'
import { readScoreText } from './score-value'
import type { Candidate } from './types'

/**
 * Scores written as labelled fields in prose or markup:
 *   "Overall: 4", "**Overall similarity score:** 4/5", "Response style - 2", "| Content detail | 1 |",
 *   "The overall similarity score is 4", "Overall (1-5): 4", "总体相似度：4分", "风格为2", "Rating: [[4]]",
 *   and XML-ish "<overall>4</overall>".
 * The label is up to six words (or one run of Chinese/Japanese characters) right before the
 * separator; its longest word-aligned ending that names a field wins, so "My final overall score"
 * is the overall and "lifestyle" is not the style.
 */

const LABEL = String.raw`((?:[\p{L}\p{M}'_-]+[ \t]+){0,5}[\p{L}\p{M}'_-]+)`
/** "(1-5)", "[0-2]", "(out of 5)" between label and separator. */
const QUALIFIER = String.raw`(?:[ \t]*[(\[][^()\[\]\n]{0,20}[)\]])?`
// After the separator, brackets may open the value: FastChat's MT-Bench judge format is "Rating: [[4]]".
const SEPARATOR = String.raw`[ \t*_"']*(?::|=|\||-|–|—|\bis\b|\bof\b|\bwould be\b|为|是|為)[ \t*_"'\n[]*`
const NUMBER = String.raw`(-?\d+(?:\.\d+)?(?:[ \t]*分)?(?:[ \t]*(?:\/|out of)[ \t]*\d+(?:\.\d+)?|[ \t]*%)?)`
export const LABELLED = new RegExp(String.raw`(?<![\p{L}\p{M}'_-])${LABEL}${QUALIFIER}${SEPARATOR}${NUMBER}`, 'giu')
export const XML_FIELD = /<([\p{L}\p{M}_\- ]{1,40})>\s*([^<]{1,30}?)\s*<\/\1\s*>/giu

export function findTaggedScores(text: string): Candidate[] {
  const candidates: Candidate[] = []
  for (const match of text.matchAll(XML_FIELD)) {
    const field = fieldForKey(match[1] ?? '')
    if (field !== undefined) candidates.push({ field, via: 'tagged', score: readScoreText(match[2] ?? ''), raw: match[2] ?? '' })
  }
  for (const match of text.matchAll(LABELLED)) {
    const field = fieldOfLabel(match[1] ?? '')
    if (field !== undefined) candidates.push({ field, via: 'tagged', score: readScoreText(match[2] ?? ''), raw: match[0].trim() })
  }
  return candidates
}

/**
 * Labels repeat from reply to reply ("Overall", "the style"), and reading one tries every ending, so
 * answers are remembered; the memory is emptied when full, so odd replies cannot grow it without end.
 */
const knownLabels = new Map<string, Field | null>()
const KNOWN_LABELS_MAX = 4096

/** The field named by the label's longest ending that starts at a word (or CJK character) boundary. */
export function fieldOfLabel(label: string): Field | undefined {
  const known = knownLabels.get(label)
  if (known !== undefined) return known ?? undefined
  const field = readLabel(label)
  if (knownLabels.size >= KNOWN_LABELS_MAX) knownLabels.clear()
  knownLabels.set(label, field ?? null)
  return field
}

function readLabel(label: string): Field | undefined {
  for (const start of boundaries(label)) {
    const field = fieldForKey(label.slice(start))
    if (field !== undefined) return field
  }
  return undefined
}

function boundaries(label: string): number[] {
  const starts: number[] = []
  for (let i = 0; i < label.length; i++) {
    const before = label[i - 1] ?? ' '
    if (/[\s_-]/.test(before) || isCjk(label[i] ?? '') || isCjk(before)) {
      if (normalizeKey(label.slice(i)) !== '') starts.push(i)
    }
  }
  return starts
}

function isCjk(c: string): boolean {
  return /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(c)
}
