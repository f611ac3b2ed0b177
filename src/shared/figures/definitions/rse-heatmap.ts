import type { ChartConfiguration } from 'chart.js'
import type { MatrixDataPoint } from 'chartjs-chart-matrix'
import type { RseResults } from '../../contract/results'
import { paperRseRows, paperSetFor } from '../paper-overlay'
import { displayName } from '../display-names'
import { viridis } from '../palette'
import { colourBarRoom } from '../plugins/colour-bar'
import { axis, baseOptions, figurePadding, fontOf, PAPER_SUFFIX, type FigureOptions, unmatchedSetsNote } from './common'

const AVG = 'Avg'

interface Cell extends MatrixDataPoint {
  readonly x: string
  readonly y: string
  readonly v?: number
}

/** The judge's scale, the colour bar's span unless the data range is asked for. */
const SCALE = { low: 1, high: 5 } as const
/** Colour stops handed to the colour bar: enough that its gradient follows viridis closely. */
const BAR_STOPS = Array.from({ length: 17 }, (_, index) => viridis(index / 16))

/**
 * RSE as a table of coloured cells: students (and, with the overlay, the paper's models) down,
 * prompt sets and Avg across, each cell printed with its value, and a colour bar beside them.
 * Colours span the judge's whole 1-5 scale, so heat maps of different runs compare; the "data"
 * range spans the values shown instead (small differences stay visible) and the colour bar's title
 * says so. Viridis keeps them readable in greyscale and to colour-blind readers.
 */
export function rseHeatmapFigure(results: RseResults, options: FigureOptions): ChartConfiguration<'matrix'> {
  const columns = [...results.sets, AVG]
  const cells: Cell[] = []
  for (const student of results.students) {
    for (const column of columns) {
      const value = column === AVG ? student.avg : student.sets.find((set) => set.name === column)?.mean
      cells.push({ x: column, y: displayName(results, student.alias), ...(value !== undefined ? { v: value } : {}) })
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
  const dataRange = options.colourRange === 'data' && values.length > 0
  const { low, high } = dataRange ? widened(Math.min(...values), Math.max(...values)) : SCALE
  const shade = (value: number | undefined) => (value === undefined ? '#ffffff' : viridis((value - low) / (high - low)))
  const rows = [...results.students.map((student) => displayName(results, student.alias)), ...paper.map((row) => row.model + PAPER_SUFFIX)]
  const bar = colourBar(low, high, dataRange)
  const base = baseOptions<'matrix'>(options.style, {
    title: `RSE by prompt set (reference ${displayName(results, results.reference.alias)})`,
    subtitle: [
      values.length ? `colour: ${dataRange ? `data range ${low.toFixed(2)}-${high.toFixed(2)}` : "the judge's 1-5 scale"}; blank: no score` : 'no scores yet',
      ...(paper.length ? unmatchedSetsNote(results.sets, (set) => paperSetFor(set) !== undefined) : []),
    ].join('; '),
  })
  const padding = figurePadding(options.style)
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
      // Room right of the plot for the colour bar, on top of the padding every figure has.
      layout: { padding: { top: padding, bottom: padding, left: padding, right: padding + colourBarRoom(options.style.fontSizePt, bar.longest) } },
      plugins: {
        ...base.plugins,
        legend: { display: false },
        dsValueLabels: { position: 'center', contrast: true },
        dsColourBar: { stops: BAR_STOPS, min: low, max: high, tickValues: bar.values, tickLabels: bar.labels, title: bar.title, font: fontOf(options.style) },
      },
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

/** A data range with room for one value alone (all cells equal), within the judge's scale. */
function widened(low: number, high: number): { low: number; high: number } {
  return high > low ? { low, high } : { low: Math.max(SCALE.low, low - 0.05), high: Math.min(SCALE.high, high + 0.05) }
}

/** Ticks at each whole score of the fixed scale; at the ends and middle of a data range, to two decimals. */
function colourBar(low: number, high: number, dataRange: boolean): { values: number[]; labels: string[]; title: string; longest: number } {
  const values = dataRange ? [low, (low + high) / 2, high] : [1, 2, 3, 4, 5]
  const labels = values.map((value) => value.toFixed(dataRange ? 2 : 0))
  return { values, labels, title: dataRange ? 'RSE (data range)' : 'RSE (1-5)', longest: Math.max(...labels.map((label) => label.length)) }
}
