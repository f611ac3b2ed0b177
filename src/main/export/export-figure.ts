import type { FigureConfig } from '../../shared/figures/build-figure'
import type { PaperStyle } from '../../shared/figures/style'
import { renderPdf } from './render-pdf'
import { renderPng } from './render-png'
import { renderSvg } from './render-svg'

export const FIGURE_FORMATS = ['png', 'svg', 'pdf'] as const
export type FigureFormat = (typeof FIGURE_FORMATS)[number]

export const DEFAULT_DPI = 300

export interface FigureExportOptions {
  readonly format: FigureFormat
  readonly style: PaperStyle
  /** PNG only. */
  readonly dpi?: number
  /** Recorded in the PDF's metadata. */
  readonly title: string
}

/** A figure's bytes in the chosen format, ready to write to a file or send to a browser. */
export async function exportFigure(config: FigureConfig, options: FigureExportOptions): Promise<Buffer> {
  switch (options.format) {
    case 'png':
      return renderPng(config, options.style, options.dpi ?? DEFAULT_DPI)
    case 'svg':
      return Buffer.from(renderSvg(config, options.style), 'utf8')
    case 'pdf':
      return renderPdf(config, options.style, options.title)
  }
}
