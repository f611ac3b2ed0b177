import { Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core'
import { useId } from 'react'
import type { RunDetail, RunProgress } from '../../../../shared/contract/index'
import { formatCount, formatTokens, formatUsd } from '../../lib/format'
import { errorRows, failedTotal, formatEta, requestsText, roleRows, waitingText } from '../../lib/runs/run-format'
import { FuzzFigures } from './ice/FuzzFigures'
import { RoleProgressBar } from './RoleProgressBar'

/** Live progress: overall and per role, where the fuzzing loop is (ICE), time left, tokens, cost and problems. */
export function ProgressSection({ detail }: { readonly detail: RunDetail }) {
  const headingId = useId()
  const progress = detail.progress
  return (
    <Stack component="section" aria-labelledby={headingId} gap="md">
      <Title order={2} id={headingId}>
        Progress
      </Title>
      {progress ? (
        <ProgressFigures progress={progress} running={detail.status === 'running'} />
      ) : (
        <Text size="sm" c="dimmed">
          {detail.status === 'running' || detail.status === 'pending'
            ? 'Starting: loading the prompts and preparing the models…'
            : 'Progress figures are kept while Distillscope is open, so there are none for this run now. Its results show what was done.'}
        </Text>
      )}
    </Stack>
  )
}

export function ProgressFigures({ progress, running }: { readonly progress: RunProgress; readonly running: boolean }) {
  const problems = errorRows(progress.errors)
  return (
    <Stack gap="md">
      <RoleProgressBar label="All requests" done={progress.done} failed={failedTotal(progress)} total={progress.total} size="lg" />
      {progress.requests ? (
        <Text size="sm" c="dimmed">
          {requestsText(progress.requests)}, counted as the results count them; at most {formatCount(progress.requests.atMost)} in all.
        </Text>
      ) : null}
      {progress.fuzz ? <FuzzFigures fuzz={progress.fuzz} /> : null}
      <Stack gap="sm">
        {roleRows(progress).map((role) => (
          <RoleProgressBar key={role.role} label={role.label} done={role.done} failed={role.failed} total={role.total} />
        ))}
      </Stack>
      {/* A stopped run waits on nothing; its last report may still name requests that were then cut short. */}
      {running && progress.waiting ? (
        <Text size="sm" c="orange.8" role="status" data-testid="provider-waiting">
          {waitingText(progress.waiting)}
        </Text>
      ) : null}
      <SimpleGrid cols={{ base: 1, xs: running ? 3 : 2 }} spacing="sm">
        {/* Only a run under way has time left; the status badge says how a stopped or finished one ended. */}
        {running ? <Figure label="Time left" value={formatEta(progress.etaSeconds)} /> : null}
        <Figure label="Tokens" value={formatTokens(progress.inputTokens, progress.outputTokens)} />
        <Figure label="Cost so far" value={formatUsd(progress.costUsd)} />
      </SimpleGrid>
      {problems.length > 0 ? (
        <Table.ScrollContainer minWidth={560}>
          <Table fz="sm" verticalSpacing="xs">
            <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>Problems so far, by cause</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Cause</Table.Th>
                <Table.Th scope="col" ta="right">
                  Count
                </Table.Th>
                <Table.Th scope="col">What it means</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {problems.map((problem) => (
                <Table.Tr key={problem.cause}>
                  <Table.Th scope="row" fw={500}>
                    {problem.label}
                  </Table.Th>
                  <Table.Td ta="right">{formatCount(problem.count)}</Table.Td>
                  <Table.Td>{problem.hint}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : (
        <Text size="sm" c="dimmed">
          No problems so far.
        </Text>
      )}
    </Stack>
  )
}

export function Figure({ label, value }: { readonly label: string; readonly value: string }) {
  return (
    <Paper withBorder p="sm">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={600}>{value}</Text>
    </Paper>
  )
}
