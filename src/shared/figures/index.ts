export { FIGURE_NAMES, FIGURES, isFigureName, type FigureInfo, type FigureName } from '../export-options/figure-names'
export { buildFigure, figuresFor, FigureError, type FigureConfig } from './build-figure'
export type { FigureOptions } from './definitions/common'
export type { IceModelScores } from './definitions/ice-models'
export type { ScatterPoint } from './definitions/rse-ice-scatter'
export { iceModelsFigure } from './definitions/ice-models'
export { rseIceScatterFigure } from './definitions/rse-ice-scatter'
export { registerFigureCharts } from './register'
export { runDate, runLabels, type SourceRun } from './run-labels'
export { figureUnavailableReason, iceModelsFrom, scatterPointsFrom, type FigureSources } from './sources'
export {
  DEFAULT_PAPER_STYLE,
  FONT_CHOICES,
  figureSizePt,
  heightIn,
  paperStyle,
  paperStyleSchema,
  POINTS_PER_INCH,
  type FontChoice,
  type PaperStyle,
  type PaperStyleInput,
} from '../export-options/figure-style'
export {
  DEFAULT_DPI,
  FIGURE_FORMATS,
  FIGURE_MIME_TYPES,
  MAX_DPI,
  MAX_PNG_PIXELS,
  MIN_DPI,
  pngProblem,
  pngSize,
  type FigureFormat,
} from '../export-options/figure-file'
