import { describe, expect, it } from 'vitest'
import { buildFigure, FigureError, figuresFor, FIGURES, paperStyle, type FigureConfig } from '../../../../src/shared/figures'
import { normalisedAxisRange, NORMALISED_AXIS_TITLE } from '../../../../src/shared/figures/definitions/rse-normalised'
import type { ErrorBar } from '../../../../src/shared/figures/plugins/types'
import { rseFixture, RSE_SETS, withRseChecks } from '../../../support/figure-fixtures'

/** Issue 16 item 1: normalised RSE as a figure, offered only for a run that measured its ceiling and floor. */
const style = paperStyle({})
const plain = rseFixture()
const checked = withRseChecks(plain)
type Dataset = { label?: string; data: (number | null)[]; errorBars?: (ErrorBar | null)[] }
const datasets = (config: FigureConfig) => config.data.datasets as unknown as Dataset[]
const yScale = (config: FigureConfig) => (config.options?.scales as Record<string, Record<string, unknown>>).y!

describe('rse-normalised figure', () => {
  it('is offered only for one run with calibration', () => {
    expect(figuresFor({ rse: [checked], ice: [] })).toContain('rse-normalised')
    expect(figuresFor({ rse: [plain], ice: [] })).not.toContain('rse-normalised')
    expect(() => buildFigure('rse-normalised', { rse: [plain], ice: [] }, { style })).toThrow(FigureError)
    expect(() => buildFigure('rse-normalised', { rse: [plain], ice: [] }, { style })).toThrow(/calibration in its spec/)
    expect(FIGURES['rse-normalised'].description).toContain('Normalised RSE (0 = floor, 1 = ceiling)')
    expect(() => buildFigure('rse-normalised', { rse: [checked], ice: [] }, { style, paperOverlay: true })).toThrow(/publishes no values/)
  })

  it('plots each student’s normalised set scores and Avg with their intervals, a gap where there is none', () => {
    const config = buildFigure('rse-normalised', { rse: [checked], ice: [] }, { style })
    expect(config.data.labels).toEqual(['Model A_B', '50% distilled', 'R&D model'])
    expect(datasets(config).map((dataset) => dataset.label)).toEqual([...RSE_SETS, 'Avg'])
    const arena = datasets(config)[0]!
    expect(arena.data[0]).toBeCloseTo((3.81 - 1.35) / (4.62 - 1.35), 10)
    expect(arena.errorBars![0]).toEqual({ y: checked.students[0]!.normalised!.sets[0]!.ci })
    expect(datasets(config)[1]!.data[2]).toBeNull()
    expect(datasets(config)[1]!.errorBars![2]).toBeNull()
    const avg = datasets(config)[3]!
    expect(avg.data[1]).toBe(checked.students[1]!.normalised!.avg)
    expect(avg.errorBars![1]).toEqual({ y: checked.students[1]!.normalised!.avgCi })
  })

  it('says on its axis what 0 and 1 are, and keeps the whole span between them', () => {
    const config = buildFigure('rse-normalised', { rse: [checked], ice: [] }, { style })
    expect(yScale(config)).toMatchObject({ min: 0, max: 1, title: { text: NORMALISED_AXIS_TITLE } })
  })

  it('widens the axis in quarter steps for a score below the floor or above the ceiling', () => {
    expect(normalisedAxisRange([0.2, 0.9, null])).toEqual({ min: 0, max: 1 })
    expect(normalisedAxisRange([-0.1, 1.3])).toEqual({ min: -0.25, max: 1.5 })
    expect(normalisedAxisRange([])).toEqual({ min: 0, max: 1 })
  })
})
