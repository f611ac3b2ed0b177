import { describe, expect, it } from 'vitest'
import { OKABE_ITO, seriesColour, textOn, viridis, withAlpha } from '../../../../src/shared/figures/palette'
import { DEFAULT_PAPER_STYLE, FONT_STACKS, figureSizePt, paperStyle } from '../../../../src/shared/export-options/figure-style'

describe('paper style', () => {
  it('defaults to a 6.5 in wide serif figure at 8 pt, half as high as wide', () => {
    expect(DEFAULT_PAPER_STYLE).toEqual({ font: 'serif', fontSizePt: 8, widthIn: 6.5, aspect: 0.5, title: true })
    expect(figureSizePt(DEFAULT_PAPER_STYLE)).toEqual({ width: 468, height: 234 })
  })

  it('lays out in whole points, since Chart.js floors its canvas size', () => {
    expect(figureSizePt(paperStyle({ widthIn: 3.3, aspect: 0.75 }))).toEqual({ width: 237, height: 178 })
  })

  it('rejects sizes and fonts that make no sense, naming the field', () => {
    expect(() => paperStyle({ fontSizePt: 100 })).toThrow(/fontSizePt/)
    expect(() => paperStyle({ widthIn: 0 })).toThrow(/widthIn/)
    expect(() => paperStyle({ font: 'comic' as 'serif' })).toThrow(/font/)
    expect(() => paperStyle({ colour: 'red' } as never)).toThrow(/colour/)
  })

  it('serif and sans stacks start with metric-compatible free fonts and end with a generic family', () => {
    expect(FONT_STACKS.serif).toMatch(/^'Liberation Serif'.*serif$/)
    expect(FONT_STACKS.sans).toMatch(/^'Liberation Sans'.*sans-serif$/)
  })
})

describe('colour-blind-safe palettes', () => {
  it('series colours are Okabe-Ito, distinct for the first seven series, and cycle after', () => {
    const first = Array.from({ length: 7 }, (_, index) => seriesColour(index))
    expect(new Set(first).size).toBe(7)
    for (const colour of first) expect(OKABE_ITO).toContain(colour)
    expect(seriesColour(7)).toBe(seriesColour(0))
    expect(seriesColour(-1)).toBe(seriesColour(6))
  })

  it('viridis runs from dark purple to yellow, clamped, and text on it stays readable', () => {
    expect(viridis(0)).toBe('#440154')
    expect(viridis(1)).toBe('#fde725')
    expect(viridis(-3)).toBe('#440154')
    expect(viridis(Number.NaN)).toBe('#440154')
    expect(textOn(viridis(0))).toBe('#ffffff')
    expect(textOn(viridis(1))).toBe('#000000')
  })

  it('withAlpha keeps the colour and clamps the opacity; a malformed colour is an error', () => {
    expect(withAlpha('#0072B2', 0.35)).toBe('rgba(0, 114, 178, 0.35)')
    expect(withAlpha('#000000', 2)).toBe('rgba(0, 0, 0, 1)')
    expect(() => withAlpha('blue', 0.5)).toThrow(/#rrggbb/)
  })
})
