import { Anchor, Button, Group, Stack, Table, Text } from '@mantine/core'
import { RejudgedFrom } from '../../components/RejudgedFrom'
import { IconChartBar, IconPlayerPause, IconPlayerPlay } from '@tabler/icons-react'
import { Link } from 'react-router'
import { isCompletedStatus, type RunDetail, type RunSummary } from '../../../../shared/contract/index'
import { RoleProgressBar } from './RoleProgressBar'
import { RunStatusBadge } from '../../components/RunStatusBadge'
import { availableActions, failedTotal, formatDateTime, formatEta, kindLabel, percent, progressText, resumeLabel } from '../../lib/runs/run-format'
import { resultsPath, runPath } from '../../lib/runs/paths'
import { STICKY_ACTIONS } from '../../components/table-layout'

export interface RunsTableProps {
  readonly runs: readonly RunSummary[]
  /** Details (with progress) of the runs going now. */
  readonly details: ReadonlyMap<string, RunDetail>
  readonly labelledBy: string
  readonly pending: { readonly id: string; readonly action: 'pause' | 'resume' } | undefined
  readonly onPause: (run: RunSummary) => void
  readonly onResume: (run: RunSummary) => void
  readonly onCancel: (run: RunSummary) => void
  readonly onDelete: (run: RunSummary) => void
}

export function RunsTable({ runs, details, labelledBy, pending, onPause, onResume, onCancel, onDelete }: RunsTableProps) {
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table verticalSpacing="sm" fz="sm" aria-labelledby={labelledBy}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Name</Table.Th>
            <Table.Th scope="col">Kind</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">Created</Table.Th>
            <Table.Th scope="col" w={200}>
              Progress
            </Table.Th>
            <Table.Th scope="col" style={STICKY_ACTIONS}>
              Actions
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {runs.map((run) => {
            const actions = availableActions(run.status)
            const progress = details.get(run.id)?.progress
            const busy = pending?.id === run.id
            return (
              <Table.Tr key={run.id}>
                <Table.Th scope="row" fw={500}>
                  <Anchor component={Link} to={runPath(run.id)} size="sm" aria-label={`Open ${run.name}`}>
                    {run.name}
                  </Anchor>
                  {run.rejudgeOf !== undefined ? <RejudgedFrom originalId={run.rejudgeOf} /> : null}
                </Table.Th>
                <Table.Td>
                  <abbr title={kindLabel(run.kind)} style={{ textDecoration: 'none' }}>
                    {run.kind.toUpperCase()}
                  </abbr>
                </Table.Td>
                <Table.Td miw={120}>
                  <Stack gap={4} align="flex-start">
                    <RunStatusBadge status={run.status} />
                    {run.error ? (
                      <Text size="xs" c="dimmed" maw={220}>
                        {run.error}
                      </Text>
                    ) : null}
                  </Stack>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(run.createdAt)}</Table.Td>
                <Table.Td>
                  {progress && (run.status === 'running' || run.status === 'paused') ? (
                    <Stack gap={4}>
                      <RoleProgressBar
                        label={`Progress of ${run.name}`}
                        done={progress.done}
                        failed={failedTotal(progress)}
                        total={progress.total}
                        size="sm"
                        compact
                      />
                      <Text size="xs" c="dimmed">
                        {percent(progress.done, progress.total)}% · {progressText({ done: progress.done, total: progress.total })}
                        {run.status === 'running' ? ` · ${formatEta(progress.etaSeconds)} left` : ''}
                        {run.status === 'running' && progress.waiting ? ' · waiting on the provider' : ''}
                      </Text>
                    </Stack>
                  ) : (
                    <Text size="sm" c="dimmed">
                      {isCompletedStatus(run.status) ? 'Done' : '—'}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td style={STICKY_ACTIONS}>
                  <Group gap={6} wrap="wrap">
                    {actions.results ? (
                      <Button
                        component={Link}
                        to={resultsPath(run.id)}
                        size="xs"
                        variant={isCompletedStatus(run.status) ? 'filled' : 'default'}
                        leftSection={<IconChartBar aria-hidden size={16} />}
                        aria-label={`Results of ${run.name}`}
                      >
                        Results
                      </Button>
                    ) : null}
                    {actions.pause ? (
                      <Button
                        size="xs"
                        variant="default"
                        leftSection={<IconPlayerPause aria-hidden size={16} />}
                        aria-label={`Pause ${run.name}`}
                        loading={busy && pending?.action === 'pause'}
                        onClick={() => onPause(run)}
                      >
                        Pause
                      </Button>
                    ) : null}
                    {actions.resume ? (
                      <Button
                        size="xs"
                        variant="default"
                        leftSection={<IconPlayerPlay aria-hidden size={16} />}
                        aria-label={`${resumeLabel(run.status)} ${run.name}`}
                        loading={busy && pending?.action === 'resume'}
                        onClick={() => onResume(run)}
                      >
                        {resumeLabel(run.status)}
                      </Button>
                    ) : null}
                    {actions.cancel ? (
                      <Button size="xs" variant="subtle" color="red" aria-label={`Cancel ${run.name}`} onClick={() => onCancel(run)}>
                        Cancel
                      </Button>
                    ) : null}
                    {actions.delete ? (
                      <Button size="xs" variant="subtle" color="red" aria-label={`Delete ${run.name}`} onClick={() => onDelete(run)}>
                        Delete
                      </Button>
                    ) : null}
                  </Group>
                </Table.Td>
              </Table.Tr>
            )
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
