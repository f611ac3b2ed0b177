import { Alert, Anchor, Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core'
import { IconAlertCircle, IconAlertTriangle, IconArrowLeft, IconChartBar, IconCircleCheck, IconPlayerPause, IconPlayerPlay } from '@tabler/icons-react'
import { useId } from 'react'
import { Link, useNavigate } from 'react-router'
import type { Model, Provider, RunDetail, RunProgress } from '../../../../shared/contract/index'
import { ErrorAlert } from '../../components/ErrorAlert'
import { StatusNotice } from '../../components/StatusNotice'
import { formatUsd } from '../models/format'
import { SimulatedBadge } from '../models/SimulatedBadge'
import { useModels, useModelsSync } from '../models/useModels'
import { useProviders } from '../providers/useProviders'
import { RUNS_PATH, resultsPath } from './paths'
import { RoleProgressBar } from './RoleProgressBar'
import { RunStatusBadge } from './RunStatusBadge'
import {
  availableActions,
  errorRows,
  failedTotal,
  formatCount,
  formatDateTime,
  formatEta,
  formatTokens,
  isFinished,
  roleRows,
  statusDescription,
  statusLabel,
} from './run-format'
import { runModelInfo, type RunModelInfo } from './spec-models'
import { useRunControls } from './useRunControls'
import { useRun, useRunsSync } from './useRuns'

/** One run, live: progress by role, problems by cause, tokens, cost and time left. */
export function RunDetailView({ runId }: { readonly runId: string }) {
  useRunsSync()
  useModelsSync()
  const run = useRun(runId)
  const models = useModels()
  const providers = useProviders()
  const navigate = useNavigate()
  const controls = useRunControls(() => void navigate(RUNS_PATH))

  const back = (
    <Anchor component={Link} to={RUNS_PATH} size="sm">
      <Group gap={4} component="span">
        <IconArrowLeft aria-hidden size={16} />
        All runs
      </Group>
    </Anchor>
  )

  if (run.isError) {
    return (
      <Stack gap="lg">
        {back}
        <Title order={1}>Run</Title>
        {run.error.code === 'not_found' ? (
          <Text>This run no longer exists. It may have been deleted in another window.</Text>
        ) : (
          <ErrorAlert title="Could not load this run" error={run.error} onRetry={() => void run.refetch()} retrying={run.isFetching} />
        )}
      </Stack>
    )
  }
  if (!run.data) {
    return (
      <Stack gap="lg">
        {back}
        <Title order={1}>Run</Title>
        <Text c="dimmed" role="status">
          Loading the run…
        </Text>
      </Stack>
    )
  }

  const detail = run.data
  const actions = availableActions(detail.status)
  const finished = isFinished(detail.status)

  return (
    <Stack gap="lg">
      {back}
      <Stack gap={4}>
        <Title order={1}>{detail.name}</Title>
        <Text size="sm" c="dimmed">
          RSE (response similarity) · created {formatDateTime(detail.createdAt)}
          {detail.finishedAt ? ` · ended ${formatDateTime(detail.finishedAt)}` : ''}
        </Text>
      </Stack>

      {controls.notice ? <StatusNotice onClose={controls.dismissNotice}>{controls.notice}</StatusNotice> : null}
      {controls.failure ? <ErrorAlert title={controls.failure.title} error={controls.failure.error} /> : null}

      <Group gap="sm" role="status" aria-live="polite" wrap="nowrap" align="flex-start">
        <RunStatusBadge status={detail.status} />
        <Text size="sm">
          <VisuallyHidden>Status: {statusLabel(detail.status)}. </VisuallyHidden>
          {statusDescription(detail.status)}
        </Text>
      </Group>

      {detail.error ? (
        detail.status === 'failed' ? (
          <Alert color="red" variant="light" title="The run failed" icon={<IconAlertCircle aria-hidden />}>
            {detail.error}
          </Alert>
        ) : (
          <Alert color="yellow" variant="light" role="status" title="Why it stopped" icon={<IconAlertTriangle aria-hidden />}>
            {detail.error}
          </Alert>
        )
      ) : null}

      {finished && detail.status === 'completed' ? (
        <Alert color="green" variant="light" role="status" title="The run is complete" icon={<IconCircleCheck aria-hidden />}>
          <Stack gap="sm" align="flex-start">
            <Text size="sm">The results show each student’s similarity to the reference, with intervals, and every answer behind the scores.</Text>
            <Button component={Link} to={resultsPath(detail.id)} leftSection={<IconChartBar aria-hidden size={18} />}>
              Open results
            </Button>
          </Stack>
        </Alert>
      ) : null}

      <Group gap="sm">
        {actions.pause ? (
          <Button variant="default" leftSection={<IconPlayerPause aria-hidden size={18} />} loading={controls.pending?.action === 'pause'} onClick={() => controls.pause(detail)}>
            Pause
          </Button>
        ) : null}
        {actions.resume ? (
          <Button leftSection={<IconPlayerPlay aria-hidden size={18} />} loading={controls.pending?.action === 'resume'} onClick={() => controls.resume(detail)}>
            Resume
          </Button>
        ) : null}
        {actions.cancel ? (
          <Button variant="subtle" color="red" onClick={() => controls.askCancel(detail)}>
            Cancel run
          </Button>
        ) : null}
        {actions.results && detail.status !== 'completed' ? (
          <Button component={Link} to={resultsPath(detail.id)} variant="default" leftSection={<IconChartBar aria-hidden size={18} />}>
            {finished ? 'Open results' : 'Results so far'}
          </Button>
        ) : null}
        {actions.delete ? (
          <Button variant="subtle" color="red" onClick={() => controls.askDelete(detail)}>
            Delete run
          </Button>
        ) : null}
      </Group>

      <ProgressSection detail={detail} />
      <SpecSection detail={detail} models={models.data ?? []} providers={providers.data ?? []} />
      {controls.dialog}
    </Stack>
  )
}

function ProgressSection({ detail }: { readonly detail: RunDetail }) {
  const headingId = useId()
  const progress = detail.progress
  return (
    <Stack component="section" aria-labelledby={headingId} gap="md">
      <Title order={2} id={headingId}>
        Progress
      </Title>
      {progress ? (
        <ProgressFigures progress={progress} running={detail.status === 'running'} status={detail.status} />
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

function ProgressFigures({ progress, running, status }: { readonly progress: RunProgress; readonly running: boolean; readonly status: RunDetail['status'] }) {
  const problems = errorRows(progress.errors)
  return (
    <Stack gap="md">
      <RoleProgressBar label="All work" done={progress.done} failed={failedTotal(progress)} total={progress.total} size="lg" />
      <Stack gap="sm">
        {roleRows(progress).map((role) => (
          <RoleProgressBar key={role.role} label={role.label} done={role.done} failed={role.failed} total={role.total} />
        ))}
      </Stack>
      <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
        <Figure label="Time left" value={running ? formatEta(progress.etaSeconds) : status === 'completed' ? 'Done' : `— (${statusLabel(status).toLowerCase()})`} />
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

function Figure({ label, value }: { readonly label: string; readonly value: string }) {
  return (
    <Paper withBorder p="sm">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={600}>{value}</Text>
    </Paper>
  )
}

export function ModelName({ info }: { readonly info: RunModelInfo }) {
  return (
    <Group gap="xs" component="span" wrap="wrap">
      <span>
        {info.name}
        {info.model && info.model !== info.name ? ` (${info.model})` : ''}
        {info.missing ? ' (deleted model)' : ''}
      </span>
      {info.simulated ? <SimulatedBadge /> : null}
    </Group>
  )
}

function SpecSection({ detail, models, providers }: { readonly detail: RunDetail; readonly models: readonly Model[]; readonly providers: readonly Provider[] }) {
  const headingId = useId()
  const spec = detail.spec
  const info = (alias: string) => runModelInfo(spec, alias, models, providers)
  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Title order={2} id={headingId}>
        What this run compares
      </Title>
      <Table fz="sm" verticalSpacing={6} aria-labelledby={headingId}>
        <Table.Tbody>
          <Table.Tr>
            <Table.Th scope="row" w={200}>
              Reference
            </Table.Th>
            <Table.Td>
              <ModelName info={info(spec.reference)} />
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">{spec.students.length === 1 ? 'Student' : 'Students'}</Table.Th>
            <Table.Td>
              <Stack gap={2}>
                {spec.students.map((alias) => (
                  <div key={alias}>
                    <ModelName info={info(alias)} />
                  </div>
                ))}
              </Stack>
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">Judge</Table.Th>
            <Table.Td>
              <ModelName info={info(spec.judge)} />
              <Text size="xs" c="dimmed">
                {spec.judgePrompt ? 'With a judge prompt written for this run.' : 'With Distillscope’s default judge prompt.'}
              </Text>
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">Prompt sets</Table.Th>
            <Table.Td>
              <Stack gap={2}>
                {spec.promptSets.map((set) => (
                  <Text key={set.name} size="sm">
                    {set.name}: {set.sample === undefined ? 'all prompts' : `${formatCount(set.sample)} prompts drawn with seed ${set.seed}`}
                  </Text>
                ))}
              </Stack>
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">Requests at a time</Table.Th>
            <Table.Td>{spec.concurrency} per model</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">Budget</Table.Th>
            <Table.Td>{spec.budgetUsd === undefined ? 'No limit' : `Pauses at ${formatUsd(spec.budgetUsd)}`}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">Interval seed</Table.Th>
            <Table.Td>{spec.seed}</Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </Stack>
  )
}
