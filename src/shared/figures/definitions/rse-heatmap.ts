import type { ChartConfiguration } from 'chart.js'
import type { MatrixDataPoint } from 'chartjs-chart-matrix'
import type { RseResults } from '../../contract/results'
import { paperRseRows, paperSetFor } from '../paper-overlay'
import { viridis } from '../palette'
import { axis, baseOptions, PAPER_SUFFIX, type FigureOptions, unmatchedSetsNote } from './common'

const AVG = 'Avg'

interface Cell extends MatrixDataPoint {
  readonly x: string
  readonly y: string
  readonly v?: number
}

/**
 * RSE as a table of coloured cells: students (and, with the overlay, the paper's models) down,
 * prompt sets and Avg across, each cell printed with its value. Colours span the values shown,
 * stated in the subtitle, so small differences stay visible; viridis keeps them readable in
 * greyscale and to colour-blind readers.
 */
export function rseHeatmapFigure(results: RseResults, options: FigureOptions): ChartConfiguration<'matrix'> {
  const columns = [...results.sets, AVG]
  const cells: Cell[] = []
  for (const student of results.students) {
    for (const column of columns) {
      const value = column === AVG ? student.avg : student.sets.find((set) => set.name === column)?.mean
      cells.push({ x: column, y: student.model, ...(value !== undefined ? { v: value } : {}) })
    }
  }
  const paper = options.paperOverlay ? paperRseRows() : []
  for (const row of paper) {
    for (const column of columns) {
      const value = column === AVG ? row.avg : row.set(column)
      cells.push({ x: column, y: row.model + PAPER_SUFFIX, ...(value !== undefined ? { v: value } : {}) })
    }
  }
  const values = cells.flatMap((cell) => (cell.v !== undefined ? [cell.v] : []))
  const low = values.length ? Math.min(...values) : 1
  const high = values.length ? Math.max(...values) : 5
  const shade = (value: number | undefined) => (value === undefined ? '#ffffff' : viridis(high > low ? (value - low) / (high - low) : 0.5))
  const rows = [...results.students.map((student) => student.model), ...paper.map((row) => row.model + PAPER_SUFFIX)]
  const base = baseOptions<'matrix'>(options.style, {
    title: `RSE by prompt set (reference ${results.reference.model})`,
    subtitle: [
      values.length ? `colour from ${low.toFixed(2)} (dark) to ${high.toFixed(2)} (light); blank: no score` : 'no scores yet',
      ...(paper.length ? unmatchedSetsNote(results.sets, (set) => paperSetFor(set) !== undefined) : []),
    ].join('; '),
  })
  return {
    type: 'matrix',
    data: {
      datasets: [
        {
          label: 'RSE',
          data: cells,
          backgroundColor: cells.map((cell) => shade(cell.v)),
          borderColor: '#ffffff',
          borderWidth: 1,
          // Cell size follows the plot area, which is known only once Chart.js has laid out the axes.
          width: ({ chart }) => (chart.chartArea ? chart.chartArea.width / columns.length : 0),
          height: ({ chart }) => (chart.chartArea ? chart.chartArea.height / Math.max(1, rows.length) : 0),
          valueLabels: cells.map((cell) => (cell.v === undefined ? null : cell.v.toFixed(2))),
        },
      ],
    },
    options: {
      ...base,
      plugins: { ...base.plugins, legend: { display: false }, dsValueLabels: { position: 'center', contrast: true } },
      scales: {
        x: axis(options.style, undefined, {
          type: 'category',
          labels: columns,
          offset: true,
          position: 'top',
          grid: { display: false },
          border: { display: false },
        }),
        // The matrix chart reverses y by default; students stay in the run's order, top down.
        y: axis(options.style, undefined, {
          type: 'category',
          labels: rows,
          offset: true,
          reverse: false,
          grid: { display: false },
          border: { display: false },
        }),
      },
    },
  }
}
