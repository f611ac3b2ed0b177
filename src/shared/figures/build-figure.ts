import type { ChartConfiguration } from 'chart.js'
import { FIGURE_NAMES, FIGURES, figureOptionProblem, type FigureName } from '../export-options/figure-names'
import type { FigureOptions } from './definitions/common'
import { iceBreakdownFigure } from './definitions/ice-breakdown'
import { iceModelsFigure } from './definitions/ice-models'
import { rseHeatmapFigure } from './definitions/rse-heatmap'
import { rseIceScatterFigure } from './definitions/rse-ice-scatter'
import { rseSetsFigure } from './definitions/rse-sets'
import { rseNormalisedFigure } from './definitions/rse-normalised'
import { figureUnavailableReason, iceModelsFrom, scatterPointsFrom, type FigureSources } from './sources'
import { isSimulated, SIMULATED_NOTE } from './simulated'
import { figurePadding, fontOf } from './definitions/common'

/** A figure that cannot be drawn from the given runs; the message says why and what can be. */
export class FigureError extends Error {
  override readonly name = 'FigureError'
}

export type FigureConfig = ChartConfiguration<'bar'> | ChartConfiguration<'matrix'> | ChartConfiguration<'scatter'>

/** The figures these runs can give, in catalogue order. */
export const figuresFor = (sources: FigureSources): FigureName[] => FIGURE_NAMES.filter((name) => figureUnavailableReason(name, sources) === undefined)

/** The Chart.js configuration of one figure: pure data, drawn the same in the app and headless. */
export function buildFigure(name: FigureName, sources: FigureSources, options: FigureOptions): FigureConfig {
  const reason = figureUnavailableReason(name, sources)
  if (reason) {
    const available = figuresFor(sources)
    throw new FigureError(`${reason}. ${available.length ? `These runs have: ${available.join(', ')}.` : 'These runs have no figures yet.'}`)
  }
  if (options.paperOverlay && !FIGURES[name].paperOverlay) throw new FigureError(`The paper publishes no values for ${name}, so there is nothing to overlay.`)
  const optionProblem = figureOptionProblem(name, options)
  if (optionProblem) throw new FigureError(optionProblem)
  const config = definedFigure(name, sources, options)
  return isSimulated(sources) ? withSimulatedNote(config, options) : config
}

/**
 * Marks a figure of simulated runs with a visible line at its bottom and room reserved for it,
 * whatever the style (title or not): the exported file itself says what it shows.
 */
function withSimulatedNote(config: FigureConfig, options: FigureOptions): FigureConfig {
  const font = fontOf(options.style, -1)
  const padding = config.options?.layout?.padding
  const base = typeof padding === 'number' ? { top: padding, right: padding, bottom: padding, left: padding } : { ...(padding as object) }
  const bottom = ((base as { bottom?: number }).bottom ?? 0) + Math.ceil(font.size * 1.6)
  return {
    ...config,
    options: {
      ...config.options,
      layout: { ...config.options?.layout, padding: { ...base, bottom } },
      plugins: {
        ...config.options?.plugins,
        dsSimulatedNote: { text: SIMULATED_NOTE, font: { family: font.family, size: font.size }, inset: figurePadding(options.style) },
      },
    },
  } as FigureConfig
}

function definedFigure(name: FigureName, sources: FigureSources, options: FigureOptions): FigureConfig {
  switch (name) {
    case 'rse-sets':
      return rseSetsFigure(sources.rse[0]!, options)
    case 'rse-heatmap':
      return rseHeatmapFigure(sources.rse[0]!, options)
    case 'rse-normalised':
      return rseNormalisedFigure(sources.rse[0]!, options)
    case 'ice-models':
      return iceModelsFigure(iceModelsFrom(sources.ice, sources.runs, 'display'), options)
    case 'ice-category':
      return iceBreakdownFigure(sources.ice[0]!, 'category', options)
    case 'ice-language':
      return iceBreakdownFigure(sources.ice[0]!, 'language', options)
    case 'rse-ice-scatter':
      return rseIceScatterFigure(scatterPointsFrom(sources), options)
  }
}
