import { Alert, Anchor, Button, Group, Stack, Text, Title, VisuallyHidden } from '@mantine/core'
import { IconAlertCircle, IconAlertTriangle, IconArrowLeft, IconChartBar, IconPlayerPause, IconPlayerPlay } from '@tabler/icons-react'
import { Link, useNavigate } from 'react-router'
import { isCompletedStatus } from '../../../../shared/contract/index'
import { ErrorAlert } from '../../components/ErrorAlert'
import { StatusNotice } from '../../components/StatusNotice'
import { useModels, useModelsSync } from '../../lib/data/useModels'
import { useProviders } from '../../lib/data/useProviders'
import { IceSpecSection } from './ice/IceSpecSection'
import { RUNS_PATH, resultsPath } from '../../lib/runs/paths'
import { RseSpecSection } from './RseSpecSection'
import { ProgressSection } from './RunProgressSection'
import { RunStatusBadge } from '../../components/RunStatusBadge'
import { RejudgedFrom } from '../../components/RejudgedFrom'
import { availableActions, formatDateTime, isFinished, kindLabel, resumeLabel, statusDescription, statusLabel } from '../../lib/runs/run-format'
import { useRunControls } from './useRunControls'
import { useRun, useRunsSync } from '../../lib/data/useRuns'

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
          {kindLabel(detail.kind)} · created {formatDateTime(detail.createdAt)}
          {detail.finishedAt ? ` · ended ${formatDateTime(detail.finishedAt)}` : ''}
        </Text>
        <RejudgedFrom originalId={detail.rejudgeOf} />
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

      {finished && isCompletedStatus(detail.status) ? (
        // The badge and the sentence above already say the run finished: this says only what comes next.
        <Stack gap="sm" align="flex-start">
          <Text size="sm">
            {detail.kind === 'ice'
              ? 'The results show how often the target contradicted its identity (loose, strict and hard), with intervals, the templates that caught it and every answer.'
              : 'The results show each student’s similarity to the reference, with intervals, and every answer behind the scores.'}
          </Text>
          <Button component={Link} to={resultsPath(detail.id)} leftSection={<IconChartBar aria-hidden size={18} />}>
            Open results
          </Button>
        </Stack>
      ) : null}

      <Group gap="sm">
        {actions.pause ? (
          <Button
            variant="default"
            leftSection={<IconPlayerPause aria-hidden size={18} />}
            loading={controls.pending?.action === 'pause'}
            onClick={() => controls.pause(detail)}
          >
            Pause
          </Button>
        ) : null}
        {actions.resume ? (
          <Button
            leftSection={<IconPlayerPlay aria-hidden size={18} />}
            loading={controls.pending?.action === 'resume'}
            onClick={() => controls.resume(detail)}
          >
            {resumeLabel(detail.status)}
          </Button>
        ) : null}
        {actions.cancel ? (
          <Button variant="subtle" color="red" onClick={() => controls.askCancel(detail)}>
            Cancel run
          </Button>
        ) : null}
        {actions.results && !isCompletedStatus(detail.status) ? (
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
      {detail.spec.kind === 'ice' ? (
        <IceSpecSection spec={detail.spec} models={models.data ?? []} providers={providers.data ?? []} />
      ) : (
        <RseSpecSection detail={{ ...detail, spec: detail.spec }} models={models.data ?? []} providers={providers.data ?? []} />
      )}
      {controls.dialog}
    </Stack>
  )
}
