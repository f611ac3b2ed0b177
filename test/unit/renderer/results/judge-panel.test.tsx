import { MantineProvider } from '@mantine/core'
import type { ReactNode } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { JudgeLines } from '../../../../src/renderer/src/features/results/JudgeLines'
import { JudgesTable } from '../../../../src/renderer/src/features/results/JudgesTable'
import { PanelJudgments } from '../../../../src/renderer/src/features/results/PanelJudgments'
import { formatItemScore } from '../../../../src/renderer/src/features/results/results-table'
import type { RseResults, RseStudentResult } from '../../../../src/shared/contract/index'
import type { RunModelInfo } from '../../../../src/renderer/src/lib/runs/spec-models'

const render = (node: ReactNode) => renderToStaticMarkup(<MantineProvider>{node}</MantineProvider>)
const NAMES: Record<string, string> = { j1: 'GPT-4o judge', j2: 'Claude judge', s1: 'Student one' }
const modelInfo = (alias: string): RunModelInfo => ({ alias, name: NAMES[alias] ?? alias, simulated: false, missing: false })
const student = (avg: number): RseStudentResult => ({ alias: 's1', model: 'm1', sets: [], avg, avgCi: { low: avg - 0.1, high: avg + 0.1 } })
const panel = {
  judge: { alias: 'j1', model: 'gpt-4o' },
  judges: [
    { alias: 'j1', model: 'gpt-4o' },
    { alias: 'j2', model: 'claude' },
  ],
  students: [student(3.5)],
  perJudge: [
    { judge: 'j1', students: [student(4)] },
    { judge: 'j2', students: [student(3)] },
  ],
} as unknown as RseResults

describe('the results page of a judge panel (issue 13)', () => {
  it('names every judge of the panel in the header, and the one judge otherwise', () => {
    const html = render(<JudgeLines results={panel} modelInfo={modelInfo} />)
    expect(html).toContain('Judge 1 of 2')
    expect(html).toContain('GPT-4o judge')
    expect(html).toContain('Judge 2 of 2')
    expect(html).toContain('Claude judge')
    const single = render(<JudgeLines results={{ judge: panel.judge }} modelInfo={modelInfo} />)
    expect(single).toContain('Judge:')
    expect(single).not.toContain('of 2')
  })

  it("shows each judge's Avg beside the panel's, with intervals", () => {
    const html = render(<JudgesTable results={panel} modelInfo={modelInfo} />)
    expect(html).toContain('Claude judge')
    const cells = [...html.matchAll(/<td[^>]*>([^<]*)/g)].map((match) => match[1])
    expect(cells).toEqual(['3.500', '4.000', '3.000'])
    expect(html).toContain('3.40–3.60')
  })

  it("shows each judge's scores, failure and reply of an item", () => {
    const html = render(
      <PanelJudgments
        judges={[
          { judge: 'j1', overall: 4, style: 2, reasked: false, rawReply: 'Overall: 4' },
          { judge: 'j2', reasked: true, rawReply: 'no idea', failedReason: "The judge's reply could not be read: no score" },
        ]}
        modelInfo={modelInfo}
      />,
    )
    expect(html).toContain('GPT-4o judge')
    expect(html).toContain('Re-asked')
    expect(html).toContain('could not be read: no score')
    expect(html).toContain('Claude judge’s reply')
  })

  it("prints a judge's whole score as it is and a panel's mean to two decimals", () => {
    expect(formatItemScore(4)).toBe('4')
    expect(formatItemScore(10 / 3)).toBe('3.33')
    expect(formatItemScore(undefined)).toBe('—')
  })
})
