import { Stack, Text, Title } from '@mantine/core'
import { useId, useMemo } from 'react'
import { useExportSources } from '../lib/data/useExportSources'
import { hasScores, noScoresMessage } from '../lib/exports/export-sources'
import { ErrorAlert } from './ErrorAlert'
import { FigureExportPanel } from './exports/FigureExportPanel'
import { SaveControls } from './exports/SaveControls'
import { TableExportPanel } from './exports/TableExportPanel'

export interface ExportSectionProps {
  /** One run on its results page; several on the Compare page (the figures that take several runs). */
  readonly runIds: readonly string[]
}

/**
 * "Figures and tables": every figure and table of the runs, in publication quality, the same
 * files as `distillscope export`. Until there is something to draw, the save buttons say why not.
 */
export function ExportSection({ runIds: given }: ExportSectionProps) {
  const headingId = useId()
  // One array while the ids are the same (pages pass a new one at every render), so the panels memoize on it.
  const key = given.join('\u0000')
  const runIds = useMemo(() => key.split('\u0000'), [key])
  const state = useExportSources(runIds)
  const waiting =
    state.status === 'loading'
      ? 'Waiting for the results to load.'
      : state.status === 'ready' && !hasScores(state.sources)
        ? noScoresMessage(runIds.length)
        : undefined
  return (
    <Stack component="section" aria-labelledby={headingId} gap="lg">
      <div>
        <Title order={2} id={headingId}>
          Figures and tables
        </Title>
        <Text size="sm" c="dimmed">
          For a paper: figures as PNG, SVG or PDF in a paper style, tables as LaTeX, CSV, Markdown or JSON.
        </Text>
      </div>
      {state.status === 'error' ? (
        <ErrorAlert title="Could not load the results to export" error={state.error} onRetry={state.retry} />
      ) : waiting !== undefined ? (
        <Stack gap="md">
          <SaveControls label="Save figure" onSave={() => undefined} pending={false} disabledReason={waiting} />
          <SaveControls label="Save table" onSave={() => undefined} pending={false} disabledReason={waiting} />
        </Stack>
      ) : state.status === 'ready' ? (
        <>
          <FigureExportPanel runIds={runIds} sources={state.sources} />
          <TableExportPanel runIds={runIds} sources={state.sources} />
        </>
      ) : null}
    </Stack>
  )
}
