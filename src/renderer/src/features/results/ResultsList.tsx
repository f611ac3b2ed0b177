import { Anchor, Checkbox, Table } from '@mantine/core'
import { Link } from 'react-router'
import type { RunSummary } from '../../../../shared/contract/index'
import { resultsPath } from '../../lib/runs/paths'
import { RunStatusBadge } from '../../components/RunStatusBadge'
import { formatDateTime, kindLabel } from '../../lib/runs/run-format'

/** Ticking runs to compare them (features/compare); the list works without it. */
export interface RunSelection {
  readonly selected: ReadonlySet<string>
  readonly onToggle: (id: string) => void
  /** No more runs may be ticked (the comparison's cap); ticked ones can still be unticked. */
  readonly full: boolean
}

/** Runs that have ended, newest first, each a link to its results, and a box to tick it for comparison. */
export function ResultsList({
  runs,
  labelledBy,
  selection,
}: {
  readonly runs: readonly RunSummary[]
  readonly labelledBy: string
  readonly selection?: RunSelection
}) {
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="sm" fz="sm" aria-labelledby={labelledBy}>
        <Table.Thead>
          <Table.Tr>
            {selection ? (
              <Table.Th scope="col" w={90}>
                Compare
              </Table.Th>
            ) : null}
            <Table.Th scope="col">Run</Table.Th>
            <Table.Th scope="col">Kind</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">Ended</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {runs.map((run) => (
            <Table.Tr key={run.id}>
              {selection ? (
                <Table.Td>
                  <Checkbox
                    aria-label={`Select ${run.name} to compare`}
                    checked={selection.selected.has(run.id)}
                    disabled={selection.full && !selection.selected.has(run.id)}
                    onChange={() => selection.onToggle(run.id)}
                  />
                </Table.Td>
              ) : null}
              <Table.Th scope="row" fw={500}>
                <Anchor component={Link} to={resultsPath(run.id)} size="sm">
                  {run.name}
                </Anchor>
              </Table.Th>
              <Table.Td>{kindLabel(run.kind)}</Table.Td>
              <Table.Td>
                <RunStatusBadge status={run.status} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(run.finishedAt ?? run.createdAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
