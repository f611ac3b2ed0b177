import type { Chart, Plugin } from 'chart.js'
import './types'

/**
 * Paints the whole figure in one colour before anything else (plain source-over: PDF and SVG
 * back ends keep that as vector, where other compositing modes may be rasterised), so an exported PNG is white rather
 * than transparent and a figure previewed in the app's dark scheme still looks like the paper.
 * Off unless a figure sets `plugins.dsBackground.colour`.
 */
export const backgroundPlugin: Plugin = {
  id: 'dsBackground',
  defaults: { colour: null },
  beforeDraw(chart: Chart, _args, options: { colour?: string | null }) {
    if (!options.colour) return
    const { ctx } = chart
    ctx.save()
    ctx.fillStyle = options.colour
    ctx.fillRect(0, 0, chart.width, chart.height)
    ctx.restore()
  },
}
