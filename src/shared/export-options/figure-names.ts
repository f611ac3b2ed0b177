/** The heat map's colour scale: the judge's whole 1-5 scale, or the values shown (labelled as such). */
export const COLOUR_RANGES = ['fixed', 'data'] as const
export type ColourRange = (typeof COLOUR_RANGES)[number]

/** Every figure Distillscope draws, by the name the command line and the app use. */
export const FIGURE_NAMES = ['rse-sets', 'rse-heatmap', 'rse-normalised', 'ice-models', 'ice-category', 'ice-language', 'rse-ice-scatter'] as const
export type FigureName = (typeof FIGURE_NAMES)[number]

export interface FigureInfo {
  readonly name: FigureName
  readonly description: string
  /** Whether the paper's published values can be drawn beside ours. */
  readonly paperOverlay: boolean
  /** Whether its colours can span the data's range instead of the fixed 1-5 scale (the heat map). */
  readonly colourRange: boolean
  /** Whether its value axes can be zoomed to the data instead of their whole scale (ICE rates, the scatter). */
  readonly zoom: boolean
}

const entry = (name: FigureName, description: string, paperOverlay: boolean, options: { colourRange?: boolean; zoom?: boolean } = {}): FigureInfo => ({
  name,
  description,
  paperOverlay,
  colourRange: options.colourRange ?? false,
  zoom: options.zoom ?? false,
})

export const FIGURES: Readonly<Record<FigureName, FigureInfo>> = {
  'rse-sets': entry('rse-sets', 'RSE per student and prompt set, grouped bars with 95% intervals (one RSE run)', true),
  'rse-heatmap': entry('rse-heatmap', 'RSE per student and prompt set as a coloured table (one RSE run)', true, { colourRange: true }),
  'rse-normalised': entry(
    'rse-normalised',
    'Normalised RSE (0 = floor, 1 = ceiling) per student and prompt set, grouped bars with 95% intervals (one RSE run measured with calibration)',
    false,
  ),
  'ice-models': entry('ice-models', "ICE loose, strict and hard per model, the paper's figure (one or more ICE runs)", true, { zoom: true }),
  'ice-category': entry('ice-category', 'ICE per question category (one ICE run)', false, { zoom: true }),
  'ice-language': entry('ice-language', 'ICE per question language (one ICE run)', false, { zoom: true }),
  'rse-ice-scatter': entry('rse-ice-scatter', 'RSE Avg against ICE strict, one point per model found in both (RSE and ICE runs)', true, { zoom: true }),
}

export const isFigureName = (name: string): name is FigureName => (FIGURE_NAMES as readonly string[]).includes(name)

/** Why a figure does not take the colour range or zoom asked for, or undefined when it does: buildFigure, the route's schema and the command line say the same. */
export function figureOptionProblem(name: FigureName, options: { readonly colourRange?: 'fixed' | 'data'; readonly zoom?: boolean }): string | undefined {
  if (options.colourRange === 'data' && !FIGURES[name].colourRange)
    return `Only the heat map (rse-heatmap) has colours to fit to the data range; ${name} has none.`
  if (options.zoom && !FIGURES[name].zoom) return `Only the ICE rate figures and the scatter zoom to the data; ${name} keeps its whole scale.`
  return undefined
}
