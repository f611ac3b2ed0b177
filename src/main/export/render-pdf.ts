import { PDFDocument } from '@napi-rs/canvas'
import { APP_VERSION } from '../core/app-meta'
import type { FigureConfig } from '../../shared/figures/build-figure'
import { SIMULATED_NOTE } from '../../shared/figures/simulated'
import { figureSizePt, type PaperStyle } from '../../shared/export-options/figure-style'
import { chartTarget } from './chart-target'
import { drawChart } from './draw-chart'

/**
 * A figure as a one-page vector PDF through Skia's PDF back end: paths stay paths and text is
 * real text in embedded font subsets, so LaTeX's \includegraphics keeps it sharp at any zoom.
 * The page is the figure's size in points, with no margin.
 */
export function renderPdf(config: FigureConfig, style: PaperStyle, title: string, simulated = false): Buffer {
  const layout = figureSizePt(style)
  const marks = simulated ? { subject: SIMULATED_NOTE, keywords: 'simulated data, Offline demo' } : {}
  const document = new PDFDocument({ title, creator: `Distillscope ${APP_VERSION}`, producer: `Distillscope ${APP_VERSION}`, ...marks })
  const context = document.beginPage(layout.width, layout.height)
  const drawn = drawChart(config, chartTarget(context as never, layout, 1))
  document.endPage()
  drawn.finish()
  return document.close()
}
