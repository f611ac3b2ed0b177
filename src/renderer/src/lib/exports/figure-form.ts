import { figureExportInputSchema, type FigureExportInput } from '../../../../shared/contract/exports'
import { FIGURES, type FigureName } from '../../../../shared/export-options/figure-names'
import { DEFAULT_DPI, pngSize, type FigureFormat } from '../../../../shared/export-options/figure-file'
import type { ColourRange } from '../../../../shared/figures/definitions/common'
import { DEFAULT_PAPER_STYLE, heightIn, type FontChoice, type PaperStyle } from '../../../../shared/export-options/figure-style'
import { parseNumberValue, type NumberValue } from '../forms'

/*
 * The figure part of "Figures and tables": what the person chose, checked with the route's own
 * schema so the window refuses exactly what main would, with the same messages. No React here.
 */

export interface FigureFormValues {
  /** Null until chosen: the first figure the runs have is used. */
  readonly name: FigureName | null
  readonly format: FigureFormat
  readonly dpi: NumberValue
  readonly font: FontChoice
  readonly fontSizePt: NumberValue
  readonly widthIn: NumberValue
  readonly aspect: NumberValue
  readonly title: boolean
  readonly paperOverlay: boolean
  /** The heat map's colour scale. */
  readonly colourRange: ColourRange
  /** ICE rate axes and the scatter's fitted to the data. */
  readonly zoom: boolean
}

export const INITIAL_FIGURE_FORM: FigureFormValues = {
  name: null,
  format: 'png',
  dpi: DEFAULT_DPI,
  font: DEFAULT_PAPER_STYLE.font,
  fontSizePt: DEFAULT_PAPER_STYLE.fontSizePt,
  widthIn: DEFAULT_PAPER_STYLE.widthIn,
  aspect: DEFAULT_PAPER_STYLE.aspect,
  title: DEFAULT_PAPER_STYLE.title,
  paperOverlay: false,
  colourRange: 'fixed',
  zoom: false,
}

export const FIGURE_FORMAT_OPTIONS: readonly { readonly value: FigureFormat; readonly label: string }[] = [
  { value: 'png', label: 'PNG' },
  { value: 'svg', label: 'SVG' },
  { value: 'pdf', label: 'PDF' },
]

export const COLOUR_RANGE_OPTIONS: readonly { readonly value: ColourRange; readonly label: string }[] = [
  { value: 'fixed', label: 'The judge’s scale, 1 to 5' },
  { value: 'data', label: 'The data’s range (labelled on the colour bar)' },
]

export const FONT_OPTIONS: readonly { readonly value: FontChoice; readonly label: string }[] = [
  { value: 'serif', label: 'Serif (Times)' },
  { value: 'sans', label: 'Sans-serif (Arial)' },
]

/** The figure's description only: its id ("rse-sets") is for the command line, not the screen. */
export const figureOptionLabel = (name: FigureName): string => FIGURES[name].description

/** The figure chosen, if the runs have it; otherwise their first. */
export function chosenFigure(values: FigureFormValues, available: readonly FigureName[]): FigureName | undefined {
  return values.name !== null && available.includes(values.name) ? values.name : available[0]
}

export type FigureField = 'dpi' | 'fontSizePt' | 'widthIn' | 'aspect'

export type FigureCheck =
  | {
      readonly ok: true
      readonly input: FigureExportInput
      readonly style: PaperStyle
      readonly paperOverlay: boolean
      readonly colourRange: ColourRange
      readonly zoom: boolean
    }
  | { readonly ok: false; readonly errors: Partial<Record<FigureField, string>>; readonly general?: string }

const FIELD_OF_PATH: Readonly<Record<string, FigureField>> = {
  dpi: 'dpi',
  'style.fontSizePt': 'fontSizePt',
  'style.widthIn': 'widthIn',
  'style.aspect': 'aspect',
}

/** The request for `exports.figure`, or the message for each field that stops it. */
export function checkFigure(runIds: readonly string[], name: FigureName, values: FigureFormValues): FigureCheck {
  const errors: Partial<Record<FigureField, string>> = {}
  const number = (field: FigureField, value: NumberValue): number => {
    const parsed = parseNumberValue(value)
    if (parsed.kind === 'number') return parsed.value
    errors[field] = 'Enter a number.'
    return Number.NaN
  }
  const style = {
    font: values.font,
    fontSizePt: number('fontSizePt', values.fontSizePt),
    widthIn: number('widthIn', values.widthIn),
    aspect: number('aspect', values.aspect),
    title: values.title,
  }
  const dpi = values.format === 'png' ? number('dpi', values.dpi) : undefined
  if (Object.keys(errors).length) return { ok: false, errors }
  // The overlay box stays ticked while browsing figures; only those with the paper's values get it.
  // So do the colour range and zoom: each figure gets the ones it takes.
  const paperOverlay = values.paperOverlay && FIGURES[name].paperOverlay
  const colourRange: ColourRange = FIGURES[name].colourRange ? values.colourRange : 'fixed'
  const zoom = values.zoom && FIGURES[name].zoom
  const input: FigureExportInput = {
    runIds: [...runIds],
    name,
    format: values.format,
    ...(dpi === undefined ? {} : { dpi }),
    style,
    paperOverlay,
    colourRange,
    zoom,
  }
  const parsed = figureExportInputSchema.safeParse(input)
  if (parsed.success) return { ok: true, input, style: parsed.data.style, paperOverlay, colourRange, zoom }
  const unplaced: string[] = []
  for (const issue of parsed.error.issues) {
    const field = FIELD_OF_PATH[issue.path.join('.')]
    if (field === undefined) unplaced.push(issue.message)
    else errors[field] ??= issue.message
  }
  return { ok: false, errors, ...(unplaced.length ? { general: unplaced.join(' ') } : {}) }
}

const inches = (value: number) => `${Number(value.toFixed(2))}`

/** What the file will be: pixels for a PNG ("1950 × 975 px at 300 DPI"), inches for vector formats. */
export function figureSizeText(format: FigureFormat, style: PaperStyle, dpi: number | undefined): string {
  if (format === 'png') {
    const size = pngSize(style, dpi ?? DEFAULT_DPI)
    return `${size.width} × ${size.height} px at ${dpi ?? DEFAULT_DPI} DPI`
  }
  return `${inches(style.widthIn)} × ${inches(heightIn(style))} in, vector (${format.toUpperCase()})`
}
