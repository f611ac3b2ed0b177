import type { ChartOptions, ChartType } from 'chart.js'
import { GRID_COLOUR, TEXT_COLOUR } from '../palette'
import { figureSizePt, FONT_STACKS, type PaperStyle } from '../../export-options/figure-style'
import type { ColourRange } from '../../export-options/figure-names'

export { COLOUR_RANGES, type ColourRange } from '../../export-options/figure-names'

export interface FigureOptions {
  readonly style: PaperStyle
  /** Add the values published by Lee et al. (2025) beside ours, marked as such. */
  readonly paperOverlay?: boolean
  /** Heat map only; 'fixed' (1-5) unless asked. */
  readonly colourRange?: ColourRange
  /** ICE rate axes (and the scatter's) fitted to the data instead of 0-1 (and 1-5), said in the axis title. */
  readonly zoom?: boolean
}

export interface FigureTexts {
  readonly title: string
  /** A second line: what the whiskers and lighter marks mean. */
  readonly subtitle?: string
}

/** Suffix of every published value's label, so a reader never mistakes it for a measurement. */
export const PAPER_SUFFIX = ' (paper)'
export const PAPER_NOTE = 'lighter marks: published values (Lee et al., 2025)'

/**
 * A font in the figure's family. Every text element names its font in full: Chart.js 4 does not
 * pass a chart's `options.font` down to legends, titles and ticks, which would otherwise fall back
 * to its global defaults (12 px Helvetica).
 */
export function fontOf(style: PaperStyle, delta = 0, weight?: 'bold') {
  return { family: FONT_STACKS[style.font], size: style.fontSizePt + delta, ...(weight ? { weight } : {}) }
}

/**
 * Blank space around the whole figure, in points: a share of its shorter side (and never less than
 * half a line), so no label touches the edge of the image at any size, and a figure placed in a
 * paper does not crowd the text around it.
 */
export function figurePadding(style: PaperStyle): number {
  const size = figureSizePt(style)
  return Math.max(Math.round(style.fontSizePt * 0.5), Math.round(Math.min(size.width, size.height) * 0.04))
}

/**
 * The widest a bar may be, in points: a share of the figure's width, so one or two models give
 * slim bars with room around them rather than blocks that fill the plot.
 */
export function maxBarThickness(style: PaperStyle): number {
  return Math.max(4, Math.round(figureSizePt(style).width * 0.05))
}

/**
 * Options every figure shares: paper-like text (black, the chosen family and size in points), a
 * white background, no animation (an export must be the final frame at once) and light grids.
 */
export function baseOptions<T extends ChartType>(style: PaperStyle, texts: FigureTexts): ChartOptions<T> {
  const size = style.fontSizePt
  return {
    animation: false,
    color: TEXT_COLOUR,
    font: fontOf(style),
    layout: { padding: figurePadding(style) },
    plugins: {
      title: {
        display: style.title,
        text: texts.title,
        color: TEXT_COLOUR,
        font: fontOf(style, 1, 'bold'),
        padding: { top: 0, bottom: Math.round(size * 0.3) },
      },
      subtitle: {
        display: style.title && texts.subtitle !== undefined,
        text: texts.subtitle ?? '',
        color: TEXT_COLOUR,
        font: fontOf(style, -1),
        padding: { bottom: Math.round(size * 0.5) },
      },
      legend: { position: 'top', labels: { color: TEXT_COLOUR, font: fontOf(style), boxWidth: size * 1.5, boxHeight: size * 0.8, padding: size } },
      tooltip: { enabled: true },
      dsBackground: { colour: '#ffffff' },
    },
  } as ChartOptions<T>
}

export interface AxisExtra {
  readonly [option: string]: unknown
  readonly ticks?: Readonly<Record<string, unknown>>
  readonly grid?: Readonly<Record<string, unknown>>
}

/** Says which of a run's sets the paper has no values for, so an empty light bar is not read as zero. */
export function unmatchedSetsNote(sets: readonly string[], matches: (set: string) => boolean): string[] {
  const unmatched = sets.filter((set) => !matches(set))
  return unmatched.length ? [`the paper has no values for ${unmatched.join(', ')}`] : []
}

/** A linear or category axis styled for print; `extra` adds to (not replaces) ticks and grid. */
export function axis(style: PaperStyle, title: string | undefined, extra: AxisExtra = {}) {
  const { ticks, grid, ...rest } = extra
  return {
    grid: { color: GRID_COLOUR, lineWidth: 0.5, ...grid },
    border: { color: TEXT_COLOUR, width: 0.75 },
    ticks: { color: TEXT_COLOUR, font: fontOf(style, -1), ...ticks },
    title: { display: title !== undefined, text: title ?? '', color: TEXT_COLOUR, font: fontOf(style) },
    ...rest,
  }
}

/** Zoomed axes say so in their title, so a reader does not take a short bar for a low rate. */
export const ZOOM_NOTE = '(zoomed to the data)'

/** The top of a rate axis: just above the highest value or interval, in steps of 0.1, at most 1. */
export function rateAxisMax(values: readonly (number | null | undefined)[]): number {
  const highest = Math.max(0, ...values.filter((value): value is number => typeof value === 'number' && Number.isFinite(value)))
  return Math.min(1, Math.max(0.1, Math.ceil((highest + 0.02) * 10) / 10))
}
