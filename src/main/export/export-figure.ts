import type { FigureConfig } from '../../shared/figures/build-figure'
import { FIGURES, type FigureName } from '../../shared/export-options/figure-names'
import { DEFAULT_DPI, type FigureFormat } from '../../shared/export-options/figure-file'
import type { PaperStyle } from '../../shared/export-options/figure-style'
import { renderPdf } from './render-pdf'
import { renderPng } from './render-png'
import { renderSvg } from './render-svg'

export interface FigureExportOptions {
  readonly format: FigureFormat
  readonly style: PaperStyle
  /** PNG only. */
  readonly dpi?: number
  /** Recorded in the PDF's metadata. */
  readonly title: string
  /** Drawn from simulated runs: said in the PDF's and SVG's metadata too (the figure shows it). */
  readonly simulated?: boolean
}

/** A figure's bytes in the chosen format, ready to write to a file or send to a browser. */
export async function exportFigure(config: FigureConfig, options: FigureExportOptions): Promise<Buffer> {
  switch (options.format) {
    case 'png':
      return renderPng(config, options.style, options.dpi ?? DEFAULT_DPI)
    case 'svg':
      return Buffer.from(renderSvg(config, options.style, options.simulated ?? false), 'utf8')
    case 'pdf':
      return renderPdf(config, options.style, options.title, options.simulated ?? false)
  }
}

/** The PDF's Title metadata: the figure's title, even when the style leaves it off the page (a paper has a caption). */
export function figureTitle(config: FigureConfig, name: FigureName): string {
  const text = config.options?.plugins?.title?.text
  return typeof text === 'string' ? text : FIGURES[name].description
}
