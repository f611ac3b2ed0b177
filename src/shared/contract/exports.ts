import { z } from 'zod'
import { COLOUR_RANGES, FIGURE_NAMES, figureOptionProblem } from '../export-options/figure-names'
import { DEFAULT_DPI, FIGURE_FORMATS, MAX_DPI, MIN_DPI, pngProblem } from '../export-options/figure-file'
import { paperStyleSchema } from '../export-options/figure-style'
import { TABLE_FORMATS, TABLE_NAMES, type TableFormat } from '../export-options/table-names'
import { defineRoute } from './define'

/** Most figures take one run; ice-models and the scatter take several, and 20 is already a crowded figure. */
export const MAX_EXPORT_RUNS = 20

/** A table's file: its extension and the type a browser or the save dialog is told. */
export const TABLE_FILE_TYPES: Readonly<Record<TableFormat, { readonly extension: string; readonly mimeType: string }>> = {
  csv: { extension: 'csv', mimeType: 'text/csv' },
  json: { extension: 'json', mimeType: 'application/json' },
  md: { extension: 'md', mimeType: 'text/markdown' },
  latex: { extension: 'tex', mimeType: 'application/x-tex' },
}

const runIdsSchema = z
  .array(z.string().min(1).max(64), { error: 'Say which runs to export from, as a list of run ids.' })
  .min(1, 'Choose at least one run.')
  .max(MAX_EXPORT_RUNS, `At most ${MAX_EXPORT_RUNS} runs can be exported together.`)
  .refine((ids) => new Set(ids).size === ids.length, 'Each run can be chosen only once.')

const overlaySchema = z.boolean().default(false)

export const figureExportInputSchema = z
  .object({
    runIds: runIdsSchema,
    name: z.enum(FIGURE_NAMES, { error: `There is no such figure. Figures: ${FIGURE_NAMES.join(', ')}.` }),
    format: z.enum(FIGURE_FORMATS, { error: `A figure can be saved as ${FIGURE_FORMATS.join(', ')}.` }),
    /** PNG only; SVG and PDF are vector and have no resolution. */
    dpi: z
      .number()
      .int('The DPI is a whole number.')
      .min(MIN_DPI, `The DPI must be from ${MIN_DPI} to ${MAX_DPI}.`)
      .max(MAX_DPI, `The DPI must be from ${MIN_DPI} to ${MAX_DPI}.`)
      .optional(),
    // Parsed, not merely defaulted, so that a missing style gets every field's default.
    style: paperStyleSchema.prefault({}),
    paperOverlay: overlaySchema,
    /** The heat map's colours: the judge's 1-5 scale, or the values shown (its colour bar says so). */
    colourRange: z.enum(COLOUR_RANGES, { error: 'The colour range is "fixed" (the judge\'s 1-5 scale) or "data" (the values shown).' }).default('fixed'),
    /** ICE rate axes (and the scatter's) fitted to the data rather than their whole scale; the axis title says so. */
    zoom: z.boolean({ error: 'Zoom is on (true) or off (false).' }).default(false),
  })
  .strict()
  .superRefine((input, context) => {
    // buildFigure's own sentences, each placed on its field.
    const colourProblem = figureOptionProblem(input.name, { colourRange: input.colourRange })
    if (colourProblem) context.addIssue({ code: 'custom', path: ['colourRange'], message: colourProblem })
    const zoomProblem = figureOptionProblem(input.name, { zoom: input.zoom })
    if (zoomProblem) context.addIssue({ code: 'custom', path: ['zoom'], message: zoomProblem })
    if (input.dpi !== undefined && input.format !== 'png') {
      context.addIssue({ code: 'custom', path: ['dpi'], message: `A DPI applies to PNG only: ${input.format.toUpperCase()} is vector and has no resolution.` })
      return
    }
    // The size check needs a valid DPI; one outside its bounds was already reported above.
    if (input.format !== 'png' || (input.dpi !== undefined && (input.dpi < MIN_DPI || input.dpi > MAX_DPI))) return
    const problem = pngProblem(input.style, input.dpi ?? DEFAULT_DPI)
    if (problem) context.addIssue({ code: 'custom', path: ['dpi'], message: problem })
  })

export const tableExportInputSchema = z
  .object({
    runIds: runIdsSchema,
    name: z.enum(TABLE_NAMES, { error: `There is no such table. Tables: ${TABLE_NAMES.join(', ')}.` }),
    format: z.enum(TABLE_FORMATS, { error: `A table can be saved as ${TABLE_FORMATS.join(', ')}.` }),
    paperOverlay: overlaySchema,
  })
  .strict()

export type FigureExportInput = z.input<typeof figureExportInputSchema>
export type TableExportInput = z.input<typeof tableExportInputSchema>

export interface FigureFile {
  readonly fileName: string
  readonly mimeType: string
  /** The file's bytes, as routes carry binary files. */
  readonly base64: string
}

export interface TableFile {
  readonly fileName: string
  readonly mimeType: string
  readonly text: string
}

export const exportRoutes = {
  /** One figure of the runs as PNG (at `dpi`, 300 by default), SVG or PDF, in the paper style given. */
  'exports.figure': defineRoute<FigureFile>()(figureExportInputSchema),
  /** One table of the runs as CSV, JSON, Markdown or LaTeX: the same text the command line writes. */
  'exports.table': defineRoute<TableFile>()(tableExportInputSchema),
}
