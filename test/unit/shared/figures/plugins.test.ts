import { describe, expect, it } from 'vitest'
import { errorBarsPlugin } from '../../../../src/shared/figures/plugins/error-bars'
import { backgroundPlugin } from '../../../../src/shared/figures/plugins/background'

/** A context that records the lines drawn, enough to check where whiskers go. */
function recordingContext() {
  const calls: string[] = []
  const record =
    (name: string) =>
    (...args: number[]) =>
      calls.push(`${name}(${args.map((value) => Math.round(value * 10) / 10).join(',')})`)
  return {
    calls,
    ctx: {
      save: record('save'),
      restore: record('restore'),
      beginPath: record('beginPath'),
      rect: record('rect'),
      clip: record('clip'),
      moveTo: record('moveTo'),
      lineTo: record('lineTo'),
      stroke: record('stroke'),
      fillRect: record('fillRect'),
      strokeStyle: '',
      lineWidth: 0,
      fillStyle: '',
    },
  }
}

/** A linear scale mapping value v to pixel 100 - 10 v (y) or 10 v (x). */
const yScale = { getPixelForValue: (value: number) => 100 - 10 * value }
const xScale = { getPixelForValue: (value: number) => 10 * value }

function fakeChart(datasets: unknown[], elements: unknown[][], visible = true) {
  const { calls, ctx } = recordingContext()
  return {
    calls,
    chart: {
      ctx,
      width: 300,
      height: 200,
      chartArea: { left: 0, top: 0, right: 300, bottom: 200 },
      data: { datasets },
      isDatasetVisible: () => visible,
      getDatasetMeta: (index: number) => ({ data: elements[index], xScale, yScale }),
    },
  }
}

describe('error bars plugin', () => {
  it('draws a vertical whisker with caps at the interval ends of each bar', () => {
    const { chart, calls } = fakeChart(
      [{ errorBars: [{ y: { low: 2, high: 4 } }, null] }],
      [
        [
          { x: 50, y: 70, width: 10 },
          { x: 80, y: 60, width: 10 },
        ],
      ],
    )
    errorBarsPlugin.afterDatasetsDraw!(chart as never, {} as never, { colour: '#000000', lineWidth: 1 } as never, false)
    expect(calls).toContain('moveTo(50,80)')
    expect(calls).toContain('lineTo(50,60)')
    // Caps 3.5 wide (35% of the bar), centred on the bar.
    expect(calls).toContain('moveTo(48.3,80)')
    expect(calls).toContain('lineTo(51.8,80)')
    // Nothing for the point without an interval.
    expect(calls.filter((call) => call.startsWith('moveTo(80'))).toEqual([])
  })

  it('draws horizontal whiskers for x intervals, and nothing for hidden datasets', () => {
    const { chart, calls } = fakeChart([{ errorBars: [{ x: { low: 3, high: 5 } }] }], [[{ x: 40, y: 20 }]])
    errorBarsPlugin.afterDatasetsDraw!(chart as never, {} as never, {} as never, false)
    expect(calls).toContain('moveTo(30,20)')
    expect(calls).toContain('lineTo(50,20)')
    const hidden = fakeChart([{ errorBars: [{ y: { low: 1, high: 2 } }] }], [[{ x: 5, y: 5 }]], false)
    errorBarsPlugin.afterDatasetsDraw!(hidden.chart as never, {} as never, {} as never, false)
    expect(hidden.calls.some((call) => call.startsWith('moveTo'))).toBe(false)
  })
})

describe('background plugin', () => {
  it('paints the whole figure only when a colour is set', () => {
    const off = fakeChart([], [])
    backgroundPlugin.beforeDraw!(off.chart as never, {} as never, { colour: null } as never)
    expect(off.calls).toEqual([])
    const on = fakeChart([], [])
    backgroundPlugin.beforeDraw!(on.chart as never, {} as never, { colour: '#ffffff' } as never)
    expect(on.calls).toContain('fillRect(0,0,300,200)')
  })
})
