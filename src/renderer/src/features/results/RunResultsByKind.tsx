import { Stack, Text, Title } from '@mantine/core'
import { ExportPackageButton } from '../../components/ExportPackageButton'
import { ExportSection } from '../../components/ExportSection'
import { useRun, useRunsSync } from '../../lib/data/useRuns'
import { IceResultsView } from './ice/IceResultsView'
import { RunResultsView } from './RunResultsView'

/**
 * One run's results, in the view of its kind. The run is read first (its kind decides which
 * results route to ask); a run that cannot be read goes to the RSE view, which explains the error.
 */
export function RunResultsByKind({ runId }: { readonly runId: string }) {
  useRunsSync()
  const run = useRun(runId)
  // A running run's figures would change under the person's hands; they come once it stops.
  const exportTools =
    run.data && run.data.status !== 'running' ? (
      <>
        <ExportSection runIds={[runId]} />
        <ExportPackageButton runId={runId} />
      </>
    ) : null
  if (run.data?.kind === 'ice') {
    return (
      <Stack gap="lg">
        <IceResultsView run={run.data} />
        {exportTools}
      </Stack>
    )
  }
  if (run.data || run.isError) {
    return (
      <Stack gap="lg">
        <RunResultsView runId={runId} />
        {exportTools}
      </Stack>
    )
  }
  return (
    <Stack gap="lg">
      <Title order={1}>Results</Title>
      <Text c="dimmed" role="status">
        Loading the results…
      </Text>
    </Stack>
  )
}
