import { describe, expect, it } from 'vitest'
import type { ErrorBar } from '../../../../src/shared/figures/plugins/types'
import { buildFigure, FigureError, figuresFor, paperStyle, scatterPointsFrom, type FigureConfig } from '../../../../src/shared/figures'
import { FONT_STACKS } from '../../../../src/shared/export-options/figure-style'
import { ICE_MEASURE_COLOURS, viridis } from '../../../../src/shared/figures/palette'
import { iceFixture, rseFixture, RSE_SETS } from '../../../support/figure-fixtures'

const style = paperStyle({})
const rse = rseFixture()
const ice = iceFixture()

type AnyDataset = { label?: string; data: unknown[]; errorBars?: (ErrorBar | null)[]; valueLabels?: (string | null)[]; backgroundColor?: unknown }
const datasets = (config: FigureConfig) => config.data.datasets as unknown as AnyDataset[]
const scale = (config: FigureConfig, axis: 'x' | 'y') => (config.options?.scales as Record<string, Record<string, unknown>>)[axis]!

describe('rse-sets: grouped bars per student with intervals', () => {
  const config = buildFigure('rse-sets', { rse: [rse], ice: [] }, { style })

  it('has the students along x, by display name, and one series per set plus Avg', () => {
    expect(config.type).toBe('bar')
    expect(config.data.labels).toEqual(['Model A_B', '50% distilled', 'R&D model'])
    expect(datasets(config).map((dataset) => dataset.label)).toEqual([...RSE_SETS, 'Avg'])
  })

  it('plots each set mean with its bootstrap interval, and a gap where nothing was scored', () => {
    const arena = datasets(config)[0]!
    expect(arena.data).toEqual([3.81, 3.42, 3.6])
    expect(arena.errorBars![0]).toEqual({ y: rse.students[0]!.sets[0]!.ci })
    const numina = datasets(config)[1]!
    expect(numina.data[2]).toBeNull()
    expect(numina.errorBars![2]).toBeNull()
    const avg = datasets(config)[3]!
    expect(avg.data[0]).toBeCloseTo((3.81 + 4.12 + 4.05) / 3, 10)
    expect(avg.errorBars![0]).toEqual({ y: rse.students[0]!.avgCi })
  })

  it('uses the judge scale for y and the chosen font everywhere', () => {
    expect(scale(config, 'y')).toMatchObject({ min: 1, max: 5 })
    expect(JSON.stringify(config.options)).not.toContain('Helvetica')
    const sans = buildFigure('rse-sets', { rse: [rse], ice: [] }, { style: paperStyle({ font: 'sans', fontSizePt: 10 }) })
    expect(sans.options?.plugins?.legend?.labels?.font).toMatchObject({ family: FONT_STACKS.sans, size: 10 })
    expect((scale(sans, 'x').ticks as { font: unknown }).font).toMatchObject({ family: FONT_STACKS.sans, size: 9 })
  })

  it("with the overlay, appends the paper's eleven models, lighter and labelled, values only for matching sets", () => {
    const overlaid = buildFigure('rse-sets', { rse: [rse], ice: [] }, { style, paperOverlay: true })
    const labels = overlaid.data.labels as string[]
    expect(labels).toHaveLength(3 + 11)
    expect(labels[3]).toBe('Llama3.1-70B-Instruct (paper)')
    const arena = datasets(overlaid)[0]!
    expect(arena.data[3]).toBe(3.435)
    expect(arena.errorBars![3]).toBeNull()
    expect((arena.backgroundColor as string[])[3]).toMatch(/^rgba\(.*0\.35\)$/)
    expect(datasets(overlaid)[3]!.data[13]).toBe(4.24)
    expect(overlaid.options?.plugins?.subtitle?.text).toMatch(/published values \(Lee et al\., 2025\)/)
  })
})

