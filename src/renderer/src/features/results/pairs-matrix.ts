import type { RsePairResult, RseResults } from '../../../../shared/contract/index'

/** One cell of the pairs matrix: row student minus column student. */
export interface PairCell {
  /** "+0.120". */
  readonly diff: string
  /** "−0.030 to +0.270". */
  readonly interval: string
  readonly separable: boolean
  /** For a screen reader and the tooltip. */
  readonly words: string
}

export interface PairsMatrix {
  /** Students that have an Avg, in the run's order (aliases). */
  readonly students: readonly string[]
  /** cells[row][column]; null on the diagonal. */
  readonly cells: readonly (readonly (PairCell | null)[])[]
  /** Per student, "81%" of resamples keeping its rank, or "—". */
  readonly keepsRank: readonly string[]
}

const signed = (value: number) => `${value > 0 ? '+' : value < 0 ? '−' : ''}${Math.abs(value).toFixed(3)}`
const percent = (value: number | undefined) => (value === undefined ? '—' : `${Math.round(value * 100)}%`)

/**
 * The compact matrix of issue 14 item 2: every pair's Avg difference with its paired interval,
 * marked where Holm's adjustment leaves it clear of 0. The lower triangle is the upper one negated
 * (B - A), so each row reads "this student against each other".
 */
export function pairsMatrix(results: RseResults, name: (alias: string) => string): PairsMatrix {
  const pairs = results.pairs ?? []
  const inPairs = new Set(pairs.flatMap((pair) => [pair.a, pair.b]))
  const students = results.students.map((student) => student.alias).filter((alias) => inPairs.has(alias))
  const find = (a: string, b: string): { pair: RsePairResult; sign: 1 | -1 } | undefined => {
    const direct = pairs.find((pair) => pair.a === a && pair.b === b)
    if (direct) return { pair: direct, sign: 1 }
    const reverse = pairs.find((pair) => pair.a === b && pair.b === a)
    return reverse ? { pair: reverse, sign: -1 } : undefined
  }
  const cells = students.map((row) =>
    students.map((column): PairCell | null => {
      if (row === column) return null
      const found = find(row, column)
      if (!found) return null
      const { pair, sign } = found
      const [low, high] = sign === 1 ? [pair.ci.low, pair.ci.high] : [-pair.ci.high, -pair.ci.low]
      const diff = sign * pair.diff
      const verdict = pair.adjustedExcludesZero ? 'separable after Holm adjustment' : 'not separable'
      return {
        diff: signed(diff),
        interval: `${signed(low)} to ${signed(high)}`,
        separable: pair.adjustedExcludesZero,
        words: `${name(row)} minus ${name(column)}: ${signed(diff)}, 95% interval ${signed(low)} to ${signed(high)}, ${verdict}`,
      }
    }),
  )
  const stability = new Map((results.rankStability ?? []).map((entry) => [entry.alias, entry.keepsRank]))
  return { students, cells, keepsRank: students.map((alias) => percent(stability.get(alias))) }
}
