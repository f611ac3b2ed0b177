import { Anchor, Table } from '@mantine/core'
import { Link } from 'react-router'
import type { RunSummary } from '../../../../shared/contract/index'
import { resultsPath } from '../runs/paths'
import { RunStatusBadge } from '../runs/RunStatusBadge'
import { formatDateTime, kindLabel } from '../runs/run-format'

/** Runs that have ended, newest first, each a link to its results. */
export function ResultsList({ runs, labelledBy }: { readonly runs: readonly RunSummary[]; readonly labelledBy: string }) {
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="sm" fz="sm" aria-labelledby={labelledBy}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Run</Table.Th>
            <Table.Th scope="col">Kind</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">Ended</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {runs.map((run) => (
            <Table.Tr key={run.id}>
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
