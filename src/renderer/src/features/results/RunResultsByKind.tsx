import { Stack, Text, Title } from '@mantine/core'
import { ExportPackageButton } from '../packages/ExportPackageButton'
import { useRun, useRunsSync } from '../runs/useRuns'
import { IceResultsView } from './ice/IceResultsView'
import { RunResultsView } from './RunResultsView'

/**
 * One run's results, in the view of its kind. The run is read first (its kind decides which
 * results route to ask); a run that cannot be read goes to the RSE view, which explains the error.
 */
export function RunResultsByKind({ runId }: { readonly runId: string }) {
  useRunsSync()
  const run = useRun(runId)
  const exportButton = run.data && run.data.status !== 'running' ? <ExportPackageButton runId={runId} /> : null
  if (run.data?.kind === 'ice') {
    return (
      <Stack gap="lg">
        <IceResultsView run={run.data} />
        {exportButton}
      </Stack>
    )
  }
  if (run.data || run.isError) {
    return (
      <Stack gap="lg">
        <RunResultsView runId={runId} />
        {exportButton}
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
