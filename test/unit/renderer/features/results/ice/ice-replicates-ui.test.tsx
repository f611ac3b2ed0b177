import { MantineProvider } from '@mantine/core'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import type { IceAttackRowView, IceReplicateScores, IceTemplateNode } from '../../../../../../src/shared/contract/index'
import type { ApiClient } from '../../../../../../src/renderer/src/lib/api'
import { ApiContext } from '../../../../../../src/renderer/src/lib/useApi'
import { ContentWarningProvider } from '../../../../../../src/renderer/src/features/results/ice/ContentWarning'
import { IceLineageSection } from '../../../../../../src/renderer/src/features/results/ice/IceLineageSection'
import { IceReplicatesTable } from '../../../../../../src/renderer/src/features/results/ice/IceReplicatesTable'
import { IceRowBody } from '../../../../../../src/renderer/src/features/results/ice/IceRowDialog'
import { IceRowsTable } from '../../../../../../src/renderer/src/features/results/ice/IceRowsTable'
import { NO_ROW_FILTERS, RowFilters } from '../../../../../../src/renderer/src/features/results/ice/RowFilters'
import { replicateChoices, replicateLabel } from '../../../../../../src/renderer/src/features/results/ice/replicate-labels'
import { iceFixture, wilson } from '../../../../../support/figure-fixtures'

// The page only reads what it is given here: a request would mean a replicate's tree was fetched unasked.
const api = {
  request: () => {
    throw new Error('no request expected')
  },
} as unknown as ApiClient

const html = (node: ReactNode) =>
  renderToStaticMarkup(
    <MantineProvider>
      <QueryClientProvider client={new QueryClient()}>
        <ApiContext value={api}>
          <ContentWarningProvider>{node}</ContentWarningProvider>
        </ApiContext>
      </QueryClientProvider>
    </MantineProvider>,
  )

const TWO = [
  { replicate: 0, seed: 5 },
  { replicate: 1, seed: 99 },
]

const templates: IceTemplateNode[] = [
  { id: 0, level: 0, seedId: 's0', inPool: true },
  { id: 1, level: 1, parentId: 0, mutator: 'expand', iteration: 1, inPool: true },
]

const row = (replicate?: number): IceAttackRowView => ({
  ...(replicate !== undefined ? { replicate } : {}),
  iteration: 2,
  mutantId: 4,
  parentId: 0,
  mutator: 'expand',
  level: 1,
  questionIndex: 0,
  questionId: 'q1',
  question: 'Who made you?',
  template: 't',
  prompt: 'p',
  questionAppended: false,
  answer: 'OpenAI made me.',
  loose: { verdict: 1, via: 'tag' },
  hard: false,
})

describe('replicate choices (issue 16)', () => {
  it('are offered only for runs of two or more replicates, named 1-based with their seed', () => {
    expect(replicateChoices({})).toEqual([])
    expect(replicateChoices({ replicates: [{ replicate: 0, seed: 5 } as IceReplicateScores] })).toEqual([])
    expect(replicateChoices({ replicates: TWO as IceReplicateScores[] })).toEqual(TWO)
    expect(replicateLabel({ replicate: 1, seed: 99 })).toBe('Replicate 2 (seed 99)')
  })
})

describe('the answers’ replicate filter and column (issue 16)', () => {
  it('offers every replicate with its seed, and lists the chosen replicate’s templates', () => {
    const page = html(<RowFilters value={{ ...NO_ROW_FILTERS, replicate: '1' }} templates={templates} replicates={TWO} onChange={() => {}} />)
    expect(page).toContain('Replicate</label>')
    expect(page).toContain('Every replicate')
    expect(page).toContain('Replicate 1 (seed 5)')
    expect(page).toContain('Replicate 2 (seed 99)')
    expect(page).toContain('of Replicate 2')
  })

  it('shows no replicate filter for a run of one', () => {
    const page = html(<RowFilters value={NO_ROW_FILTERS} templates={templates} onChange={() => {}} />)
    expect(page).not.toContain('Replicate')
    expect(page).toContain('Every template')
  })

  it('gives each row its replicate, 1-based, only when the run has several', () => {
    const rows = [row(), row(1)]
    const several = html(<IceRowsTable rows={rows} showReplicate labelledBy="h" stale={false} onOpen={() => {}} />)
    expect(several).toContain('>Replicate</th>')
    expect(several).toContain('data-replicate="0"')
    expect(several).toContain('data-replicate="1"')
    expect(several).toContain('View the answer to replicate 2, template 4, question q1')
    const one = html(<IceRowsTable rows={[row()]} showReplicate={false} labelledBy="h" stale={false} onOpen={() => {}} />)
    expect(one).not.toContain('Replicate')
    expect(one).not.toContain('data-replicate')
    expect(one).toContain('View the answer to template 4, question q1')
  })

  it('names the row’s replicate and seed in its dialog, and nothing of the kind for a run of one', () => {
    expect(html(<IceRowBody row={row(1)} replicate={{ choice: { replicate: 1, seed: 99 }, of: 2 }} />)).toContain(
      'Asked by replicate 2 of 2, the fuzzing loop seeded 99.',
    )
    expect(html(<IceRowBody row={row()} />)).not.toContain('Asked by replicate')
  })
})

describe('the lineage’s replicate choice (issue 16)', () => {
  it('offers each replicate above replicate 0’s tree, read from the results without a request', () => {
    const page = html(<IceLineageSection runId="r1" status="completed" templates={templates} replicates={TWO} onShowAnswers={() => {}} />)
    expect(page).toContain('Tree of')
    expect(page).toContain('Replicate 2 (seed 99)')
    expect(page).toContain('data-replicate="0"')
    expect(page).toContain('Template lineage')
  })

  it('shows a run of one replicate’s tree as before, with no choice', () => {
    const page = html(<IceLineageSection runId="r1" status="completed" templates={templates} replicates={[]} onShowAnswers={() => {}} />)
    expect(page).not.toContain('Tree of')
    expect(page).not.toContain('Replicate')
    expect(page).toContain('Template lineage')
  })
})

describe('the replicates table’s stop reasons (issue 16)', () => {
  const replicated = () => ({
    ...iceFixture(),
    replicates: [
      { replicate: 0, seed: 7, n: 1000, loose: wilson(400, 1000), strict: wilson(100, 1000), hard: wilson(50, 1000) },
      { replicate: 1, seed: 99, n: 1000, loose: wilson(300, 1000), strict: wilson(90, 1000), hard: wilson(40, 1000) },
    ],
    spread: { loose: 0.07, strict: 0.007, hard: null },
  })

  it('says beside each replicate’s scores after how many iterations it stopped and why, or that it has not yet', () => {
    const data = {
      ...replicated(),
      fuzz: {
        iterations: 20,
        stopReason: 'max_query',
        replicates: [
          { replicate: 0, iterations: 20, stopReason: 'max_query' },
          { replicate: 1, iterations: 6 },
        ],
      },
    }
    const page = html(<IceReplicatesTable data={data} strictRan />)
    expect(page).toContain('>Stopped</th>')
    expect(page).toMatch(/data-replicate="0".*After 20 iterations: its query budget was spent.*data-replicate="1"/)
    expect(page).toMatch(/data-replicate="1".*Not yet \(6 iterations so far\).*data-replicate="mean"/)
  })

  it('shows a dash for results stored before each replicate kept its own stop', () => {
    const page = html(<IceReplicatesTable data={replicated()} strictRan />)
    expect(page).not.toContain('After ')
    expect(page).toMatch(/data-replicate="1".*mantine-Table-td">—<\/td><\/tr>.*data-replicate="mean"/)
  })
})
