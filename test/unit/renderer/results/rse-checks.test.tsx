import { MantineProvider } from '@mantine/core'
import type { ReactNode } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { RseChecksSections } from '../../../../src/renderer/src/features/results/rse-checks/RseChecksSections'
import { formatShift } from '../../../../src/renderer/src/features/results/rse-checks/PositionCheckSection'
import { ResultsTable } from '../../../../src/renderer/src/features/results/ResultsTable'
import { DEFAULT_SORT, nextSort, sortStudents } from '../../../../src/renderer/src/features/results/results-table'
import type { RseResults } from '../../../../src/shared/contract/index'
import type { RunModelInfo } from '../../../../src/renderer/src/lib/runs/spec-models'
import { rseFixture, withRseChecks } from '../../../support/figure-fixtures'

/** Issue 16: the results page's ceiling and floor, answers per student and position check. */
const render = (node: ReactNode) => renderToStaticMarkup(<MantineProvider>{node}</MantineProvider>)
const modelInfo = (alias: string): RunModelInfo => ({ alias, name: `Name of ${alias}`, simulated: false, missing: false })
const plain = rseFixture()
const checked = withRseChecks(plain)
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')

describe('the results page of a run with issue 16’s checks', () => {
  it('shows none of the sections for a run without them', () => {
    expect(renderToStaticMarkup(<RseChecksSections results={plain} modelInfo={modelInfo} />)).toBe('')
    const table = text(
      render(<ResultsTable results={plain} modelInfo={modelInfo} sort={DEFAULT_SORT} onSort={() => {}} selected={undefined} onSelect={() => {}} />),
    )
    expect(table).not.toContain('Normalised Avg')
  })

  it('shows the ceiling and floor per set and Avg with intervals and n, the greedy-reference notice and the identical samples', () => {
    const html = text(render(<RseChecksSections results={checked} modelInfo={modelInfo} />))
    expect(html).toContain('Ceiling and floor')
    expect(html).toContain('arena-hard 4.620 (4.52–4.70) 1.350 (1.25–1.43) 48 / 48')
    expect(html).toMatch(/Avg 4\.657 \(4\.60–4\.71\) 1\.350 \(1\.29–1\.40\)/)
    expect(html).toContain('The reference answered at temperature 0: its second sample is usually its first again')
    expect(html).toContain('101 of 144 second samples were identical to the first.')
    const sampled = { ...checked, calibration: { ...checked.calibration!, referenceGreedy: false } }
    expect(text(render(<RseChecksSections results={sampled} modelInfo={modelInfo} />))).not.toContain('temperature 0')
  })

  it('shows each student’s normalised scores per set, and a dash where a set has none', () => {
    const html = text(render(<RseChecksSections results={checked} modelInfo={modelInfo} />))
    const first = checked.students[0]!.normalised!
    expect(html).toContain(`Name of a ${first.sets[0]!.value!.toFixed(3)}`)
    // Student c has no numina score, so no normalised numina score either.
    expect(html).toMatch(/Name of c \S+ \(\S+\) — /)
  })

  it('says how many answers each student gave, with each one’s within-prompt SD', () => {
    const html = text(render(<RseChecksSections results={checked} modelInfo={modelInfo} />))
    expect(html).toContain('3 answers per student and prompt; an item’s score is their mean.')
    expect(html).toContain('Name of b 0.42')
    const single = text(render(<RseChecksSections results={{ ...checked, studentSamples: 1 }} modelInfo={modelInfo} />))
    expect(single).not.toContain('answers per student and prompt')
  })

  it('shows each judge’s items, shift with its interval, and flags one that favours a position', () => {
    const html = render(<RseChecksSections results={checked} modelInfo={modelInfo} />)
    expect(text(html)).toContain('Name of judge 40 +0.210 (0.08–0.34) favours one position')
    const calm: RseResults = {
      ...checked,
      positionCheck: { judges: [{ judge: 'judge', items: 12, meanShift: -0.01, ci: { low: -0.1, high: 0.08 }, flagged: false }] },
    }
    expect(html).toContain('data-flagged="true"')
    expect(html).toContain('mantine-Badge')
    const calmHtml = render(<RseChecksSections results={calm} modelInfo={modelInfo} />)
    expect(text(calmHtml)).toContain('Name of judge 12 -0.010 (-0.10–0.08) no clear shift')
    expect(calmHtml).toContain('data-flagged="false"')
    expect(calmHtml).not.toContain('mantine-Badge')
    expect(formatShift(undefined)).toBe('—')
  })
})

describe('the Normalised Avg column', () => {
  it('stands beside the raw Avg with its interval when the run has a ceiling and a floor', () => {
    const html = render(<ResultsTable results={checked} modelInfo={modelInfo} sort={DEFAULT_SORT} onSort={() => {}} selected={undefined} onSelect={() => {}} />)
    expect(text(html)).toMatch(/Avg .*Normalised Avg/)
    const a = checked.students[0]!.normalised!
    expect(text(html)).toContain(`${a.avg!.toFixed(3)} ${a.avgCi!.low.toFixed(2)}–${a.avgCi!.high.toFixed(2)}`)
    expect(text(html)).toContain('floor (0) and ceiling (1)')
  })

  it('sorts by the normalised Avg, best first on the first click', () => {
    const sort = nextSort(DEFAULT_SORT, { kind: 'normalised' })
    expect(sort).toEqual({ column: { kind: 'normalised' }, direction: 'descending' })
    const expected = [...checked.students].sort((x, y) => y.normalised!.avg! - x.normalised!.avg!).map((student) => student.alias)
    expect(sortStudents(checked.students, sort).map((student) => student.alias)).toEqual(expected)
  })
})
