// Imports name the figure modules one by one: the figures' index registers Chart.js, which a run must not load (cli-fast-start.test.ts).
import { TABLE_FILE_TYPES } from '../../../shared/contract/exports'
import { buildFigure } from '../../../shared/figures/build-figure'
import type { FigureName } from '../../../shared/export-options/figure-names'
import type { ColourRange } from '../../../shared/figures/definitions/common'
import type { FigureSources } from '../../../shared/figures/sources'
import { isSimulated } from '../../../shared/figures/simulated'
import { FIGURE_MIME_TYPES, type FigureFormat } from '../../../shared/export-options/figure-file'
import type { PaperStyle } from '../../../shared/export-options/figure-style'
import { buildTable, type TableName } from '../../../shared/tables/catalogue'
import { formatTable, type TableFormat } from '../../../shared/tables/formats'
import { exportFileName } from '../../export/file-names'
import { loadSources, type RunsForExport } from '../../export/load-sources'

/** Runs' results, loaded once, with the run names that label the files made from them. */
export interface ExportSources {
  readonly sources: FigureSources
  readonly runNames: readonly string[]
}

export interface ExportedFile {
  /** A name made from the runs' names and what the file shows. */
  readonly fileName: string
  readonly mimeType: string
  readonly bytes: Buffer
}

/**
 * Figures and tables of runs, one way for the app's Save and `distillscope export`: the same
 * sources, definitions, writers and file names, so a file saved from the window equals the
 * command line's. Unknown runs throw UnknownRunError; a figure or table the runs cannot give
 * throws FigureError or TableError, whose messages say what they can give.
 */
export function createExportService(runs: RunsForExport) {
  return {
    /** `warn` hears about unfinished runs (their figures show the results so far). */
    load(runIds: readonly string[], warn: (line: string) => void = () => undefined): ExportSources {
      const loaded = loadSources(runs, runIds, warn)
      return { sources: loaded.sources, runNames: loaded.runs.map((run) => run.name) }
    },
    async figure(
      from: ExportSources,
      name: FigureName,
      options: { format: FigureFormat; style: PaperStyle; dpi?: number; paperOverlay: boolean; colourRange?: ColourRange; zoom?: boolean },
    ): Promise<ExportedFile> {
      const config = buildFigure(name, from.sources, {
        style: options.style,
        paperOverlay: options.paperOverlay,
        colourRange: options.colourRange ?? 'fixed',
        zoom: options.zoom ?? false,
      })
      // Loaded on first use: the canvas and chart libraries weigh on every process that opens the app's services.
      const { exportFigure, figureTitle } = await import('../../export/export-figure')
      const bytes = await exportFigure(config, {
        format: options.format,
        style: options.style,
        ...(options.dpi === undefined ? {} : { dpi: options.dpi }),
        title: figureTitle(config, name),
        simulated: isSimulated(from.sources),
      })
      return { fileName: exportFileName(from.runNames, name, options.format), mimeType: FIGURE_MIME_TYPES[options.format], bytes }
    },
    table(from: ExportSources, name: TableName, format: TableFormat, options: { paperOverlay: boolean }): ExportedFile & { readonly text: string } {
      const text = formatTable(buildTable(name, from.sources, { paperOverlay: options.paperOverlay }), format)
      const type = TABLE_FILE_TYPES[format]
      return { fileName: exportFileName(from.runNames, name, type.extension), mimeType: type.mimeType, text, bytes: Buffer.from(text, 'utf8') }
    },
  }
}

export type ExportService = ReturnType<typeof createExportService>
