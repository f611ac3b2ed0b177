import type { RseAnchor, RseCalibration, RseResults } from '../contract/results'
import { CALIBRATION_INTERVALS, CALIBRATION_METHOD, GREEDY_REFERENCE_NOTE, identicalSamplesText } from './rse-check-words'
import { number, text, type Column, type Table, type TableRow } from './table'

/** The ceiling's or the floor's cells of one set (undefined: Avg, which has no n). */
function anchorCells(anchor: RseAnchor, set: string | undefined) {
  if (set === undefined) return [number(anchor.mean, 3, { low: anchor.ci?.low, high: anchor.ci?.high })]
  const entry = anchor.sets.find((candidate) => candidate.name === set)
  return [number(entry?.mean, 3, { low: entry?.ci?.low, high: entry?.ci?.high, n: entry?.n ?? 0 })]
}

/** The notes every calibration table shares: how it was measured, and what a greedy reference means for it. */
function calibrationNotes(calibration: RseCalibration): string[] {
  return [CALIBRATION_METHOD, ...(calibration.referenceGreedy ? [GREEDY_REFERENCE_NOTE] : []), identicalSamplesText(calibration)]
}

/**
 * Issue 16 item 1: where the run's judge puts the top (ceiling) and the bottom (floor) of its
 * 1-5 scale, per prompt set and Avg, with bootstrap 95% intervals and the items scored.
 */
export function rseCalibrationTable(results: RseResults, calibration: RseCalibration): Table {
  const columns: Column[] = [
    { key: 'set', label: 'Prompt set' },
    { key: 'ceiling', label: 'Ceiling' },
    { key: 'floor', label: 'Floor' },
  ]
  const rows: TableRow[] = [...results.sets, undefined].map((set) => ({
    cells: [text(set ?? 'Avg'), ...anchorCells(calibration.ceiling, set), ...anchorCells(calibration.floor, set)],
  }))
  return {
    name: 'rse-calibration',
    title: `RSE ceiling and floor against ${results.reference.model}`,
    columns,
    rows,
    notes: [
      ...calibrationNotes(calibration),
      'Mean overall similarity (1-5) with bootstrap 95% intervals over prompts (seeded) and the items scored (n); Avg is the unweighted mean of the set means.',
    ],
  }
}

/**
 * Issue 16 item 1: each student's RSE between the floor (0) and the ceiling (1) per set and Avg,
 * beside the raw Avg, so a reader sees both the judge's scale and where on it a student sits.
 */
export function rseNormalisedTable(results: RseResults, calibration: RseCalibration): Table {
  const columns: Column[] = [
    { key: 'model', label: 'Model' },
    { key: 'avg', label: 'Avg (1-5)', best: 'max' },
    ...results.sets.map((set): Column => ({ key: `normalised.${set}`, label: set, group: 'Normalised', best: 'max' })),
    { key: 'normalised.avg', label: 'Avg', group: 'Normalised', best: 'max' },
  ]
  // Highest normalised Avg first, as the rse table orders by Avg; students without one last, in the run's order.
  const byAvg = [...results.students].sort((a, b) => (b.normalised?.avg ?? Number.NEGATIVE_INFINITY) - (a.normalised?.avg ?? Number.NEGATIVE_INFINITY))
  const rows: TableRow[] = byAvg.map((student) => ({
    cells: [
      text(student.model),
      number(student.avg, 3, { low: student.avgCi?.low, high: student.avgCi?.high }),
      ...results.sets.map((name) => {
        const set = student.normalised?.sets.find((candidate) => candidate.name === name)
        return number(set?.value, 3, { low: set?.ci?.low, high: set?.ci?.high })
      }),
      number(student.normalised?.avg, 3, { low: student.normalised?.avgCi?.low, high: student.normalised?.avgCi?.high }),
    ],
  }))
  return {
    name: 'rse-normalised',
    title: `RSE normalised between floor (0) and ceiling (1), against ${results.reference.model}`,
    columns,
    rows,
    notes: [...calibrationNotes(calibration), CALIBRATION_INTERVALS, 'Students by normalised Avg, highest first. Bold: highest value in its column.'],
  }
}
