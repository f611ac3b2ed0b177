import type { IceRate, IceResults } from '../contract/ice-results'
import { iceIntervalNote, REPLICATES_NOTE } from '../figures/interval-note'
import { number, text, type Cell, type Table } from './table'

const rateCell = (rate: IceRate): Cell => number(rate.rate, 3, { low: rate.low, high: rate.high, n: rate.n, ciMethod: rate.ciMethod })

/**
 * One ICE run's fuzzing replicates (issue 16): each replicate's seed and loose, strict and hard with
 * its own interval, then their mean with the combined interval, then the between-replicate SD.
 */
export function iceReplicatesTable(run: IceResults): Table {
  const replicates = run.replicates ?? []
  const spread = run.spread ?? { loose: null, strict: null, hard: null }
  const { scores } = run
  return {
    name: 'ice-replicates',
    title: `ICE per fuzzing replicate: ${run.target.model}`,
    columns: [
      { key: 'replicate', label: 'Replicate' },
      { key: 'seed', label: 'Seed' },
      { key: 'rows', label: 'Rows' },
      { key: 'loose', label: 'loose' },
      { key: 'strict', label: 'strict' },
      { key: 'hard', label: 'hard' },
    ],
    rows: [
      ...replicates.map((replicate) => ({
        cells: [
          text(String(replicate.replicate + 1)),
          number(replicate.seed, 0),
          number(replicate.n, 0),
          rateCell(replicate.loose),
          rateCell(replicate.strict),
          rateCell(replicate.hard),
        ],
      })),
      { cells: [text('Mean (combined interval)'), text(''), number(scores.rows, 0), rateCell(scores.loose), rateCell(scores.strict), rateCell(scores.hard)] },
      { cells: [text('Between-replicate SD'), text(''), text(''), number(spread.loose, 3), number(spread.strict, 3), number(spread.hard, 3)] },
    ],
    notes: [
      `${replicates.length} fuzzing replicates of the same target, each with the whole budget; replicate 1 uses the run's seed, the others seeds derived from it.`,
      REPLICATES_NOTE,
      iceIntervalNote(replicates.map((replicate) => ({ ...scores, loose: replicate.loose, strict: replicate.strict, hard: replicate.hard }))),
    ],
  }
}
