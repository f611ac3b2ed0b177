import { fieldForKey, type Field } from './fields'
import { readScoreText } from './score-value'
import type { Candidate } from './types'

/**
 * Scores in a markdown table laid out by column:
 *   | Style | Structure | Content | Overall |
 *   |-------|-----------|---------|---------|
 *   | 2     | 1         | 2       | 4/5     |
 * Row-wise tables ("| Overall | 4 |") are labelled fields and read by tagged-fields.ts. A table
 * counts only when at least two header cells name different scores, so "| Aspect | Score |" (whose
 * "Score" column holds every aspect) is not read as four overall scores.
 */
export function findTableScores(text: string): Candidate[] {
  return tablesIn(text).flatMap(readTable)
}

function tablesIn(text: string): string[][][] {
  const tables: string[][][] = []
  let current: string[][] = []
  for (const line of text.split('\n')) {
    const trimmed = line.trim()
    if (trimmed.startsWith('|')) current.push(cells(trimmed))
    else if (current.length > 0) {
      tables.push(current)
      current = []
    }
  }
  if (current.length > 0) tables.push(current)
  return tables
}

function cells(row: string): string[] {
  return row
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((cell) => cell.trim())
}

function readTable(rows: string[][]): Candidate[] {
  const [header, ...rest] = rows
  if (header === undefined) return []
  const columns = header.map((cell) => fieldForKey(cell))
  if (new Set(columns.filter((field): field is Field => field !== undefined)).size < 2) return []
  const data = rest.filter((row) => !row.every((cell) => /^:?-{2,}:?$/.test(cell) || cell === ''))
  return data.flatMap((row) =>
    columns.flatMap((field, i): Candidate[] => {
      const cell = row[i]
      return field === undefined || cell === undefined ? [] : [{ field, via: 'table', score: readScoreText(cell), raw: `${header[i] ?? ''}: ${cell}` }]
    }),
  )
}
