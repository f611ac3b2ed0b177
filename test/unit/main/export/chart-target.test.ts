import { describe, expect, it } from 'vitest'
import { chartTarget } from '../../../../src/main/export/chart-target'
import { withPrintSize } from '../../../../src/main/export/render-svg'
import { pngSize } from '../../../../src/shared/export-options/figure-file'
import { paperStyle } from '../../../../src/shared/export-options/figure-style'

/** A stand-in for a native context: records transforms, and (like a native one) refuses a foreign `this`. */
function nativeLike() {
  const transforms: number[][] = []
  const context = {
    fillStyle: '',
    setTransform(this: unknown, ...values: number[]) {
      if (this !== context) throw new TypeError('Illegal invocation')
      transforms.push(values)
    },
    fillRect(this: unknown) {
      if (this !== context) throw new TypeError('Illegal invocation')
      transforms.push([-1])
    },
  }
  return { context, transforms }
}

describe('chartTarget', () => {
  it('reports the layout size, scales every transform Chart.js sets, and points its context back to itself', () => {
    const { context, transforms } = nativeLike()
    const target = chartTarget(context as never, { width: 468, height: 234 }, 300 / 72)
    expect([target.width, target.height]).toEqual([468, 234])
    const wrapped = target.getContext('2d') as unknown as {
      canvas: unknown
      setTransform: (...values: number[]) => void
      resetTransform: () => void
      fillRect: () => void
      fillStyle: string
    }
    expect(wrapped.canvas).toBe(target)
    wrapped.setTransform(1, 0, 0, 1, 10, 0)
    wrapped.resetTransform()
    wrapped.fillStyle = '#ffffff'
    wrapped.fillRect()
    const k = 300 / 72
    expect(transforms).toEqual([[k, 0, 0, k, 0, 0], [k, 0, 0, k, 10 * k, 0], [k, 0, 0, k, 0, 0], [-1]])
    expect(context.fillStyle).toBe('#ffffff')
  })

  it('after detach, drawing does nothing, so destroying a chart cannot clear a finished page', () => {
    const { context, transforms } = nativeLike()
    const target = chartTarget(context as never, { width: 10, height: 10 }, 1)
    const wrapped = target.getContext('2d') as unknown as { fillRect: () => void; fillStyle: string }
    target.detach()
    wrapped.fillRect()
    wrapped.fillStyle = 'red'
    expect(transforms).toEqual([[1, 0, 0, 1, 0, 0]])
    expect(context.fillStyle).toBe('')
  })
})

describe('sizes', () => {
  it('a PNG is the width and height in inches times the DPI, rounded', () => {
    expect(pngSize(paperStyle({ widthIn: 3.3, aspect: 0.5 }), 300)).toEqual({ width: 990, height: 495 })
    expect(pngSize(paperStyle({ widthIn: 3.3, aspect: 0.5 }), 150)).toEqual({ width: 495, height: 248 })
  })

  it('an SVG gets its size in inches with a viewBox in points, tidy position lists and no empty text', () => {
    const skia =
      '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="468" height="234"><text x="1, 2.5, " y="3, ">ab</text><text x="" y=""></text></svg>'
    expect(withPrintSize(skia, { width: 468, height: 234 }, 6.5, 3.25)).toBe(
      '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="6.5in" height="3.25in" viewBox="0 0 468 234"><text x="1 2.5" y="3">ab</text></svg>',
    )
    expect(() => withPrintSize('<svg/>', { width: 1, height: 1 }, 1, 1)).toThrow(/no width and height/)
  })
})
