import { Chart } from 'chart.js'
import { useEffect, useRef } from 'react'
import type { FigureConfig } from '../../../shared/figures/build-figure'
import { registerFigureCharts } from '../../../shared/figures/register'
import { figureSizePt, type PaperStyle } from '../../../shared/export-options/figure-style'

interface FigureCanvasProps {
  readonly config: FigureConfig
  readonly style: PaperStyle
  /** What the figure shows, for screen readers (the canvas itself has no text to read). */
  readonly label: string
}

/**
 * A figure in the window, drawn by Chart.js from the same definition `distillscope export` draws
 * headless. The canvas is laid out at the figure's size in points, one CSS pixel per point, so
 * the preview has exactly the exported layout (line breaks, label rotation, legend wrapping); it
 * is drawn at twice the screen's pixel ratio for sharpness and scales down to narrow windows.
 */
export function FigureCanvas({ config, style, label }: FigureCanvasProps) {
  const canvas = useRef<HTMLCanvasElement>(null)
  const size = figureSizePt(style)
  useEffect(() => {
    if (!canvas.current) return
    registerFigureCharts()
    const ratio = Math.max(2, window.devicePixelRatio || 1)
    const chart = new Chart(canvas.current, {
      ...config,
      options: { ...config.options, responsive: false, animation: false, devicePixelRatio: ratio },
    } as never)
    return () => chart.destroy()
  }, [config])
  return (
    <canvas
      ref={canvas}
      width={size.width}
      height={size.height}
      role="img"
      aria-label={label}
      data-figure-canvas=""
      style={{ width: size.width, maxWidth: '100%', height: 'auto', aspectRatio: `${size.width} / ${size.height}`, background: '#ffffff' }}
    />
  )
}
