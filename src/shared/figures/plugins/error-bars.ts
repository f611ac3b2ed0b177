import type { Chart, Plugin } from 'chart.js'
import './types'

/** Whisker caps: a share of the bar's width, at most this many layout units (points) wide. */
const MAX_CAP = 6
const POINT_CAP = 3

interface Positioned {
  readonly x: number
  readonly y: number
  readonly width?: number
}

/**
 * Draws 95% intervals as whiskers on bars and points. Our own few lines instead of a plugin
 * package: the same drawing then runs in the app's window and in headless export, and the
 * intervals sit on the datasets (`errorBars`) beside the values they belong to.
 */
export const errorBarsPlugin: Plugin = {
  id: 'dsErrorBars',
  defaults: { colour: '#000000', lineWidth: 0.75 },
  afterDatasetsDraw(chart: Chart, _args, options: { colour?: string; lineWidth?: number }) {
    const { ctx, chartArea } = chart
    ctx.save()
    // Clip to the plot so a wide interval never crosses the axes or the legend.
    ctx.beginPath()
    ctx.rect(chartArea.left, chartArea.top, chartArea.right - chartArea.left, chartArea.bottom - chartArea.top)
    ctx.clip()
    ctx.strokeStyle = options.colour ?? '#000000'
    ctx.lineWidth = options.lineWidth ?? 0.75
    chart.data.datasets.forEach((dataset, datasetIndex) => {
      const bars = dataset.errorBars
      if (!bars || !chart.isDatasetVisible(datasetIndex)) return
      const meta = chart.getDatasetMeta(datasetIndex)
      meta.data.forEach((element, index) => {
        const bar = bars[index]
        if (!bar) return
        const point = element as unknown as Positioned
        const cap = point.width !== undefined ? Math.min(MAX_CAP, point.width * 0.35) : POINT_CAP
        if (bar.y && meta.yScale) {
          const low = meta.yScale.getPixelForValue(bar.y.low)
          const high = meta.yScale.getPixelForValue(bar.y.high)
          whisker(ctx, [point.x, low], [point.x, high], cap, 'vertical')
        }
        if (bar.x && meta.xScale) {
          const low = meta.xScale.getPixelForValue(bar.x.low)
          const high = meta.xScale.getPixelForValue(bar.x.high)
          whisker(ctx, [low, point.y], [high, point.y], cap, 'horizontal')
        }
      })
    })
    ctx.restore()
  },
}

type Ctx = Chart['ctx']

function whisker(ctx: Ctx, from: [number, number], to: [number, number], cap: number, direction: 'vertical' | 'horizontal'): void {
  const half = cap / 2
  ctx.beginPath()
  ctx.moveTo(from[0], from[1])
  ctx.lineTo(to[0], to[1])
  for (const [x, y] of [from, to]) {
    if (direction === 'vertical') {
      ctx.moveTo(x - half, y)
      ctx.lineTo(x + half, y)
    } else {
      ctx.moveTo(x, y - half)
      ctx.lineTo(x, y + half)
    }
  }
  ctx.stroke()
}
