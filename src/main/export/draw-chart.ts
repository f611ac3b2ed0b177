import { Chart } from 'chart.js'
import { registerFigureCharts } from '../../shared/figures/register'
import type { FigureConfig } from '../../shared/figures/build-figure'
import type { ChartTarget } from './chart-target'

/**
 * Draws a figure once, synchronously, onto a headless target: no animation, no resizing to a
 * window, no pixel ratio of Chart.js's own (the target applies the scale). The caller encodes the
 * canvas, then calls finish(), which releases the chart without letting it clear what was drawn.
 */
export function drawChart(config: FigureConfig, target: ChartTarget): { readonly chart: Chart; finish(): void } {
  registerFigureCharts()
  const headless = {
    ...config,
    options: { ...config.options, responsive: false, maintainAspectRatio: false, animation: false, devicePixelRatio: 1, events: [] },
  } as FigureConfig
  // Chart.js's types want an HTML canvas; its Node platform only needs width, height and getContext.
  const chart = new Chart(target as unknown as HTMLCanvasElement, headless as never)
  return {
    chart,
    finish() {
      target.detach()
      chart.destroy()
    },
  }
}
