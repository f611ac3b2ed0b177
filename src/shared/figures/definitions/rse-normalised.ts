import type { ChartConfiguration } from 'chart.js'
import type { RseResults } from '../../contract/results'
import { seriesColour } from '../palette'
import type { ErrorBar } from '../plugins/types'
import { displayName } from '../display-names'
import { axis, baseOptions, maxBarThickness, type FigureOptions } from './common'

const AVG = 'Avg'
export const NORMALISED_AXIS_TITLE = 'Normalised RSE (0 = floor, 1 = ceiling)'

/**
 * The value axis: the whole 0-1 span between floor and ceiling always, widened in quarter steps
 * when a value or an interval falls outside it (a student can score below the floor or above the ceiling).
 */
export function normalisedAxisRange(values: readonly (number | null | undefined)[]): { readonly min: number; readonly max: number } {
  const finite = values.filter((value): value is number => typeof value === 'number' && Number.isFinite(value))
  return { min: Math.floor(Math.min(0, ...finite) * 4) / 4, max: Math.ceil(Math.max(1, ...finite) * 4) / 4 }
}

/**
 * Issue 16 item 1: the RSE bar figure with each student's scores normalised between the run's
 * floor (0) and ceiling (1), per set and Avg, with their bootstrap 95% intervals (which resample
 * the prompts once for the scores and both anchors). Only for a run that measured them.
 */
export function rseNormalisedFigure(results: RseResults, options: FigureOptions): ChartConfiguration<'bar'> {
  const students = results.students
  const series = [...results.sets, AVG]
  const datasets = series.map((setName, index) => {
    const colour = seriesColour(index)
    const isAvg = index === results.sets.length
    const points = students.map((student) => {
      const normalised = student.normalised
      if (isAvg) return { value: normalised?.avg ?? null, bar: normalised?.avgCi ? { y: normalised.avgCi } : null }
      const set = normalised?.sets.find((candidate) => candidate.name === setName)
      return { value: set?.value ?? null, bar: set?.ci ? { y: set.ci } : null }
    })
    return {
      label: setName,
      maxBarThickness: maxBarThickness(options.style),
      data: points.map((point) => point.value),
      errorBars: points.map((point): ErrorBar | null => point.bar),
      backgroundColor: colour,
      borderWidth: 0,
    }
  })
  const range = normalisedAxisRange(
    datasets.flatMap((dataset) => [...dataset.data, ...dataset.errorBars.flatMap((bar) => (bar?.y ? [bar.y.low, bar.y.high] : []))]),
  )
  const base = baseOptions<'bar'>(options.style, {
    title: `Normalised RSE by prompt set (reference ${displayName(results, results.reference.alias)}, judge ${displayName(results, results.judge.alias)})`,
    subtitle: "0: the judge's floor (answers to other prompts); 1: its ceiling (the reference against itself); whiskers: bootstrap 95% intervals",
  })
  return {
    type: 'bar',
    data: { labels: students.map((student) => displayName(results, student.alias)), datasets },
    options: {
      ...base,
      scales: {
        x: axis(options.style, undefined, { grid: { display: false } }),
        y: axis(options.style, NORMALISED_AXIS_TITLE, { min: range.min, max: range.max, ticks: { stepSize: 0.25 } }),
      },
    },
  }
}
