import { describe, expect, it } from 'vitest'
import { figureExportInputSchema, tableExportInputSchema } from '../../../src/shared/contract/exports'
import { DEFAULT_PAPER_STYLE } from '../../../src/shared/export-options/figure-style'
import { pngProblem, pngSize } from '../../../src/shared/export-options/figure-file'

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`)

describe('exports.figure input', () => {
  it('fills in the paper style field by field, the overlay, the fixed colour scale and no zoom', () => {
    expect(figureExportInputSchema.parse({ runIds: ['a'], name: 'ice-models', format: 'png' })).toEqual({
      runIds: ['a'],
      name: 'ice-models',
      format: 'png',
      style: DEFAULT_PAPER_STYLE,
      paperOverlay: false,
      colourRange: 'fixed',
      zoom: false,
    })
    expect(figureExportInputSchema.parse({ runIds: ['a'], name: 'ice-models', format: 'svg', style: { font: 'sans' } }).style).toEqual({
      ...DEFAULT_PAPER_STYLE,
      font: 'sans',
    })
  })

  it('takes the data colour range for the heat map and zoom for ICE rates and the scatter; refuses them elsewhere, saying why', () => {
    const base = { runIds: ['a'], format: 'svg' }
    expect(figureExportInputSchema.safeParse({ ...base, name: 'rse-heatmap', colourRange: 'data' }).success).toBe(true)
    for (const name of ['ice-models', 'ice-category', 'ice-language', 'rse-ice-scatter'])
      expect(figureExportInputSchema.safeParse({ ...base, name, zoom: true }).success).toBe(true)
    expect(messages(figureExportInputSchema.safeParse({ ...base, name: 'rse-sets', colourRange: 'data' }))).toEqual([
      'colourRange: Only the heat map (rse-heatmap) has colours to fit to the data range; rse-sets has none.',
    ])
    expect(messages(figureExportInputSchema.safeParse({ ...base, name: 'rse-heatmap', zoom: true }))).toEqual([
      'zoom: Only the ICE rate figures and the scatter zoom to the data; rse-heatmap keeps its whole scale.',
    ])
    expect(messages(figureExportInputSchema.safeParse({ ...base, name: 'rse-heatmap', colourRange: 'wide' }))).toEqual([
      'colourRange: The colour range is "fixed" (the judge\'s 1-5 scale) or "data" (the values shown).',
    ])
    expect(messages(figureExportInputSchema.safeParse({ ...base, name: 'ice-models', zoom: 'yes' }))).toEqual(['zoom: Zoom is on (true) or off (false).'])
  })

  it('says what is wrong with a DPI, in words a person reads', () => {
    const base = { runIds: ['a'], name: 'rse-sets', format: 'png' }
    expect(messages(figureExportInputSchema.safeParse({ ...base, dpi: 49 }))).toEqual(['dpi: The DPI must be from 50 to 1200.'])
    expect(messages(figureExportInputSchema.safeParse({ ...base, dpi: 1201 }))).toEqual(['dpi: The DPI must be from 50 to 1200.'])
    expect(figureExportInputSchema.safeParse({ ...base, dpi: 50 }).success).toBe(true)
    expect(figureExportInputSchema.safeParse({ ...base, dpi: 1200 }).success).toBe(true)
    expect(messages(figureExportInputSchema.safeParse({ ...base, format: 'pdf', dpi: 300 }))).toEqual([
      'dpi: A DPI applies to PNG only: PDF is vector and has no resolution.',
    ])
  })

  it('refuses a PNG too large to allocate, also at the default DPI', () => {
    const result = figureExportInputSchema.safeParse({ runIds: ['a'], name: 'rse-sets', format: 'png', style: { widthIn: 20, aspect: 3 }, dpi: 600 })
    expect(messages(result)).toEqual(['dpi: 12000 × 36000 pixels is too large; lower the DPI or the width.'])
    expect(figureExportInputSchema.safeParse({ runIds: ['a'], name: 'rse-sets', format: 'png', style: { widthIn: 20, aspect: 3 } }).success).toBe(false)
    expect(figureExportInputSchema.safeParse({ runIds: ['a'], name: 'rse-sets', format: 'svg', style: { widthIn: 20, aspect: 3 } }).success).toBe(true)
  })

  it('needs 1 to 20 distinct runs, a known figure and format, and nothing else', () => {
    const ok = { name: 'rse-sets', format: 'svg' }
    expect(messages(figureExportInputSchema.safeParse({ ...ok, runIds: [] }))).toEqual(['runIds: Choose at least one run.'])
    expect(messages(figureExportInputSchema.safeParse({ ...ok, runIds: Array.from({ length: 21 }, (_, index) => `r${index}`) }))).toEqual([
      'runIds: At most 20 runs can be exported together.',
    ])
    expect(messages(figureExportInputSchema.safeParse({ ...ok, runIds: ['a', 'a'] }))).toEqual(['runIds: Each run can be chosen only once.'])
    expect(messages(figureExportInputSchema.safeParse({ runIds: ['a'], name: 'pie', format: 'svg' }))[0]).toMatch(
      /^name: There is no such figure\. Figures: rse-sets, /,
    )
    expect(messages(figureExportInputSchema.safeParse({ runIds: ['a'], name: 'rse-sets', format: 'jpeg' }))).toEqual([
      'format: A figure can be saved as png, svg, pdf.',
    ])
    expect(figureExportInputSchema.safeParse({ ...ok, runIds: ['a'], extra: 1 }).success).toBe(false)
  })
})

describe('exports.table input', () => {
  it('a known table and format, the overlay off by default', () => {
    expect(tableExportInputSchema.parse({ runIds: ['a'], name: 'rse', format: 'latex' })).toEqual({
      runIds: ['a'],
      name: 'rse',
      format: 'latex',
      paperOverlay: false,
    })
    expect(messages(tableExportInputSchema.safeParse({ runIds: ['a'], name: 'rse', format: 'tex' }))).toEqual([
      'format: A table can be saved as csv, json, md, latex.',
    ])
    expect(messages(tableExportInputSchema.safeParse({ runIds: ['a'], name: 'scores', format: 'csv' }))[0]).toMatch(
      /^name: There is no such table\. Tables: rse, /,
    )
  })
})

describe('PNG size', () => {
  it('is the size in inches times the DPI', () => {
    expect(pngSize(DEFAULT_PAPER_STYLE, 300)).toEqual({ width: 1950, height: 975 })
    expect(pngProblem(DEFAULT_PAPER_STYLE, 300)).toBeUndefined()
    expect(pngProblem(DEFAULT_PAPER_STYLE, Number.NaN)).toBe('The DPI must be from 50 to 1200; got NaN.')
  })
})
