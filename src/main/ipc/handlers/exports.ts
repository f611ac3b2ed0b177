import { AppError } from '../../../shared/contract/errors'
import { FigureError } from '../../../shared/figures/build-figure'
import { TableError } from '../../../shared/tables/catalogue'
import { UnknownRunError } from '../../export/load-sources'
import type { ExportService } from '../../services/exports/export-service'
import type { Handlers } from '../router'

type ExportRoutes = 'exports.figure' | 'exports.table'

/** Figures and tables saved from the app, made by the export service `distillscope export` uses too. */
export function exportHandlers(exports: ExportService): Pick<Handlers, ExportRoutes> {
  // The results page already says when a run is unfinished, so the command line's warning is not repeated.
  const load = (runIds: readonly string[]) => expected(() => exports.load(runIds))
  return {
    'exports.figure': async ({ runIds, name, format, dpi, style, paperOverlay, colourRange, zoom }) => {
      const from = load(runIds)
      const file = await expectedAsync(() =>
        exports.figure(from, name, { format, style, paperOverlay, colourRange, zoom, ...(dpi === undefined ? {} : { dpi }) }),
      )
      return { fileName: file.fileName, mimeType: file.mimeType, base64: file.bytes.toString('base64') }
    },
    'exports.table': ({ runIds, name, format, paperOverlay }) => {
      const file = expected(() => exports.table(load(runIds), name, format, { paperOverlay }))
      return { fileName: file.fileName, mimeType: file.mimeType, text: file.text }
    },
  }
}

/**
 * An unknown run, or a figure or table these runs cannot give, is the person's choice to change,
 * not a fault: its message names what there is.
 */
function asAppError(error: unknown): unknown {
  if (error instanceof UnknownRunError) return new AppError('not_found', error.message)
  if (error instanceof FigureError || error instanceof TableError) return new AppError('invalid_input', error.message)
  return error
}

function expected<T>(build: () => T): T {
  try {
    return build()
  } catch (error) {
    throw asAppError(error)
  }
}

async function expectedAsync<T>(build: () => Promise<T>): Promise<T> {
  try {
    return await build()
  } catch (error) {
    throw asAppError(error)
  }
}
