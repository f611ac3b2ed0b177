import type { ChartConfiguration } from 'chart.js'
import type { RseResults } from '../../contract/results'
import { paperRseRows, paperSetFor } from '../paper-overlay'
import { seriesColour, withAlpha } from '../palette'
import type { ErrorBar } from '../plugins/types'
import { displayName } from '../display-names'
import { axis, baseOptions, maxBarThickness, PAPER_NOTE, PAPER_SUFFIX, type FigureOptions, unmatchedSetsNote } from './common'

const AVG = 'Avg'

/**
 * RSE per student and prompt set as grouped bars (students along x, one bar per set and one for
 * Avg), with bootstrap 95% intervals as whiskers (METHOD.md 1.3-1.4 and 3). The y axis is the
 * judge's 1-5 scale, so bars of different runs compare at a glance.
 */
export function rseSetsFigure(results: RseResults, options: FigureOptions): ChartConfiguration<'bar'> {
  const ours = results.students
  const paper = options.paperOverlay ? paperRseRows() : []
  const labels = [...ours.map((student) => displayName(results, student.alias)), ...paper.map((row) => row.model + PAPER_SUFFIX)]
  const series = [...results.sets, AVG]
  const datasets = series.map((setName, index) => {
    const colour = seriesColour(index)
    const isAvg = index === results.sets.length
    const measured = ours.map((student) => {
      if (isAvg) return { value: student.avg ?? null, bar: student.avgCi ? { y: student.avgCi } : null }
      const set = student.sets.find((candidate) => candidate.name === setName)
      return { value: set?.mean ?? null, bar: set?.ci ? { y: set.ci } : null }
    })
    const published = paper.map((row) => (isAvg ? row.avg : (row.set(setName) ?? null)))
    return {
      // Set names are the run's own (often file names), printed as given.
      label: setName,
      maxBarThickness: maxBarThickness(options.style),
      data: [...measured.map((point) => point.value), ...published],
      errorBars: [...measured.map((point): ErrorBar | null => point.bar), ...published.map(() => null)],
      backgroundColor: [...measured.map(() => colour), ...published.map(() => withAlpha(colour, 0.35))],
      borderColor: colour,
      borderWidth: [...measured.map(() => 0), ...published.map(() => 0.75)],
    }
  })
  const base = baseOptions<'bar'>(options.style, {
    title: `RSE by prompt set (reference ${displayName(results, results.reference.alias)}, judge ${displayName(results, results.judge.alias)})`,
    subtitle: [
      'whiskers: bootstrap 95% intervals',
      ...(paper.length ? [PAPER_NOTE, ...unmatchedSetsNote(results.sets, (set) => paperSetFor(set) !== undefined)] : []),
    ].join('; '),
  })
  return {
    type: 'bar',
    data: { labels, datasets },
    options: {
      ...base,
      scales: {
        x: axis(options.style, undefined, { grid: { display: false } }),
        y: axis(options.style, 'RSE (1-5)', { min: 1, max: 5, ticks: { stepSize: 1 } }),
      },
    },
  }
}
