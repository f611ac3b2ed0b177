import { Alert, Anchor, Stack, Text, Title } from '@mantine/core'
import { IconInfoCircle } from '@tabler/icons-react'
import { useId } from 'react'
import { Link } from 'react-router'
import type { FigureSources } from '../../../../shared/figures/sources'
import { buildTable, TableError } from '../../../../shared/tables/catalogue'
import type { Table } from '../../../../shared/tables/table'
import { ErrorAlert } from '../../components/ErrorAlert'
import { resultsPath } from '../../lib/runs/paths'
import { SharedTableView } from './SharedTableView'
import type { ComparedRun } from './useComparedRuns'

const KINDS = {
  rse: { heading: 'Response similarity (RSE)', short: 'RSE', table: 'rse-runs', what: 'each student’s Avg side by side' },
  ice: { heading: 'Identity consistency (ICE)', short: 'ICE', table: 'ice', what: 'their loose, strict and hard rates' },
} as const

/**
 * One kind's comparison: the shared table of every run of that kind (rse-runs, or ice with one row
 * per run), or a note saying why there is none. Waits for all of the kind's results, so the table
 * does not grow a column at a time.
 */
export function KindComparison({
  kind,
  runs,
  sources,
}: {
  readonly kind: 'rse' | 'ice'
  readonly runs: readonly ComparedRun[]
  readonly sources: FigureSources
}) {
  const headingId = useId()
  const info = KINDS[kind]
  const ofKind = runs.filter((run) => run.summary.kind === kind)
  const failed = ofKind.filter((run) => run.error)
  const ready = ofKind.filter((run) => !run.error)
  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Title order={2} id={headingId}>
        {info.heading}
      </Title>
      {failed.map((run) => (
        <ErrorAlert key={run.summary.id} title={`Could not load the results of ${run.summary.name}`} error={run.error} />
      ))}
      {ready.length < 2 ? (
        <Alert color="blue" variant="light" role="note" icon={<IconInfoCircle aria-hidden />}>
          {ready.length === 0 ? (
            <>
              No {info.short} run is in this comparison. Tick two or more {info.short} runs on the Results page to compare {info.what}.
            </>
          ) : (
            <>
              Only one {info.short} run is in this comparison, so there is nothing to set it beside. Add another {info.short} run to compare {info.what};{' '}
              <Anchor component={Link} to={resultsPath(ready[0]!.summary.id)} inherit>
                {ready[0]!.summary.name}
              </Anchor>{' '}
              has all its scores on its own page.
            </>
          )}
        </Alert>
      ) : ready.some((run) => run.loading) ? (
        <Text c="dimmed" role="status">
          Loading the results…
        </Text>
      ) : (
        <KindTable name={info.table} sources={sources} />
      )}
    </Stack>
  )
}

function KindTable({ name, sources }: { readonly name: 'rse-runs' | 'ice'; readonly sources: FigureSources }) {
  const built = tableOrReason(name, sources)
  return typeof built === 'string' ? <Text c="red">{built}</Text> : <SharedTableView table={built} />
}

/** The runs were counted before, so a refusal here is a defect: say it rather than leave a blank. */
function tableOrReason(name: 'rse-runs' | 'ice', sources: FigureSources): Table | string {
  try {
    return buildTable(name, sources)
  } catch (error) {
    if (error instanceof TableError) return error.message
    throw error
  }
}
