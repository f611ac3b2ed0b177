import { describe, expect, it } from 'vitest'
import { buildFigure, iceModelsFrom, paperStyle } from '../../../../src/shared/figures'
import { displayName, sentenceCase } from '../../../../src/shared/figures/display-names'
import { iceFixture, rseFixture } from '../../../support/figure-fixtures'

describe('displayName', () => {
  it("is the results' display name for the alias, else the alias itself, never the model id", () => {
    expect(displayName({ displayNames: { a: 'Llama 3.1 70B' } }, 'a')).toBe('Llama 3.1 70B')
    expect(displayName({ displayNames: { a: '  ' } }, 'a')).toBe('a')
    expect(displayName({ displayNames: { b: 'Other' } }, 'a')).toBe('a')
    expect(displayName({}, 'a')).toBe('a')
  })

  it('labels figures of results without display names (older runs) by alias', () => {
    const { displayNames: _dropped, ...bare } = rseFixture()
    const config = buildFigure('rse-sets', { rse: [bare], ice: [] }, { style: paperStyle({}) })
    expect(config.data.labels).toEqual(['a', 'b', 'c'])
    expect(config.options?.plugins?.title?.text).toBe('RSE by prompt set (reference ref, judge judge)')
  })

  it('ICE groups: display names in figures, model ids in tables', () => {
    const runs = [iceFixture('a_b', 'x'), iceFixture('R&D-model', 'y')]
    expect(iceModelsFrom(runs, undefined, 'display').map((model) => model.label)).toEqual(['Model A_B', 'R&D model'])
    expect(iceModelsFrom(runs).map((model) => model.label)).toEqual(['a_b', 'R&D-model'])
  })
})

describe('sentenceCase', () => {
  it('capitalises the first letter only', () => {
    expect(sentenceCase('loose')).toBe('Loose')
    expect(sentenceCase('published (Lee et al., 2025)')).toBe('Published (Lee et al., 2025)')
    expect(sentenceCase('RSE Avg')).toBe('RSE Avg')
    expect(sentenceCase('')).toBe('')
  })

  it('is how every legend entry and axis title we write starts', () => {
    const style = paperStyle({})
    const sources = { rse: [rseFixture()], ice: [iceFixture('R&D-model', 'rnd')] }
    for (const name of ['ice-models', 'ice-category', 'rse-ice-scatter', 'rse-sets'] as const) {
      const config = buildFigure(name, sources, { style, paperOverlay: name !== 'ice-category' })
      const titles = Object.values(config.options?.scales ?? {}).flatMap((scale) => {
        const title = (scale as { title?: { display?: boolean; text?: string } }).title
        return title?.display ? [title.text!] : []
      })
      const legend = name === 'rse-sets' ? [] : config.data.datasets.map((dataset) => dataset.label!)
      for (const text of [...titles, ...legend]) expect(text, `${name}: ${text}`).toMatch(/^[A-Z]/)
    }
  })
})
