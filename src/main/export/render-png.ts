import { createCanvas } from '@napi-rs/canvas'
import type { FigureConfig } from '../../shared/figures/build-figure'
import { figureSizePt, heightIn, POINTS_PER_INCH, type PaperStyle } from '../../shared/figures/style'
import { chartTarget } from './chart-target'
import { drawChart } from './draw-chart'

export const MIN_DPI = 50
export const MAX_DPI = 1200
/** Larger images are refused rather than allocated (about 400 MB of pixels). */
const MAX_PIXELS = 100_000_000

/** The PNG's size in pixels: the figure's size in inches times the DPI, rounded. */
export function pngSize(style: PaperStyle, dpi: number): { width: number; height: number } {
  return { width: Math.round(style.widthIn * dpi), height: Math.round(heightIn(style) * dpi) }
}

/**
 * A figure as PNG at the given DPI, with the DPI recorded in the file (pHYs), so word processors
 * and LaTeX place it at its intended size in inches.
 */
export async function renderPng(config: FigureConfig, style: PaperStyle, dpi: number): Promise<Buffer> {
  if (!Number.isFinite(dpi) || dpi < MIN_DPI || dpi > MAX_DPI) throw new RangeError(`The DPI must be from ${MIN_DPI} to ${MAX_DPI}; got ${dpi}.`)
  const size = pngSize(style, dpi)
  if (size.width * size.height > MAX_PIXELS) throw new RangeError(`${size.width} x ${size.height} pixels is too large; lower the DPI or the width.`)
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
