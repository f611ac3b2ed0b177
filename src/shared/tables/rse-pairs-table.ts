import type { RseResults } from '../contract/results'
import { number, text, type Table } from './table'

/**
 * Every pair of students of one RSE run (issue 14 item 2): Avg(a) - Avg(b) with its paired
 * bootstrap interval, Holm's adjusted p and whether the pair is separable after the adjustment,
 * then each student's rank stability. Reading the paper's table by eye, 0.04 apart looks like a
 * ranking; this says which gaps the data resolve.
 */
export function rsePairsTable(results: RseResults): Table {
  const model = (alias: string) => results.students.find((student) => student.alias === alias)?.model ?? alias
  const stability = new Map((results.rankStability ?? []).map((entry) => [entry.alias, entry]))
  const keeps = (alias: string) => stability.get(alias)?.keepsRank
  return {
    name: 'rse-pairs',
    title: `RSE differences between students (reference ${results.reference.model})`,
    columns: [
      { key: 'a', label: 'Student A' },
      { key: 'b', label: 'Student B' },
      { key: 'diff', label: 'Avg A - Avg B' },
      { key: 'adjustedP', label: 'Holm p' },
      { key: 'separable', label: 'Separable' },
      { key: 'aKeepsRank', label: 'A keeps rank' },
      { key: 'bKeepsRank', label: 'B keeps rank' },
    ],
    rows: (results.pairs ?? []).map((pair) => ({
      cells: [
        text(model(pair.a)),
        text(model(pair.b)),
        number(pair.diff, 3, { low: pair.ci.low, high: pair.ci.high }),
        number(pair.adjustedP, 3),
        text(pair.adjustedExcludesZero ? 'yes' : 'no'),
        number(keeps(pair.a), 2),
        number(keeps(pair.b), 2),
      ],
    })),
    notes: [
      "Avg A - Avg B with a paired bootstrap 95% interval: each resample draws every set's prompts once for all students, so what makes a prompt easy for everyone cancels out (seeded by the run).",
      'Holm p: the difference over its bootstrap standard error, Holm-adjusted across every pair of the run; separable when below 0.05 (the difference excludes 0 after the adjustment).',
      'Keeps rank: share of resamples in which the student has the same rank by Avg as in the data.',
    ],
  }
}
