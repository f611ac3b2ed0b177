import { Stack, Text, Title } from '@mantine/core'
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
  if (run.data?.kind === 'ice') return <IceResultsView run={run.data} />
  if (run.data || run.isError) return <RunResultsView runId={runId} />
  return (
    <Stack gap="lg">
      <Title order={1}>Results</Title>
      <Text c="dimmed" role="status">
        Loading the results…
      </Text>
    </Stack>
  )
}
