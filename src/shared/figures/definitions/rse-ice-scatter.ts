import type { ChartConfiguration } from 'chart.js'
import type { Interval } from '../../contract/results'
import { paperScatterPoints } from '../paper-overlay'
import { PAPER_VALUE_COLOUR, seriesColour } from '../palette'
import type { ErrorBar } from '../plugins/types'
import { axis, baseOptions, PAPER_SUFFIX, ZOOM_NOTE, type FigureOptions } from './common'

export interface ScatterPoint {
  readonly model: string
  readonly rseAvg: number
  readonly rseCi?: Interval
  readonly iceStrict: number
  readonly iceCi?: Interval
}

/**
 * The paper's two measures against each other: RSE Avg across, ICE strict up, every point named
 * in the figure, whiskers on both axes. Models that both resemble the reference and claim its
 * identity sit top right.
 */
export function rseIceScatterFigure(points: readonly ScatterPoint[], options: FigureOptions): ChartConfiguration<'scatter'> {
  const paper = options.paperOverlay ? paperScatterPoints() : []
  const size = options.style.fontSizePt
  const datasets = [
    {
      label: 'Measured',
      data: points.map((point) => ({ x: point.rseAvg, y: point.iceStrict })),
      errorBars: points.map((point): ErrorBar | null =>
        point.rseCi || point.iceCi ? { ...(point.rseCi ? { x: point.rseCi } : {}), ...(point.iceCi ? { y: point.iceCi } : {}) } : null,
      ),
      valueLabels: points.map((point) => point.model),
      backgroundColor: seriesColour(0),
      borderColor: seriesColour(0),
      pointRadius: size * 0.35,
      pointStyle: 'circle' as const,
    },
    ...(paper.length
      ? [
          {
            label: 'Published (Lee et al., 2025)',
            data: paper.map((point) => ({ x: point.rseAvg, y: point.iceStrict })),
            valueLabels: paper.map((point) => point.model + PAPER_SUFFIX),
            backgroundColor: '#ffffff',
            borderColor: PAPER_VALUE_COLOUR,
            borderWidth: 1,
            pointRadius: size * 0.35,
            pointStyle: 'rectRot' as const,
          },
        ]
      : []),
  ]
  const xs = [...points.flatMap((point) => [point.rseAvg, point.rseCi?.low, point.rseCi?.high]), ...paper.map((point) => point.rseAvg)].filter(
    (value): value is number => value !== undefined,
  )
  const ys = [...points.flatMap((point) => [point.iceStrict, point.iceCi?.high]), ...paper.map((point) => point.iceStrict)].filter(
    (value): value is number => value !== undefined,
  )
  const zoom = options.zoom ?? false
  const base = baseOptions<'scatter'>(options.style, {
    title: 'RSE Avg against ICE strict',
    subtitle:
      "whiskers: 95% intervals (bootstrap over prompts for RSE; for ICE, each rate's own: two-way bootstrap over templates and questions, or Wilson where all rows agree)",
  })
  return {
    type: 'scatter',
    data: { datasets },
    options: {
      ...base,
      plugins: { ...base.plugins, legend: { ...base.plugins?.legend, display: paper.length > 0 }, dsValueLabels: { position: 'beside' } },
      scales: {
        x: axis(options.style, zoom ? `RSE Avg ${ZOOM_NOTE}` : 'RSE Avg (1-5)', { type: 'linear', ...(zoom ? zoomedRse(xs) : { min: 1, max: 5 }) }),
        y: axis(options.style, zoom ? `ICE strict rate ${ZOOM_NOTE}` : 'ICE strict rate', { type: 'linear', min: 0, max: zoom ? zoomedRate(ys) : 1 }),
      },
    },
  }
}

/** The RSE axis fitted to the points and whiskers, on multiples of 0.2 so Chart.js's ticks start and end on round numbers. */
const zoomedRse = (xs: readonly number[]) => ({
  min: Math.max(1, Math.floor((Math.min(...xs, 5) - 0.05) * 5) / 5),
  max: Math.min(5, Math.ceil((Math.max(...xs, 1) + 0.05) * 5) / 5),
})

/** The top of the rate axis fitted to the points and whiskers, in steps of 0.1. */
const zoomedRate = (ys: readonly number[]) => Math.min(1, Math.max(0.1, Math.ceil((Math.max(...ys, 0) + 0.02) * 10) / 10))
