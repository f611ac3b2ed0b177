import { createCanvas } from '@napi-rs/canvas'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Chart } from 'chart.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chartTarget } from '../../../src/main/export/chart-target'
import { drawChart } from '../../../src/main/export/draw-chart'
import { renderPdf } from '../../../src/main/export/render-pdf'
import { renderPng } from '../../../src/main/export/render-png'
import { renderSvg } from '../../../src/main/export/render-svg'
import { buildFigure, paperStyle, type FigureConfig, type FigureName, type FigureSources, type PaperStyle } from '../../../src/shared/figures'
import { maxBarThickness } from '../../../src/shared/figures/definitions/common'
import { COLOUR_BAR_GAP, COLOUR_BAR_WIDTH } from '../../../src/shared/figures/plugins/colour-bar'
import { figureSizePt, POINTS_PER_INCH } from '../../../src/shared/export-options/figure-style'
import { requireTool, run } from '../../support/external-tools'
import { iceFixture, rseFixture } from '../../support/figure-fixtures'
import { colourDistance, inkDistanceFromEdge, pixelAt, pngPixels } from '../../support/png-pixels'

/**
 * Figures fit for print (issue 18 item 3), checked on what is drawn: margins on the PNG's pixels,
 * axis ranges on the laid-out chart and the SVG's tick text, the heat map's colour bar on pixels,
 * SVG text and PDF text, and the bar width cap on the laid-out bars.
 */
const rse = { ...rseFixture(), simulatedModels: ['a_b'] }
const ice = { ...iceFixture('R&D-model', 'rnd', [120, 40, 5]), simulatedModels: ['R&D-model'] }
const sources: FigureSources = { rse: [rse], ice: [ice] }
const oneModel: FigureSources = { rse: [], ice: [{ ...iceFixture(), simulatedModels: ['a_b'] }] }
const PRINTED: Readonly<Partial<Record<FigureName, FigureSources>>> = {
  'rse-heatmap': sources,
  'rse-sets': sources,
  'ice-models': oneModel,
  'ice-category': oneModel,
  'rse-ice-scatter': sources,
}
const DPI = 100
/** No ink this close to any edge, in pixels at 100 DPI (about 4 pt). */
const MARGIN_PX = 6

