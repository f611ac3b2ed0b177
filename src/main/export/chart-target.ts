import type { SKRSContext2D } from '@napi-rs/canvas'

/** Something Chart.js accepts as its canvas: a size and a 2D context that points back to it. */
export interface ChartTarget {
  width: number
  height: number
  getContext(kind: '2d'): SKRSContext2D
  /** Turns every later drawing call into a no-op, so destroying the chart (which clears its canvas) cannot erase a finished page. */
  detach(): void
}

/**
 * Hands Chart.js a canvas whose size is the figure's layout size in points while drawing on a
 * real context `scale` times larger (scale = DPI / 72 for PNG, 1 for SVG and PDF).
 *
 * Chart.js's own devicePixelRatio cannot give an exact pixel size: it floors the product of a
 * whole-point size and the ratio, and resizes the canvas (which the PDF page cannot do). So the
 * context is wrapped instead: every transform Chart.js sets is pre-multiplied by the scale, and
 * its `canvas` is the facade, never the native canvas. Methods are bound to the native context,
 * which rejects calls made through a proxy.
 */
export function chartTarget(context: SKRSContext2D, layout: { readonly width: number; readonly height: number }, scale: number): ChartTarget {
  let detached = false
  const target: ChartTarget = { width: layout.width, height: layout.height, getContext: () => wrapped, detach: () => void (detached = true) }
  const wrapped = new Proxy(context, {
    get(native, property) {
      if (property === 'canvas') return target
      if (detached) return typeof Reflect.get(native, property, native) === 'function' ? () => undefined : undefined
      if (property === 'setTransform') {
        return (a: number, b: number, c: number, d: number, e: number, f: number) =>
          native.setTransform(a * scale, b * scale, c * scale, d * scale, e * scale, f * scale)
      }
      if (property === 'resetTransform') return () => native.setTransform(scale, 0, 0, scale, 0, 0)
      const value: unknown = Reflect.get(native, property, native)
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(native) : value
    },
    set(native, property, value) {
      if (detached) return true
      return Reflect.set(native, property, value, native)
    },
  })
  context.setTransform(scale, 0, 0, scale, 0, 0)
  return target
}
