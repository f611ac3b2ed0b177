import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { SaxesParser } from 'saxes'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportFigure } from '../../../src/main/export/export-figure'
import { renderPng } from '../../../src/main/export/render-png'
import { pngSize } from '../../../src/shared/export-options/figure-file'
import { renderSvg } from '../../../src/main/export/render-svg'
import { renderPdf } from '../../../src/main/export/render-pdf'
import { buildFigure, FIGURE_NAMES, FIGURES, paperStyle, type FigureName, type FigureSources } from '../../../src/shared/figures'
import { inkShare, pngDimensions, pngPixelsPerInch, requireTool, run } from '../../support/external-tools'
import { iceFixture, rseFixture, withRseChecks } from '../../support/figure-fixtures'

/** Every figure is drawable from these: one RSE run with a ceiling and a floor, and one ICE run of a model it also measured. */
const sources: FigureSources = { rse: [withRseChecks(rseFixture())], ice: [iceFixture('R&D-model', 'rnd', [120, 40, 5])] }
/** The fixtures' display names, which figures print (not the model ids). */
const MODELS = ['Model A_B', '50% distilled', 'R&D model']
const folder = mkdtempSync(join(tmpdir(), 'distillscope-figures-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

const figure = (name: FigureName, overlay = false, style = paperStyle({})) => buildFigure(name, sources, { style, paperOverlay: overlay })

describe('PNG', () => {
  it.each([
    [6.5, 0.5, 300],
    [3.3, 0.75, 300],
    [5, 0.6, 150],
    [7.25, 0.4, 600],
  ])('%s in wide (aspect %s) at %s DPI is exactly inches x DPI pixels, with the DPI recorded', async (widthIn, aspect, dpi) => {
    const style = paperStyle({ widthIn, aspect })
    const png = await renderPng(figure('rse-sets', false, style), style, dpi)
    const expected = { width: Math.round(widthIn * dpi), height: Math.round(widthIn * aspect * dpi) }
    expect(pngDimensions(png)).toEqual(expected)
    expect(pngSize(style, dpi)).toEqual(expected)
    expect(pngPixelsPerInch(png)).toBe(dpi)
  })

  it.each(FIGURE_NAMES.map((name) => [name]))('%s draws something on a white background', async (name) => {
    const style = paperStyle({})
    const png = await renderPng(figure(name), style, 100)
    const share = await inkShare(png)
    expect(share).toBeGreaterThan(0.01)
    expect(share).toBeLessThan(0.9)
  })

  it('refuses a DPI out of range and an image too large to allocate', async () => {
    const style = paperStyle({})
    await expect(renderPng(figure('rse-sets'), style, 10)).rejects.toThrow(/DPI must be from 50 to 1200/)
    await expect(renderPng(figure('rse-sets'), paperStyle({ widthIn: 20, aspect: 3 }), 1200)).rejects.toThrow(/too large/)
  })
})

/** Every element name and the text inside <text> elements, parsed by a conformant XML parser (throws on malformed XML). */
function parseSvg(svg: string) {
  const parser = new SaxesParser({ xmlns: true })
  const elements: string[] = []
  const texts: string[] = []
  let root: Record<string, string> | undefined
  let inText = 0
  let current = ''
  parser.on('opentag', (tag) => {
    elements.push(tag.local)
    if (!root)
      root = Object.fromEntries(Object.entries(tag.attributes).map(([key, attribute]) => [key, typeof attribute === 'string' ? attribute : attribute.value]))
    if (tag.local === 'text') {
      inText++
      current = ''
    }
  })
  parser.on('text', (value) => {
    if (inText) current += value
  })
  parser.on('closetag', (tag) => {
    if (tag.local === 'text') {
      inText--
      texts.push(current)
    }
  })
  parser.write(svg).close()
  return { elements, texts, root: root! }
}

describe('SVG', () => {
  it.each(FIGURE_NAMES.map((name) => [name]))('%s parses as XML, is vector only, and sized in inches', (name) => {
    const svg = renderSvg(figure(name), paperStyle({ widthIn: 3.3, aspect: 0.8 }))
    const parsed = parseSvg(svg)
    expect(parsed.root).toMatchObject({ width: '3.3in', height: '2.64in', viewBox: '0 0 237 190' })
    expect(parsed.elements).not.toContain('image')
    expect(parsed.elements.filter((element) => element === 'path').length).toBeGreaterThan(5)
    // Skia leaves an empty <text> for each space between words; they are dropped.
    expect(svg).not.toMatch(/<text[^>]*><\/text>/)
  })

  it('keeps model names, set names and the title as <text>', () => {
    const rse = parseSvg(renderSvg(figure('rse-sets'), paperStyle({}))).texts
    for (const model of MODELS) expect(rse).toContain(model)
    expect(rse).toContain('arena-hard')
    expect(rse.join(' ')).toContain('RSE')
    const scatter = parseSvg(renderSvg(figure('rse-ice-scatter', true), paperStyle({}))).texts
    expect(scatter).toContain('R&D model')
    expect(scatter.join(' ')).toContain('GLM-4-Plus')
  })

  it('keeps a multi-word label as one <text>, as Skia drew it word by word', () => {
    const base = rseFixture()
    const spaced = { ...base, displayNames: { ...base.displayNames, a: 'Llama 3.1 70B Instruct' } }
    const style = paperStyle({})
    const texts = parseSvg(renderSvg(buildFigure('rse-sets', { rse: [spaced], ice: [] }, { style }), style)).texts
    expect(texts).toContain('Llama 3.1 70B Instruct')
    expect(texts).toContain('RSE by prompt set (reference GPT-4o, judge Judge)')
    expect(texts).toContain('whiskers: bootstrap 95% intervals')
  })

  it('uses the chosen font family', () => {
    for (const [font, family] of [
      ['sans', 'Liberation Sans'],
      ['serif', 'Liberation Serif'],
    ] as const) {
      const style = paperStyle({ font })
      const families = [...renderSvg(figure('ice-models', false, style), style).matchAll(/font-family="([^"]*)"/g)].map((match) => match[1])
      expect(new Set(families)).toEqual(new Set([family]))
    }
  })
})

describe('PDF', () => {
  beforeAll(() => {
    requireTool('pdftoppm', 'poppler-utils')
    requireTool('pdftotext', 'poppler-utils')
  })

  it.each(FIGURE_NAMES.map((name) => [name]))('%s renders with pdftoppm to a page that is not blank', async (name) => {
    const file = join(folder, `${name}.pdf`)
    writeFileSync(file, renderPdf(figure(name, FIGURES[name].paperOverlay), paperStyle({}), name))
    const converted = run('pdftoppm', ['-png', '-r', '72', file, join(folder, name)])
    expect(converted.code, converted.stderr).toBe(0)
    const pages = readdirSync(folder).filter((entry) => entry.startsWith(`${name}-`) && entry.endsWith('.png'))
    expect(pages).toHaveLength(1)
    expect(await inkShare(join(folder, pages[0]!))).toBeGreaterThan(0.01)
  })

  it("is vector: text extractable, no raster images, the page the figure's size in points", () => {
    const file = join(folder, 'vector.pdf')
    writeFileSync(file, renderPdf(figure('rse-sets'), paperStyle({ widthIn: 5, aspect: 0.5 }), 'vector'))
    const textOut = run('pdftotext', [file, '-'])
    for (const model of MODELS) expect(textOut.stdout).toContain(model)
    const images = run('pdfimages', ['-list', file])
    expect(images.code).toBe(0)
    expect(images.stdout.trim().split('\n')).toHaveLength(2) // the header lines only
    const info = run('pdfinfo', [file])
    expect(info.stdout).toMatch(/Page size:\s+360 x 180 pts/)
    expect(info.stdout).toMatch(/Title:\s+vector/)
  })
})

describe('exportFigure', () => {
  it('gives each format its own bytes', async () => {
    const style = paperStyle({})
    const config = () => figure('ice-models')
    expect((await exportFigure(config(), { format: 'png', style, title: 'x' })).subarray(1, 4).toString()).toBe('PNG')
    expect((await exportFigure(config(), { format: 'svg', style, title: 'x' })).toString('utf8')).toMatch(/^<\?xml/)
    expect((await exportFigure(config(), { format: 'pdf', style, title: 'x' })).subarray(0, 5).toString()).toBe('%PDF-')
    // 300 DPI by default.
    expect(pngDimensions(await exportFigure(config(), { format: 'png', style, title: 'x' }))).toEqual({ width: 1950, height: 975 })
  })
})
