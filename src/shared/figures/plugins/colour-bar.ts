import type { Chart, Plugin } from 'chart.js'
import type { ColourBarOptions } from './types'

/** The bar's parts in units of the font size, shared with the figure that reserves room for them. */
export const COLOUR_BAR_GAP = 0.9
export const COLOUR_BAR_WIDTH = 0.9
export const COLOUR_BAR_TICK = 0.35

/**
 * The room a colour bar takes right of the plot, in points, for its widest tick label (in
 * characters): the gap, the bar, ticks, labels and the title written upwards beside them.
 */
export function colourBarRoom(fontSize: number, longestLabel: number): number {
  return Math.ceil(fontSize * (COLOUR_BAR_GAP + COLOUR_BAR_WIDTH + COLOUR_BAR_TICK + 0.3 + longestLabel * 0.62 + 0.6 + 1.3))
}

/**
 * A heat map's key: a vertical bar right of the plot, as tall as it, filled with the scale's
 * colours (a linear gradient, vector in SVG and PDF), with ticks at the given values and a title
 * saying what the colours mean and which range they span. Off unless a figure sets `stops`.
 */
export const colourBarPlugin: Plugin = {
  id: 'dsColourBar',
  defaults: { stops: null },
  afterDraw(chart: Chart, _args, options: ColourBarOptions) {
    const stops = options.stops
    const { min, max } = options
    if (!stops?.length || min === undefined || max === undefined || !(max > min)) return
    const { ctx, chartArea } = chart
    const size = options.font?.size ?? 8
    const family = options.font?.family ?? 'sans-serif'
    const left = chartArea.right + size * COLOUR_BAR_GAP
    const width = size * COLOUR_BAR_WIDTH
    const top = chartArea.top
    const bottom = chartArea.bottom
    const yOf = (value: number) => bottom - ((value - min) / (max - min)) * (bottom - top)
    ctx.save()
    const gradient = ctx.createLinearGradient(0, bottom, 0, top)
    stops.forEach((colour, index) => gradient.addColorStop(stops.length === 1 ? 0 : index / (stops.length - 1), colour))
    ctx.fillStyle = gradient
    ctx.fillRect(left, top, width, bottom - top)
    ctx.strokeStyle = options.colour ?? '#000000'
    ctx.lineWidth = 0.5
    ctx.strokeRect(left, top, width, bottom - top)
    ctx.fillStyle = options.colour ?? '#000000'
    ctx.font = `${size - 1}px ${family}`
    ctx.textAlign = 'left'
    ctx.textBaseline = 'middle'
    const tickEnd = left + width + size * COLOUR_BAR_TICK
    let labelsRight = tickEnd
    const labels = options.tickLabels ?? []
    ;(options.tickValues ?? []).forEach((value, index) => {
      if (value < min || value > max) return
      const y = yOf(value)
      ctx.beginPath()
      ctx.moveTo(left + width, y)
      ctx.lineTo(tickEnd, y)
      ctx.stroke()
      const label = labels[index] ?? String(value)
      ctx.fillText(label, tickEnd + size * 0.3, y)
      labelsRight = Math.max(labelsRight, tickEnd + size * 0.3 + ctx.measureText(label).width)
    })
    if (options.title) {
      // Written upwards beside the labels, centred on the bar, as colour bars are in print.
      ctx.font = `${size}px ${family}`
      ctx.textAlign = 'center'
      ctx.textBaseline = 'top'
      ctx.translate(labelsRight + size * 0.6, (top + bottom) / 2)
      ctx.rotate(-Math.PI / 2)
      ctx.fillText(options.title, 0, 0)
    }
    ctx.restore()
  },
}
