import type { ChartType } from 'chart.js'

/** An interval on one axis, in data units. */
export interface AxisInterval {
  readonly low: number
  readonly high: number
}

/** Whiskers for one data point: y for vertical bars and scatter, x for scatter's horizontal ones. */
export interface ErrorBar {
  readonly x?: AxisInterval
  readonly y?: AxisInterval
}

/**
 * Our extra dataset fields, read by our own plugins. Chart.js leaves fields it does not know alone,
 * so the figure's data and its decorations travel together in one dataset.
 */
/* eslint-disable @typescript-eslint/no-unused-vars -- an augmentation must repeat Chart.js's type parameters */
declare module 'chart.js' {
  interface ChartDatasetProperties<TType extends ChartType, TData> {
    /** Index-aligned with `data`; null where a point has no interval. */
    errorBars?: readonly (ErrorBar | null)[]
    /** Index-aligned text drawn beside each point (scatter) or inside each cell (matrix). */
    valueLabels?: readonly (string | null)[]
  }
  interface PluginOptionsByType<TType extends ChartType> {
    dsErrorBars?: { colour?: string; lineWidth?: number }
    dsValueLabels?: { colour?: string; position?: 'center' | 'beside'; contrast?: boolean }
    dsBackground?: { colour?: string | null }
    dsColourBar?: ColourBarOptions
    dsSimulatedNote?: { text?: string | null; font?: { family?: string; size?: number }; colour?: string; inset?: number }
  }
}
/* eslint-enable @typescript-eslint/no-unused-vars */

/** What the heat map asks for: colours from low to high (evenly spaced), the scale's ends, ticks and a title. */
export interface ColourBarOptions {
  readonly stops?: readonly string[] | null
  readonly min?: number
  readonly max?: number
  readonly tickValues?: readonly number[]
  readonly tickLabels?: readonly string[]
  readonly title?: string
  readonly font?: { readonly family?: string; readonly size?: number }
  readonly colour?: string
}
