import type { Chart, Plugin } from 'chart.js'
import { toFont, toPadding } from 'chart.js/helpers'
import { textOn } from '../palette'
import './types'

interface Labelled {
  readonly x: number
  readonly y: number
  readonly options?: { readonly backgroundColor?: unknown }
  /** Chart.js elements' centre; a heat-map cell's x and y are its top-left corner. */
  getCenterPoint(): { x: number; y: number }
}

interface Rect {
  readonly left: number
  readonly top: number
  readonly width: number
  readonly height: number
}

function markers(chart: Chart, half: number): Rect[] {
  return chart.data.datasets.flatMap((dataset, datasetIndex) =>
    dataset.valueLabels && chart.isDatasetVisible(datasetIndex)
      ? chart.getDatasetMeta(datasetIndex).data.map((element) => ({ left: element.x - half, top: element.y - half, width: half * 2, height: half * 2 }))
      : [],
  )
}

const overlaps = (a: Rect, b: Rect) => a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height

/**
 * Text from a dataset's `valueLabels`: centred in heat-map cells (in black or white, whichever
 * reads on the cell's colour), or beside scatter points, so model names are printed in the figure
 * itself rather than only in a tooltip that a paper cannot show.
 */
export const valueLabelsPlugin: Plugin = {
  id: 'dsValueLabels',
  defaults: { colour: '#000000', position: 'beside', contrast: false },
  afterDatasetsDraw(chart: Chart, _args, options: { colour?: string; position?: 'center' | 'beside'; contrast?: boolean }) {
    const { ctx, chartArea } = chart
    const font = toFont(chart.options.font ?? {})
    const padding = toPadding(chart.options.layout?.padding as number | undefined)
    ctx.save()
    ctx.font = font.string
    // Every labelled point is an obstacle, so no name is printed over another model's marker.
    const placed: Rect[] = options.position === 'center' ? [] : markers(chart, font.size * 0.4)
    chart.data.datasets.forEach((dataset, datasetIndex) => {
      const labels = dataset.valueLabels
      if (!labels || !chart.isDatasetVisible(datasetIndex)) return
      chart.getDatasetMeta(datasetIndex).data.forEach((element, index) => {
        const text = labels[index]
        if (!text) return
        const box = element as unknown as Labelled
        const background = box.options?.backgroundColor
        ctx.fillStyle =
          options.contrast && typeof background === 'string' && /^#[0-9a-f]{6}$/i.test(background) ? textOn(background) : (options.colour ?? '#000000')
        if (options.position === 'center') {
          ctx.textAlign = 'center'
          ctx.textBaseline = 'middle'
          const centre = box.getCenterPoint()
          ctx.fillText(text, centre.x, centre.y)
          return
        }
        // Beside a point: the first of four corners that stays in the plot and overlaps no label
        // already placed (crowded scatters otherwise print names over each other).
        const gap = font.size * 0.4
        const width = ctx.measureText(text).width
        const height = font.lineHeight
        const candidates: Rect[] = [
          { left: box.x + gap, top: box.y - gap - height, width, height },
          { left: box.x + gap, top: box.y + gap, width, height },
          { left: box.x - gap - width, top: box.y - gap - height, width, height },
          { left: box.x - gap - width, top: box.y + gap, width, height },
        ]
        // Within the figure's padding (not only the plot): a point on an axis may put its name in the
        // margin, but never against the image's edge.
        const inside = (rect: Rect) =>
          rect.left >= chartArea.left &&
          rect.left + rect.width <= chartArea.right &&
          rect.top >= padding.top &&
          rect.top + rect.height <= chart.height - padding.bottom
        const chosen = candidates.find((rect) => inside(rect) && !placed.some((other) => overlaps(rect, other))) ?? candidates.find(inside) ?? candidates[0]!
        placed.push(chosen)
        ctx.textAlign = 'left'
        ctx.textBaseline = 'top'
        ctx.fillText(text, chosen.left, chosen.top)
      })
    })
    ctx.restore()
  },
}
