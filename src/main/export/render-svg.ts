import { createCanvas, SvgExportFlag } from '@napi-rs/canvas'
import type { FigureConfig } from '../../shared/figures/build-figure'
import { SIMULATED_NOTE } from '../../shared/figures/simulated'
import { figureSizePt, heightIn, type PaperStyle } from '../../shared/export-options/figure-style'
import { chartTarget } from './chart-target'
import { drawChart } from './draw-chart'
import { joinWordRuns } from './svg-text'

/**
 * A figure as SVG through Skia's SVG canvas: shapes are paths and text stays <text> (searchable,
 * editable in Inkscape or Illustrator, and selectable in a PDF made from it). User units are
 * points; the root gets the size in inches so the figure opens at its printed size.
 */
export function renderSvg(config: FigureConfig, style: PaperStyle, simulated = false): string {
  const layout = figureSizePt(style)
  const canvas = createCanvas(layout.width, layout.height, SvgExportFlag.NoPrettyXML)
  const drawn = drawChart(config, chartTarget(canvas.getContext('2d'), layout, 1))
  try {
    const svg = withPrintSize(canvas.getContent().toString('utf8'), layout, style.widthIn, heightIn(style))
    // A <desc> right after the root: what an SVG says about itself, read by editors and screen readers.
    return simulated ? svg.replace(/(<svg\b[^>]*>)/, `$1<desc>${SIMULATED_NOTE}</desc>`) : svg
  } finally {
    drawn.finish()
  }
}

const inches = (value: number) => `${Number(value.toFixed(4))}in`

/**
 * Sets the root's width and height in inches with a viewBox in points, drops the empty <text>
 * Skia writes for each space between words and joins the words of one label back together
 * (svg-text.ts), and tidies glyph position lists ("1, 2, ") into the space-separated form the SVG
 * grammar defines, which strict parsers and some editors require.
 */
export function withPrintSize(svg: string, layout: { width: number; height: number }, widthIn: number, heightInches: number): string {
  const rooted = svg.replace(
    /<svg\b([^>]*?)\swidth="[^"]*"\s+height="[^"]*"/,
    `<svg$1 width="${inches(widthIn)}" height="${inches(heightInches)}" viewBox="0 0 ${layout.width} ${layout.height}"`,
  )
  if (rooted === svg) throw new Error('Unexpected SVG from the canvas: its root has no width and height.')
  return joinWordRuns(rooted.replace(/<text\b[^>]*><\/text>/g, '')).replace(
    /\s(x|y)="([^"]*)"/g,
    (_match, name: string, list: string) =>
      ` ${name}="${list
        .split(/[\s,]+/)
        .filter(Boolean)
        .join(' ')}"`,
  )
}
