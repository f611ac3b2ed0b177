import { Stack, Text, Title } from '@mantine/core'
import { useId } from 'react'
import { useParams } from 'react-router'
import { SECTIONS } from '../lib/sections'
import { EmptyState } from '../components/EmptyState'
import { ErrorAlert } from '../components/ErrorAlert'
import { LinkButton } from '../components/LinkButton'
import { Page } from '../components/Page'
import { CompareSelectionBar } from '../features/compare/CompareSelectionBar'
import { useRunSelection } from '../features/compare/useRunSelection'
import { ResultsList } from '../features/results/ResultsList'
import { RunResultsByKind } from '../features/results/RunResultsByKind'
import { useRuns, useRunsSync } from '../lib/data/useRuns'
import { isFinished } from '../lib/runs/run-format'

/** `#/results`: the runs that have ended, each opening its table; tick several to compare them. */
export function ResultsPage() {
  useRunsSync()
  const runs = useRuns()
  const headingId = useId()
  const finished = (runs.data ?? []).filter((run) => isFinished(run.status))
  const unfinished = (runs.data ?? []).length - finished.length
  const selection = useRunSelection(finished.map((run) => run.id))

  return (
    <Page title={SECTIONS.results.label}>
      {runs.isError ? (
        <ErrorAlert title="Could not load your runs" error={runs.error} onRetry={() => void runs.refetch()} retrying={runs.isFetching} />
      ) : runs.isPending ? (
        <Text c="dimmed" role="status">
          Loading your results…
        </Text>
      ) : finished.length === 0 ? (
        <EmptyState
          icon={SECTIONS.results.icon}
          title="No results yet"
          text={
            unfinished > 0
              ? 'Your runs have not ended yet. Follow them on the Runs page, where the results so far can be opened too.'
              : 'When a run finishes, its scores and confidence intervals appear here, in the layout of the paper’s table. Start by setting up a run.'
          }
          action={<LinkButton to={SECTIONS.runs.path}>Go to Runs</LinkButton>}
        />
      ) : (
        <Stack component="section" aria-labelledby={headingId} gap="sm">
          <Title order={2} id={headingId}>
            Finished runs
          </Title>
          <Text size="sm" c="dimmed">
            Open a run to see its scores with intervals, every answer behind them, and the paper’s values for comparison: each student’s similarity to the
            reference (RSE), or how often a target contradicted its identity (ICE).
            {unfinished > 0 ? ' Runs still going or paused are on the Runs page.' : ''}
          </Text>
          <CompareSelectionBar selected={selection.selected} onClear={selection.clear} />
          <ResultsList
            runs={finished}
            labelledBy={headingId}
            selection={{ selected: new Set(selection.selected), onToggle: selection.toggle, full: selection.full }}
          />
        </Stack>
      )}
    </Page>
  )
}

/** `#/results/:runId`: one run's results. */
export function RunResultsPage() {
  const { runId = '' } = useParams()
  return <RunResultsByKind key={runId} runId={runId} />
}
