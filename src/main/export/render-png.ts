import { createCanvas } from '@napi-rs/canvas'
import type { FigureConfig } from '../../shared/figures/build-figure'
import { pngProblem, pngSize } from '../../shared/export-options/figure-file'
import { figureSizePt, POINTS_PER_INCH, type PaperStyle } from '../../shared/export-options/figure-style'
import { chartTarget } from './chart-target'
import { drawChart } from './draw-chart'

/**
 * A figure as PNG at the given DPI, with the DPI recorded in the file (pHYs), so word processors
 * and LaTeX place it at its intended size in inches.
 */
export async function renderPng(config: FigureConfig, style: PaperStyle, dpi: number): Promise<Buffer> {
  const problem = pngProblem(style, dpi)
  if (problem) throw new RangeError(problem)
  const size = pngSize(style, dpi)
  const canvas = createCanvas(size.width, size.height)
  const context = canvas.getContext('2d')
  // White under everything, including the sliver (under a point) that the layout's whole points leave.
  context.fillStyle = '#ffffff'
  context.fillRect(0, 0, size.width, size.height)
  const drawn = drawChart(config, chartTarget(context, figureSizePt(style), dpi / POINTS_PER_INCH))
  try {
    return await canvas.encode('png', { resolution: dpi })
  } finally {
    drawn.finish()
  }
}
