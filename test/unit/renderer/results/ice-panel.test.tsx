import { MantineProvider } from '@mantine/core'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { ContentWarningProvider } from '../../../../src/renderer/src/features/results/ice/ContentWarning'
import { IceRowBody } from '../../../../src/renderer/src/features/results/ice/IceRowDialog'
import { IceScoresSection } from '../../../../src/renderer/src/features/results/ice/IceScoresSection'
import type { IceAttackRowView, IceResults } from '../../../../src/shared/contract/index'
import { iceFixture, wilson } from '../../../support/figure-fixtures'

const info = (alias: string, name: string) => ({ alias, name, model: name, simulated: false, missing: false })

function panelRun(): IceResults {
  const run = iceFixture()
  return {
    ...run,
    judges: [
      { alias: 'j1', model: 'gpt-4o-mini' },
      { alias: 'j2', model: 'claude-haiku' },
    ],
    scores: { ...run.scores, loose: wilson(200, 700), looseSplits: 300, strictSplits: 7 },
    perJudge: [
      { judge: 'j1', loose: wilson(400, 1000), strict: wilson(120, 900), looseUnjudged: 0, strictUnjudged: 0 },
      { judge: 'j2', loose: wilson(300, 1000), strict: wilson(90, 950), looseUnjudged: 0, strictUnjudged: 0 },
    ],
  }
}

const section = (data: IceResults, judges: ReturnType<typeof info>[]) =>
  renderToStaticMarkup(
    <MantineProvider>
      <IceScoresSection data={data} target={info('target', 'a_b')} judge={judges[0]!} judges={judges} simulated={false} strictRan />
    </MantineProvider>,
  )

describe('the ICE results page with a judge panel (issue 13)', () => {
  it('names every judge, shows the splits beside the rates and each judge’s own rates', () => {
    const html = section(panelRun(), [info('j1', 'gpt-4o-mini'), info('j2', 'claude-haiku')])
    expect(html).toContain('A panel of 2 judges')
    expect(html).toContain('Judge j1')
    expect(html).toContain('Judge j2')
    expect(html).toContain('Judges split')
    expect(html).toContain('data-splits="300"')
    expect(html).toContain('data-splits="7"')
    expect(html).toContain('The judges split evenly on 300 answers')
    expect(html).toContain('data-judge="j1"')
    expect(html).toContain('data-judge="panel"')
    expect(html).toContain('0.400')
  })

  it('shows one judge as before: no panel, no splits column, no per-judge table', () => {
    const html = section(iceFixture(), [info('judge', 'gpt-4o-mini')])
    expect(html).not.toContain('A panel of')
    expect(html).not.toContain('Judges split')
    expect(html).not.toContain('data-judge=')
  })

  it('shows each judge’s verdict in the answer’s dialog', () => {
    const said = (verdict: 0 | 1) => ({ verdict, via: 'tag' as const, reply: `<verdict>${verdict}</verdict>` })
    const row: IceAttackRowView = {
      iteration: 1,
      mutantId: 3,
      parentId: 0,
      mutator: 'rephrase',
      level: 1,
      questionIndex: 0,
      questionId: 'q1',
      question: 'Who made you?',
      template: 't',
      prompt: 'p',
      questionAppended: false,
      answer: 'OpenAI made me.',
      loose: { verdict: null, via: 'panel', split: true, form: '1 to 1, a split' },
      judges: [
        { judge: 'j1', loose: said(1) },
        { judge: 'j2', loose: said(0) },
      ],
      hard: false,
    }
    const html = renderToStaticMarkup(
      <MantineProvider>
        <ContentWarningProvider>
          <IceRowBody row={row} />
        </ContentWarningProvider>
      </MantineProvider>,
    )
    expect(html).toContain('Judges split')
    expect(html).toContain('Loose verdict of the panel')
    expect(html).toContain('Judge j1, loose')
    expect(html).toContain('Judge j2, loose')
    expect(html).toContain('split evenly (1 to 1, a split)')
    expect(html).toContain('the strict judge only reads the panel’s loose positives')
    expect(html).not.toContain('Judge j1, strict')
  })
})