describe('rse-heatmap', () => {
  it('has one cell per student and column, coloured by viridis over the range asked for, printed to two decimals', () => {
    const config = buildFigure('rse-heatmap', { rse: [rse], ice: [] }, { style, colourRange: 'data' })
    const [dataset] = datasets(config)
    expect(dataset!.data).toHaveLength(3 * 4)
    expect(dataset!.data[0]).toEqual({ x: 'arena-hard', y: 'Model A_B', v: 3.81 })
    const values = (dataset!.data as { v?: number }[]).flatMap((cell) => (cell.v === undefined ? [] : [cell.v]))
    const lowest = (dataset!.data as { v?: number }[]).findIndex((cell) => cell.v === Math.min(...values))
    expect((dataset!.backgroundColor as string[])[lowest]).toBe(viridis(0))
    expect(dataset!.valueLabels![0]).toBe('3.81')
    // The student with no numina score: an empty cell, no text.
    expect(dataset!.valueLabels![9]).toBeNull()
    expect(config.options?.plugins?.subtitle?.text).toMatch(/data range 3\.42-4\.12/)
  })

  it("with the overlay, adds the paper's rows", () => {
    const config = buildFigure('rse-heatmap', { rse: [rse], ice: [] }, { style, paperOverlay: true })
    expect(datasets(config)[0]!.data).toHaveLength((3 + 11) * 4)
    expect((scale(config, 'y').labels as string[]).at(-1)).toBe('GPT4o-0513 (paper)')
  })
})

describe('ICE figures', () => {
  it('ice-models: loose, strict and hard per model with Wilson intervals, in fixed colours', () => {
    const other = iceFixture('R&D-model', 'other', [120, 40, 5])
    const config = buildFigure('ice-models', { rse: [], ice: [ice, other] }, { style })
    expect(config.data.labels).toEqual(['Model A_B', 'R&D model'])
    const [loose, strict, hard] = datasets(config)
    expect([loose!.label, strict!.label, hard!.label]).toEqual(['Loose', 'Strict', 'Hard'])
    expect(strict!.data).toEqual([0.221, 0.04])
    expect(strict!.errorBars![0]).toEqual({ y: { low: ice.scores.strict.low, high: ice.scores.strict.high } })
    expect(hard!.backgroundColor).toEqual([ICE_MEASURE_COLOURS.hard, ICE_MEASURE_COLOURS.hard])
    // The whole 0-1 scale; zoomed, the axis reaches past the highest interval, in steps of 0.1.
    expect(scale(config, 'y')).toMatchObject({ min: 0, max: 1 })
    expect(scale(buildFigure('ice-models', { rse: [], ice: [ice, other] }, { style, zoom: true }), 'y')).toMatchObject({ min: 0, max: 0.4 })
  })

  it("ice-models with the overlay adds the paper's eight models without intervals", () => {
    const config = buildFigure('ice-models', { rse: [], ice: [ice] }, { style, paperOverlay: true })
    expect(config.data.labels).toHaveLength(9)
    expect(config.data.labels![8]).toBe('GLM-4-Plus (paper)')
    expect(datasets(config)[0]!.data[8]).toBe(0.42)
    expect(datasets(config)[0]!.errorBars![8]).toBeNull()
  })

  it('the same model measured twice is told apart by its alias', () => {
    const config = buildFigure('ice-models', { rse: [], ice: [ice, iceFixture('a_b', 'again')] }, { style })
    expect(config.data.labels).toEqual(['Model A_B (target)', 'Model A_B (again)'])
  })

  it("ice-category keeps METHOD.md's order and shows each group's rows; ice-language names the languages", () => {
    const category = buildFigure('ice-category', { rse: [], ice: [ice] }, { style })
    expect(category.data.labels).toEqual(['team (n=200)', 'cooperation (n=200)', 'industry (n=200)', 'technology (n=200)', 'geography (n=200)'])
    const language = buildFigure('ice-language', { rse: [], ice: [ice] }, { style })
    expect(language.data.labels).toEqual(['English (n=500)', 'Chinese (n=500)'])
  })
})

describe('rse-ice-scatter', () => {
  const sources = { rse: [rse], ice: [ice, iceFixture('R&D-model', 'other', [120, 40, 5])] }

  it('pairs RSE students with ICE targets of the same model, with both intervals', () => {
    const points = scatterPointsFrom(sources)
    expect(points.map((point) => point.model)).toEqual(['Model A_B', 'R&D model'])
    expect(points[0]).toMatchObject({ rseAvg: rse.students[0]!.avg, rseCi: rse.students[0]!.avgCi, iceStrict: 0.221 })
    const config = buildFigure('rse-ice-scatter', sources, { style })
    const [measured] = datasets(config)
    expect(measured!.valueLabels).toEqual(['Model A_B', 'R&D model'])
    expect(measured!.errorBars![0]).toEqual({ x: rse.students[0]!.avgCi, y: { low: ice.scores.strict.low, high: ice.scores.strict.high } })
  })

  it("with the overlay adds the paper's eight points, labelled", () => {
    const config = buildFigure('rse-ice-scatter', sources, { style, paperOverlay: true })
    expect(datasets(config)).toHaveLength(2)
    expect(datasets(config)[1]!.valueLabels).toContain('GLM-4-Plus (paper)')
  })
})

