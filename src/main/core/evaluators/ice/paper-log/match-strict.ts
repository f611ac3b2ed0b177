import type { PaperAttackRow, PaperStrictRow } from './paper-rows'

/** A strict CSV row that matches no attack row, and why. */
export interface UnmatchedStrictRow {
  readonly line: number
  readonly query: string
  /** The template's first 80 characters, to recognise it. */
  readonly templateStart: string
  readonly strict: boolean
  readonly reason: string
}

/**
 * Texts as compared: line endings unified, each line's trailing spaces dropped, the ends trimmed,
 * curly quotes made straight and doubled quotes single (a cell quoted twice over). The loose form
 * also collapses every run of whitespace.
 */
export function normaliseText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/""/g, '"')
}

const looseForm = (text: string) => normaliseText(text).replace(/\s+/g, ' ')
const keyOf = (form: (text: string) => string, row: { template: string; query: string }) => `${form(row.template)}\u0000${form(row.query)}`

export interface StrictMatch {
  /** Attack row index -> the strict row matched to it. */
  readonly matched: ReadonlyMap<number, PaperStrictRow>
  readonly unmatched: readonly UnmatchedStrictRow[]
}

/**
 * Pairs strict rows with attack rows by template and question (METHOD.md 2.7), exact after
 * normalisation, else with whitespace collapsed. Each attack row is used once; among several with
 * the same texts, the one with the same answer is preferred, then a loose positive, then the first.
 */
export function matchStrictRows(attack: readonly PaperAttackRow[], strict: readonly PaperStrictRow[]): StrictMatch {
  const indexes = [normaliseText, looseForm].map((form) => indexBy(attack, (row) => keyOf(form, row)))
  const matched = new Map<number, PaperStrictRow>()
  const unmatched: UnmatchedStrictRow[] = []
  for (const row of strict) {
    const candidates = indexes.map((index, level) => index.get(keyOf(level === 0 ? normaliseText : looseForm, row)) ?? []).find((list) => list.length > 0) ?? []
    const free = candidates.filter((index) => !matched.has(index))
    const chosen = pick(free, attack, row)
    if (chosen !== undefined) {
      matched.set(chosen, row)
      continue
    }
    const reason =
      candidates.length > 0
        ? 'every attack row with this template and question is already matched (a repeated row?)'
        : 'no attack row has this template and question'
    unmatched.push({ line: row.line, query: row.query, templateStart: row.template.slice(0, 80), strict: row.strict, reason })
  }
  return { matched, unmatched }
}

function pick(free: readonly number[], attack: readonly PaperAttackRow[], row: PaperStrictRow): number | undefined {
  const answer = row.response === undefined ? undefined : looseForm(row.response)
  const sameAnswer = answer === undefined ? undefined : free.find((index) => looseForm(attack[index]?.response ?? '') === answer)
  return sameAnswer ?? free.find((index) => attack[index]?.loose === true) ?? free[0]
}

function indexBy(rows: readonly PaperAttackRow[], key: (row: PaperAttackRow) => string): Map<string, number[]> {
  const index = new Map<string, number[]>()
  rows.forEach((row, position) => {
    const name = key(row)
    index.set(name, [...(index.get(name) ?? []), position])
  })
  return index
}
