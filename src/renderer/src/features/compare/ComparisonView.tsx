import { Anchor, Group, Stack, Text, Title } from '@mantine/core'
import { IconArrowsLeftRight } from '@tabler/icons-react'
import { useId } from 'react'
import { Link } from 'react-router'
import type { FigureSources } from '../../../../shared/figures/sources'
import { EmptyState } from '../../components/EmptyState'
import { ErrorAlert } from '../../components/ErrorAlert'
import { LinkButton } from '../../components/LinkButton'
import { ExportSection } from '../../components/ExportSection'
import { RESULTS_PATH } from '../../lib/runs/paths'
import { CompareHeaderTable } from './CompareHeaderTable'
import { selectPath } from './compare-url'
import { KindComparison } from './KindComparison'
import type { ComparedRuns } from './useComparedRuns'

export interface ComparisonViewProps {
  readonly compared: ComparedRuns
  /** Takes one run out of the comparison (a new address). */
  readonly onRemove: (id: string) => void
}

/** The runs side by side: what each one is, then the RSE and ICE tables built from them. */
export function ComparisonView({ compared, onRemove }: ComparisonViewProps) {
  const headingId = useId()
  if (compared.listError) return <ErrorAlert title="Could not load your runs" error={compared.listError} onRetry={compared.retryList} />
  if (compared.listLoading) {
    return (
      <Text c="dimmed" role="status">
        Loading the runs…
      </Text>
    )
  }
  const { runs } = compared
  if (runs.length === 0) {
    return (
      <EmptyState
        icon={IconArrowsLeftRight}
        title="No runs to compare"
        text="Tick two or more finished runs on the Results page, then press Compare: two judges, two dates or two samples of the same setup side by side."
        action={<LinkButton to={RESULTS_PATH}>Choose runs</LinkButton>}
      />
    )
  }
  const sources: FigureSources = {
    rse: runs.flatMap((run) => (run.rse ? [run.rse] : [])),
    ice: runs.flatMap((run) => (run.ice ? [run.ice] : [])),
    runs: runs.map((run) => run.summary),
  }
  const ids = runs.map((run) => run.summary.id)
  return (
    <Stack gap="xl">
      <Stack component="section" aria-labelledby={headingId} gap="sm">
        <Group justify="space-between" align="baseline">
          <Title order={2} id={headingId}>
            Runs compared
          </Title>
          <Anchor component={Link} to={selectPath(ids)} size="sm">
            Change the selection
          </Anchor>
        </Group>
        <CompareHeaderTable runs={runs} onRemove={onRemove} labelledBy={headingId} />
      </Stack>
      <KindComparison kind="rse" runs={runs} sources={sources} />
      <KindComparison kind="ice" runs={runs} sources={sources} />
      <ExportSection runIds={ids} />
    </Stack>
  )
}