describe('which figures runs have', () => {
  it('lists figures by the kinds of runs given', () => {
    expect(figuresFor({ rse: [rse], ice: [] })).toEqual(['rse-sets', 'rse-heatmap'])
    expect(figuresFor({ rse: [], ice: [ice] })).toEqual(['ice-models', 'ice-category', 'ice-language'])
    expect(figuresFor({ rse: [], ice: [ice, ice] })).toEqual(['ice-models'])
    expect(figuresFor({ rse: [rse], ice: [ice] })).toEqual(['rse-sets', 'rse-heatmap', 'ice-models', 'ice-category', 'ice-language', 'rse-ice-scatter'])
    expect(figuresFor({ rse: [rse], ice: [iceFixture('unrelated-model')] })).not.toContain('rse-ice-scatter')
  })

  it('refuses a figure the runs cannot give, naming the ones they can', () => {
    expect(() => buildFigure('ice-models', { rse: [rse], ice: [] }, { style })).toThrow(FigureError)
    expect(() => buildFigure('ice-models', { rse: [rse], ice: [] }, { style })).toThrow(/needs at least one ICE run\. These runs have: rse-sets, rse-heatmap\./)
    expect(() => buildFigure('ice-category', { rse: [], ice: [ice] }, { style, paperOverlay: true })).toThrow(/publishes no values for ice-category/)
  })
})

describe('overlay notes', () => {
  it("say which of the run's sets the paper has no values for", () => {
    const own = {
      ...rse,
      sets: ['arena-hard', 'maths'],
      students: rse.students.map((student) => ({
        ...student,
        sets: student.sets.slice(0, 2).map((set, index) => ({ ...set, name: ['arena-hard', 'maths'][index]! })),
      })),
    }
    const bars = buildFigure('rse-sets', { rse: [own], ice: [] }, { style, paperOverlay: true })
    expect(bars.options?.plugins?.subtitle?.text).toMatch(/the paper has no values for maths$/)
    const cells = buildFigure('rse-heatmap', { rse: [own], ice: [] }, { style, paperOverlay: true })
    expect(cells.options?.plugins?.subtitle?.text).toMatch(/the paper has no values for maths$/)
    expect(buildFigure('rse-sets', { rse: [rse], ice: [] }, { style, paperOverlay: true }).options?.plugins?.subtitle?.text).not.toMatch(/no values/)
  })
})

describe('figures of simulated runs (issue 18 item 2)', () => {
  const style = paperStyle({ title: false })
  it('carry a visible note with room reserved below the plot, title or not; real runs do not', () => {
    const simulated = { rse: [{ ...rseFixture(), simulatedModels: ['sim-judge'] }], ice: [] }
    const marked = buildFigure('rse-sets', simulated, { style, paperOverlay: false })
    const plain = buildFigure('rse-sets', { rse: [rseFixture()], ice: [] }, { style, paperOverlay: false })
    expect(marked.options?.plugins?.dsSimulatedNote?.text).toMatch(/^Simulated data: the Offline demo/)
    expect(plain.options?.plugins?.dsSimulatedNote).toBeUndefined()
    const bottom = (config: FigureConfig) => {
      const padding = config.options?.layout?.padding
      return typeof padding === 'number' ? padding : (padding as { bottom: number }).bottom
    }
    expect(bottom(marked)).toBeGreaterThan(bottom(plain) + style.fontSizePt)
    // One simulated run among several marks a multi-run figure too.
    const mixed = { rse: [], ice: [iceFixture('real', 'a'), { ...iceFixture('demo', 'b'), simulatedModels: ['sim-target-leaky'] }] }
    expect(buildFigure('ice-models', mixed, { style, paperOverlay: false }).options?.plugins?.dsSimulatedNote?.text).toBeDefined()
  })
})
