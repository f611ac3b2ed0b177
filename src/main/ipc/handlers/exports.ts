import { AppError } from '../../../shared/contract/errors'
import { TABLE_FILE_TYPES } from '../../../shared/contract/exports'
import { buildFigure, FigureError } from '../../../shared/figures/build-figure'
import { FIGURE_MIME_TYPES } from '../../../shared/figures/figure-file'
import { buildTable, TableError } from '../../../shared/tables/catalogue'
import { formatTable } from '../../../shared/tables/formats'
import { exportFileName } from '../../export/file-names'
import { loadSources, UnknownRunError, type RunsForExport } from '../../export/load-sources'
import type { Handlers } from '../router'

type ExportRoutes = 'exports.figure' | 'exports.table'

/**
 * Figures and tables saved from the app: the same sources, definitions and writers as
 * `distillscope export`, so a file saved from the window equals the command line's.
 */
export function exportHandlers(runs: RunsForExport): Pick<Handlers, ExportRoutes> {
  return {
    'exports.figure': async ({ runIds, name, format, dpi, style, paperOverlay }) => {
      const { sources, names } = load(runs, runIds)
      const config = expected(() => buildFigure(name, sources, { style, paperOverlay }))
      // Loaded on first use: the canvas and chart libraries weigh on every process that opens the app's services.
      const { exportFigure, figureTitle } = await import('../../export/export-figure')
      const bytes = await exportFigure(config, { format, style, ...(dpi === undefined ? {} : { dpi }), title: figureTitle(config, name) })
      return { fileName: exportFileName(names, name, format), mimeType: FIGURE_MIME_TYPES[format], base64: bytes.toString('base64') }
    },
    'exports.table': ({ runIds, name, format, paperOverlay }) => {
      const { sources, names } = load(runs, runIds)
      const table = expected(() => buildTable(name, sources, { paperOverlay }))
      const type = TABLE_FILE_TYPES[format]
      return { fileName: exportFileName(names, name, type.extension), mimeType: type.mimeType, text: formatTable(table, format) }
    },
  }
}

function load(runs: RunsForExport, runIds: readonly string[]) {
  try {
    // The results page already says when a run is unfinished, so the command line's warning is not repeated.
    const loaded = loadSources(runs, runIds, () => undefined)
    return { sources: loaded.sources, names: loaded.runs.map((run) => run.name) }
  } catch (error) {
    if (error instanceof UnknownRunError) throw new AppError('not_found', error.message)
    throw error
  }
}

/** A figure or table these runs cannot give is the person's choice to change, not a fault: its message names what they can give. */
function expected<T>(build: () => T): T {
  try {
    return build()
  } catch (error) {
    if (error instanceof FigureError || error instanceof TableError) throw new AppError('invalid_input', error.message)
    throw error
  }
}