const folder = mkdtempSync(join(tmpdir(), 'distillscope-figure-print-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

/** Lays the figure out headless at one unit per point and reads what Chart.js decided, then releases it. */
function laidOut<T>(config: FigureConfig, style: PaperStyle, read: (chart: Chart) => T): T {
  const layout = figureSizePt(style)
  const canvas = createCanvas(layout.width, layout.height)
  const drawn = drawChart(config, chartTarget(canvas.getContext('2d'), layout, 1))
  try {
    return read(drawn.chart)
  } finally {
    drawn.finish()
  }
}

const range = (chart: Chart, axis: 'x' | 'y') => ({ min: chart.scales[axis]!.min, max: chart.scales[axis]!.max })

/** The text of every <text> element, Skia's words joined back into labels. */
const svgTexts = (svg: string) => [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((match) => match[1]!.replace(/&amp;/g, '&'))

describe('margins: nothing touches the image edge', () => {
  it.each((Object.keys(PRINTED) as FigureName[]).flatMap((name) => [[name, 6.5, 0.5] as const, [name, 3.3, 0.8] as const]))(
    '%s at %s in (aspect %s), title and simulated note included',
    async (name, widthIn, aspect) => {
      const style = paperStyle({ widthIn, aspect })
      const distance = inkDistanceFromEdge(await pngPixels(await renderPng(buildFigure(name, PRINTED[name]!, { style }), style, DPI)))
      expect(Math.min(distance.left, distance.right, distance.top, distance.bottom)).toBeGreaterThanOrEqual(MARGIN_PX)
      expect(distance.left).toBeLessThan(Infinity)
    },
  )

  it('the check sees ink at the edge when a figure has no padding', async () => {
    const style = paperStyle({})
    const config = buildFigure('ice-models', oneModel, { style })
    const bare = { ...config, options: { ...config.options, layout: { padding: 0 }, plugins: { ...config.options?.plugins, dsSimulatedNote: { text: null } } } }
    const distance = inkDistanceFromEdge(await pngPixels(await renderPng(bare as FigureConfig, style, DPI)))
    expect(Math.min(distance.left, distance.top)).toBeLessThan(MARGIN_PX)
  })
})

describe('axis ranges: whole scales by default, zoom labelled', () => {
  const style = paperStyle({})

  it.each([['ice-models'], ['ice-category'], ['ice-language']] as const)('%s: rates on 0-1; zoomed, fitted to the data and said in the title', (name) => {
    const whole = buildFigure(name, oneModel, { style })
    expect(laidOut(whole, style, (chart) => range(chart, 'y'))).toEqual({ min: 0, max: 1 })
    const wholeTexts = svgTexts(renderSvg(whole, style))
    expect(wholeTexts).toContain('1.0')
    expect(wholeTexts).toContain('Rate')
    const zoomed = buildFigure(name, oneModel, { style, zoom: true })
    // Above the highest rate (loose, 0.342) and its interval, well below 1.
    const fitted = laidOut(zoomed, style, (chart) => range(chart, 'y'))
    expect(fitted.min).toBe(0)
    expect(fitted.max).toBeGreaterThan(0.342)
    expect(fitted.max).toBeLessThanOrEqual(0.5)
    const zoomedTexts = svgTexts(renderSvg(zoomed, style))
    expect(zoomedTexts).toContain('Rate (zoomed to the data)')
    expect(zoomedTexts).not.toContain('1.0')
  })

  it('rse-ice-scatter: RSE on 1-5 and ICE strict on 0-1; zoomed, both fitted and labelled', () => {
    const whole = buildFigure('rse-ice-scatter', sources, { style })
    expect(laidOut(whole, style, (chart) => [range(chart, 'x'), range(chart, 'y')])).toEqual([
      { min: 1, max: 5 },
      { min: 0, max: 1 },
    ])
    expect(svgTexts(renderSvg(whole, style))).toEqual(expect.arrayContaining(['RSE Avg (1-5)', 'ICE strict rate']))
    const zoomed = buildFigure('rse-ice-scatter', sources, { style, zoom: true })
    const [x, y] = laidOut(zoomed, style, (chart) => [range(chart, 'x'), range(chart, 'y')])
    expect(x!.min).toBeGreaterThan(1)
    expect(x!.max).toBeLessThan(5)
    expect(y!.max).toBeLessThan(1)
    expect(svgTexts(renderSvg(zoomed, style))).toEqual(expect.arrayContaining(['RSE Avg (zoomed to the data)', 'ICE strict rate (zoomed to the data)']))
  })

  it('rse-sets keeps the judge scale, 1-5', () => {
    expect(laidOut(buildFigure('rse-sets', sources, { style }), style, (chart) => range(chart, 'y'))).toEqual({ min: 1, max: 5 })
  })
})

describe('the heat map colour bar', () => {
  const style = paperStyle({})

  it('spans 1-5 by default, with a tick at each score and its title, as SVG text', () => {
    const texts = svgTexts(renderSvg(buildFigure('rse-heatmap', sources, { style }), style))
    expect(texts).toEqual(expect.arrayContaining(['1', '2', '3', '4', '5', 'RSE (1-5)']))
    expect(texts).not.toContain('RSE (data range)')
  })

  it('with the data range, spans the values shown and says so', () => {
    const texts = svgTexts(renderSvg(buildFigure('rse-heatmap', sources, { style, colourRange: 'data' }), style))
    // 3.77 is the range's middle (3.42 to 4.12), a tick of the bar and no cell's value.
    expect(texts).toEqual(expect.arrayContaining(['3.42', '3.77', '4.12', 'RSE (data range)']))
    expect(texts).not.toContain('RSE (1-5)')
  })

  it("is drawn right of the plot on the PNG: viridis' light end at its top, dark end at its bottom; absent when turned off", async () => {
    const config = buildFigure('rse-heatmap', sources, { style })
    const area = laidOut(config, style, (chart) => ({ ...chart.chartArea }))
    const k = DPI / POINTS_PER_INCH
    const x = (area.right + style.fontSizePt * (COLOUR_BAR_GAP + COLOUR_BAR_WIDTH / 2)) * k
    const pixels = await pngPixels(await renderPng(config, style, DPI))
    expect(colourDistance(pixelAt(pixels, x, (area.top + 2) * k), '#fde725')).toBeLessThan(40)
    expect(colourDistance(pixelAt(pixels, x, (area.bottom - 2) * k), '#440154')).toBeLessThan(40)
    const off = { ...config, options: { ...config.options, plugins: { ...config.options?.plugins, dsColourBar: { stops: null } } } } as FigureConfig
    const blank = await pngPixels(await renderPng(off, style, DPI))
    expect(colourDistance(pixelAt(blank, x, (area.top + 2) * k), '#ffffff')).toBeLessThan(10)
  })

  describe('in the PDF', () => {
    beforeAll(() => requireTool('pdftotext', 'poppler-utils'))

    it('keeps its title and ticks as text', () => {
      const file = join(folder, 'heatmap.pdf')
      writeFileSync(file, renderPdf(buildFigure('rse-heatmap', sources, { style }), style, 'heat map'))
      const text = run('pdftotext', [file, '-']).stdout
      expect(text).toContain('RSE (1-5)')
      expect(text).toMatch(/^5$/m)
    })
  })
})

describe('bar widths are capped', () => {
  const style = paperStyle({})
  const widths = (config: FigureConfig) =>
    laidOut(config, style, (chart) => ({
      plot: chart.chartArea.width,
      bars: chart.getDatasetMeta(0).data.map((element) => (element as unknown as { width: number }).width),
    }))
  const uncapped = (config: FigureConfig) =>
    ({ ...config, data: { ...config.data, datasets: config.data.datasets.map((dataset) => ({ ...dataset, maxBarThickness: undefined })) } }) as FigureConfig

  it.each([
    ['ice-models', oneModel],
    ['rse-sets', { rse: [{ ...rse, students: rse.students.slice(0, 1) }], ice: [] }],
  ] as const)('%s of one model: slim bars, where uncapped ones would fill the plot', (name, from) => {
    const config = buildFigure(name, from, { style })
    const capped = widths(config)
    for (const width of capped.bars) expect(width).toBeLessThanOrEqual(maxBarThickness(style) + 0.01)
    expect(capped.bars[0]!).toBeLessThan(capped.plot * 0.1)
    expect(widths(uncapped(config)).bars[0]!).toBeGreaterThan(maxBarThickness(style) * 2)
  })
})
