import { describe, expect, it } from 'vitest'
import { colourBarPlugin, colourBarRoom } from '../../../../src/shared/figures/plugins/colour-bar'
import type { ColourBarOptions } from '../../../../src/shared/figures/plugins/types'
import { buildFigure, FIGURE_NAMES, paperStyle } from '../../../../src/shared/figures'
import { figureOptionProblem, FIGURES } from '../../../../src/shared/export-options/figure-names'
import { figurePadding } from '../../../../src/shared/figures/definitions/common'
import { iceFixture, rseFixture, withRseChecks } from '../../../support/figure-fixtures'

/** A context that records what is drawn: gradient stops, rectangles, tick lines and text. */
function recorder() {
  const calls: string[] = []
  const stops: [number, string][] = []
  const ctx = {
    save: () => calls.push('save'),
    restore: () => calls.push('restore'),
    createLinearGradient: (...args: number[]) => {
      calls.push(`gradient(${args.join(',')})`)
      return { addColorStop: (offset: number, colour: string) => stops.push([offset, colour]) }
    },
    fillRect: (...args: number[]) => calls.push(`fillRect(${args.join(',')})`),
    strokeRect: (...args: number[]) => calls.push(`strokeRect(${args.join(',')})`),
    beginPath: () => undefined,
    moveTo: (...args: number[]) => calls.push(`moveTo(${args.join(',')})`),
    lineTo: () => undefined,
    stroke: () => undefined,
    fillText: (text: string) => calls.push(`text(${text})`),
    measureText: (text: string) => ({ width: text.length * 4 }),
    translate: () => undefined,
    rotate: (angle: number) => calls.push(`rotate(${angle.toFixed(3)})`),
    fillStyle: '' as unknown,
    strokeStyle: '',
    lineWidth: 0,
    font: '',
    textAlign: '',
    textBaseline: '',
  }
  return { calls, stops, chart: { ctx, chartArea: { left: 20, right: 200, top: 10, bottom: 110 } } }
}

const draw = (options: ColourBarOptions) => {
  const recorded = recorder()
  ;(colourBarPlugin.afterDraw as (chart: unknown, args: unknown, options: ColourBarOptions) => void)(recorded.chart, {}, options)
  return recorded
}

describe('colour bar plugin', () => {
  it('fills a bar right of the plot, as tall as it, with the stops from bottom to top, and writes its ticks and title', () => {
    const { calls, stops } = draw({
      stops: ['#000000', '#888888', '#ffffff'],
      min: 1,
      max: 5,
      tickValues: [1, 3, 5],
      tickLabels: ['1', '3', '5'],
      title: 'RSE (1-5)',
      font: { size: 10 },
    })
    expect(calls).toContain('gradient(0,110,0,10)')
    expect(stops).toEqual([
      [0, '#000000'],
      [0.5, '#888888'],
      [1, '#ffffff'],
    ])
    // Left edge: the plot's right plus the gap (0.9 of the font size).
    expect(calls).toContain('fillRect(209,10,9,100)')
    // Ticks at their values: 1 at the bottom, 3 halfway, 5 at the top.
    expect(calls.filter((call) => call.startsWith('moveTo'))).toEqual(['moveTo(218,110)', 'moveTo(218,60)', 'moveTo(218,10)'])
    expect(calls.filter((call) => call.startsWith('text'))).toEqual(['text(1)', 'text(3)', 'text(5)', 'text(RSE (1-5))'])
    expect(calls).toContain(`rotate(${(-Math.PI / 2).toFixed(3)})`)
  })

  it('skips ticks outside the range and draws nothing without stops or with an empty range', () => {
    const { calls } = draw({ stops: ['#000000', '#ffffff'], min: 3, max: 4, tickValues: [1, 3.5], tickLabels: ['1', '3.50'] })
    expect(calls.filter((call) => call.startsWith('text'))).toEqual(['text(3.50)'])
    expect(draw({ stops: null, min: 1, max: 5 }).calls).toEqual([])
    expect(draw({ stops: ['#000000'], min: 2, max: 2 }).calls).toEqual([])
  })

  it('the heat map reserves room for it right of the plot, and no other figure has one', () => {
    const style = paperStyle({})
    // A run with a ceiling and a floor, so every figure (rse-normalised too) is drawn.
    const sources = { rse: [withRseChecks(rseFixture())], ice: [iceFixture('R&D-model', 'rnd')] }
    for (const name of FIGURE_NAMES) {
      const config = buildFigure(name, sources, { style })
      const bar = config.options?.plugins?.dsColourBar
      if (name !== 'rse-heatmap') {
        expect(bar, name).toBeUndefined()
        continue
      }
      expect(bar).toMatchObject({ min: 1, max: 5, tickValues: [1, 2, 3, 4, 5], title: 'RSE (1-5)' })
      expect((config.options?.layout?.padding as { right: number }).right).toBe(figurePadding(style) + colourBarRoom(style.fontSizePt, 1))
    }
  })
})

describe('figure options by figure', () => {
  it('the data colour range is the heat map’s alone; zoom is for ICE rates and the scatter', () => {
    expect(FIGURE_NAMES.filter((name) => FIGURES[name].colourRange)).toEqual(['rse-heatmap'])
    expect(FIGURE_NAMES.filter((name) => FIGURES[name].zoom)).toEqual(['ice-models', 'ice-category', 'ice-language', 'rse-ice-scatter'])
    expect(figureOptionProblem('rse-heatmap', { colourRange: 'data' })).toBeUndefined()
    expect(figureOptionProblem('rse-heatmap', { colourRange: 'fixed', zoom: false })).toBeUndefined()
    expect(figureOptionProblem('rse-sets', { colourRange: 'data' })).toMatch(/Only the heat map/)
    expect(figureOptionProblem('rse-sets', { zoom: true })).toMatch(/rse-sets keeps its whole scale/)
  })

  it('buildFigure refuses an option the figure does not take, as it does the overlay', () => {
    const style = paperStyle({})
    expect(() => buildFigure('rse-sets', { rse: [rseFixture()], ice: [] }, { style, zoom: true })).toThrow(/keeps its whole scale/)
    expect(() => buildFigure('ice-models', { rse: [], ice: [iceFixture()] }, { style, colourRange: 'data' })).toThrow(/Only the heat map/)
  })
})
