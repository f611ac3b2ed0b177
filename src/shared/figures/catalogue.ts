/** Every figure Distillscope draws, by the name the command line and the app use. */
export const FIGURE_NAMES = ['rse-sets', 'rse-heatmap', 'ice-models', 'ice-category', 'ice-language', 'rse-ice-scatter'] as const
export type FigureName = (typeof FIGURE_NAMES)[number]

export interface FigureInfo {
  readonly name: FigureName
  readonly description: string
  /** Whether the paper's published values can be drawn beside ours. */
  readonly paperOverlay: boolean
}

export const FIGURES: Readonly<Record<FigureName, FigureInfo>> = {
  'rse-sets': { name: 'rse-sets', description: 'RSE per student and prompt set, grouped bars with 95% intervals (one RSE run)', paperOverlay: true },
  'rse-heatmap': { name: 'rse-heatmap', description: 'RSE per student and prompt set as a coloured table (one RSE run)', paperOverlay: true },
  'ice-models': { name: 'ice-models', description: "ICE loose, strict and hard per model, the paper's figure (one or more ICE runs)", paperOverlay: true },
  'ice-category': { name: 'ice-category', description: 'ICE per question category (one ICE run)', paperOverlay: false },
  'ice-language': { name: 'ice-language', description: 'ICE per question language (one ICE run)', paperOverlay: false },
  'rse-ice-scatter': {
    name: 'rse-ice-scatter',
    description: 'RSE Avg against ICE strict, one point per model found in both (RSE and ICE runs)',
    paperOverlay: true,
  },
}

export const isFigureName = (name: string): name is FigureName => (FIGURE_NAMES as readonly string[]).includes(name)
