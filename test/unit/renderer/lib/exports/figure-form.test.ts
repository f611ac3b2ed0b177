import { describe, expect, it } from 'vitest'
import {
  checkFigure,
  chosenFigure,
  figureOptionLabel,
  figureSizeText,
  INITIAL_FIGURE_FORM,
  type FigureFormValues,
} from '../../../../../src/renderer/src/lib/exports/figure-form'
import { DEFAULT_PAPER_STYLE, paperStyle } from '../../../../../src/shared/export-options/figure-style'

const form = (patch: Partial<FigureFormValues> = {}): FigureFormValues => ({ ...INITIAL_FIGURE_FORM, ...patch })

describe('checkFigure', () => {
  it('the defaults make a 300 DPI PNG request in the paper style, without the overlay', () => {
    const check = checkFigure(['run_1'], 'ice-models', form())
    expect(check).toEqual({
      ok: true,
      input: {
        runIds: ['run_1'],
        name: 'ice-models',
        format: 'png',
        dpi: 300,
        style: { font: 'serif', fontSizePt: 8, widthIn: 6.5, aspect: 0.5, title: true },
        paperOverlay: false,
        colourRange: 'fixed',
        zoom: false,
      },
      style: DEFAULT_PAPER_STYLE,
      paperOverlay: false,
      colourRange: 'fixed',
      zoom: false,
    })
  })

  it('sends the colour range and zoom only to the figures that take them, as the overlay', () => {
    const heatmap = checkFigure(['a'], 'rse-heatmap', form({ colourRange: 'data', zoom: true }))
    expect(heatmap.ok && heatmap.input).toMatchObject({ colourRange: 'data', zoom: false })
    const ice = checkFigure(['a'], 'ice-models', form({ colourRange: 'data', zoom: true }))
    expect(ice.ok && [ice.colourRange, ice.zoom]).toEqual(['fixed', true])
    const sets = checkFigure(['a'], 'rse-sets', form({ colourRange: 'data', zoom: true }))
    expect(sets.ok && sets.input).toMatchObject({ colourRange: 'fixed', zoom: false })
  })

  it('sends no DPI for a vector format, and the overlay only for figures the paper has values for', () => {
    const svg = checkFigure(['a', 'b'], 'ice-models', form({ format: 'svg', dpi: 5000, paperOverlay: true }))
    expect(svg.ok && svg.input).toMatchObject({ runIds: ['a', 'b'], format: 'svg', paperOverlay: true })
    expect(svg.ok && 'dpi' in svg.input).toBe(false)
    const category = checkFigure(['a'], 'ice-category', form({ paperOverlay: true }))
    expect(category.ok && category.paperOverlay).toBe(false)
  })

  it('a DPI out of range gets the route’s own message, next to the DPI field', () => {
    expect(checkFigure(['a'], 'rse-sets', form({ dpi: 5000 }))).toEqual({ ok: false, errors: { dpi: 'The DPI must be from 50 to 1200.' } })
    expect(checkFigure(['a'], 'rse-sets', form({ dpi: 49 }))).toEqual({ ok: false, errors: { dpi: 'The DPI must be from 50 to 1200.' } })
    expect(checkFigure(['a'], 'rse-sets', form({ dpi: 150.5 }))).toEqual({ ok: false, errors: { dpi: 'The DPI is a whole number.' } })
  })

  it('empty or unreadable numbers, and style values out of range, are marked on their fields', () => {
    expect(checkFigure(['a'], 'rse-sets', form({ dpi: '', widthIn: 'abc' }))).toEqual({
      ok: false,
      errors: { dpi: 'Enter a number.', widthIn: 'Enter a number.' },
    })
    expect(checkFigure(['a'], 'rse-sets', form({ fontSizePt: 40, aspect: 0.1 }))).toEqual({
      ok: false,
      errors: { fontSizePt: 'The font size must be from 5 to 24 pt.', aspect: 'The height must be from 0.2 to 3 times the width.' },
    })
  })

  it('a PNG too large to make is refused on the DPI field, saying what to lower', () => {
    const check = checkFigure(['a'], 'rse-sets', form({ widthIn: 20, aspect: 3, dpi: 1200 }))
    expect(check).toEqual({ ok: false, errors: { dpi: '24000 × 72000 pixels is too large; lower the DPI or the width.' } })
  })

  it('a list with a run twice is refused as a whole, not on a field', () => {
    expect(checkFigure(['a', 'a'], 'ice-models', form())).toEqual({ ok: false, errors: {}, general: 'Each run can be chosen only once.' })
  })
})

describe('figure choices', () => {
  it('keeps the chosen figure while the runs have it, otherwise their first', () => {
    expect(chosenFigure(form(), ['ice-models', 'ice-category'])).toBe('ice-models')
    expect(chosenFigure(form({ name: 'ice-category' }), ['ice-models', 'ice-category'])).toBe('ice-category')
    expect(chosenFigure(form({ name: 'rse-sets' }), ['ice-models'])).toBe('ice-models')
    expect(chosenFigure(form(), [])).toBeUndefined()
  })

  it('labels a figure with its name and the catalogue’s description', () => {
    expect(figureOptionLabel('ice-models')).toBe("ICE loose, strict and hard per model, the paper's figure (one or more ICE runs)")
    expect(figureOptionLabel('rse-sets')).not.toMatch(/rse-sets/)
  })

  it('says the PNG size in pixels, and a vector file’s in inches', () => {
    expect(figureSizeText('png', DEFAULT_PAPER_STYLE, 300)).toBe('1950 × 975 px at 300 DPI')
    expect(figureSizeText('png', paperStyle({ widthIn: 3.3, aspect: 0.6 }), 600)).toBe('1980 × 1188 px at 600 DPI')
    expect(figureSizeText('pdf', paperStyle({ widthIn: 3.3, aspect: 0.6 }), undefined)).toBe('3.3 × 1.98 in, vector (PDF)')
  })
})
