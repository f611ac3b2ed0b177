import { Button, Group, Stack, Text, Title } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useId, useState } from 'react'
import { useNavigate, useParams } from 'react-router'
import type { PromptSet } from '../../../shared/contract/index'
import { SECTIONS } from '../lib/sections'
import { EmptyState } from '../components/EmptyState'
import { ErrorAlert } from '../components/ErrorAlert'
import { ImportPackageButton } from '../features/packages/ImportPackageButton'
import { LinkButton } from '../components/LinkButton'
import { Page } from '../components/Page'
import { StatusNotice } from '../components/StatusNotice'
import { routeKey } from '../lib/query-keys'
import { useApi } from '../lib/useApi'
import { useRouteQuery } from '../lib/useRouteQuery'
import { useModels, useModelsSync } from '../lib/data/useModels'
import { useProviders } from '../lib/data/useProviders'
import { runPath } from '../lib/runs/paths'
import { RunDetailView } from '../features/runs/RunDetailView'
import { IceWizardDialog, NEW_ICE_RUN } from '../features/runs/ice/IceWizard'
import { NEW_RSE_RUN, RseWizardDialog } from '../features/runs/RseWizard'
import { RunsTable } from '../features/runs/RunsTable'
import { useRunControls } from '../features/runs/useRunControls'
import { useActiveRunDetails, useRuns, useRunsSync } from '../lib/data/useRuns'

/** An RSE run needs a reference and a student; the judge may be one of them or a third model. */
const MIN_MODELS = 2

type WizardKind = 'rse' | 'ice'

const ICE_EXPLANATION =
  'An ICE run (identity consistency) asks a target model who made it, inside role-play templates that a helper model keeps rewriting, and has a judge count how often it claims another vendor’s identity.'

export function RunsPage() {
  useRunsSync()
  useModelsSync()
  usePromptSetsSync()
  const runs = useRuns()
  const models = useModels()
  const providers = useProviders()
  const promptSets = useRouteQuery('promptSets.list', [])
  const navigate = useNavigate()
  const controls = useRunControls()
  const [wizard, setWizard] = useState<{ open: WizardKind | null; session: number }>({ open: null, session: 0 })
  const headingId = useId()

  const runList = runs.data ?? []
  const modelList = models.data ?? []
  const going = runList.filter((run) => run.status === 'running' || run.status === 'paused').map((run) => run.id)
  const details = useActiveRunDetails(going)
  const enoughModels = modelList.length >= MIN_MODELS

  const openWizard = (kind: WizardKind) => {
    controls.dismissNotice()
    setWizard((current) => ({ open: kind, session: current.session + 1 }))
  }
  const closeWizard = () => setWizard((current) => ({ ...current, open: null }))
  const onStarted = (runId: string) => {
    closeWizard()
    void navigate(runPath(runId))
  }
  // ICE needs no second model, and its wizard offers the Offline demo's ICE models: always offered.
  const iceButton = (
    <Button leftSection={<IconPlus aria-hidden size={18} />} variant={enoughModels ? 'default' : 'filled'} onClick={() => openWizard('ice')}>
      {NEW_ICE_RUN}
    </Button>
  )
  const newRunButtons = (
    <Group gap="sm">
      {enoughModels ? (
        <Button leftSection={<IconPlus aria-hidden size={18} />} onClick={() => openWizard('rse')}>
          {NEW_RSE_RUN}
        </Button>
      ) : null}
      {iceButton}
      <ImportPackageButton />
    </Group>
  )
  const loadError = runs.error ?? models.error

  return (
    <Page title={SECTIONS.runs.label}>
      {controls.notice ? <StatusNotice onClose={controls.dismissNotice}>{controls.notice}</StatusNotice> : null}
      {controls.failure ? <ErrorAlert title={controls.failure.title} error={controls.failure.error} /> : null}

      {loadError ? (
        <ErrorAlert
          title="Could not load your runs"
          error={loadError}
          onRetry={() => {
            void runs.refetch()
            void models.refetch()
          }}
          retrying={runs.isFetching || models.isFetching}
        />
      ) : runs.isPending || models.isPending ? (
        <Text c="dimmed" role="status">
          Loading your runs…
        </Text>
      ) : runList.length === 0 ? (
        enoughModels ? (
          <EmptyState
            icon={SECTIONS.runs.icon}
            title="No runs yet"
            text={[
              'An RSE run (response similarity) asks a reference model and the students you suspect learned from it the same prompts, then has a judge model rate how alike each student’s answers are to the reference’s, from 1 to 5.',
              ICE_EXPLANATION,
              'You choose the models, see the number of requests and the estimated cost, and only then start.',
            ]}
            action={newRunButtons}
          />
        ) : (
          <EmptyState
            icon={SECTIONS.runs.icon}
            title="No runs yet"
            text={[
              'A run compares models. RSE (response similarity) checks how alike a student’s answers are to a reference model’s, as rated by a judge model.',
              ICE_EXPLANATION,
              modelList.length === 0
                ? 'To start, add the models you want to compare, or try the Offline demo, which needs no key. The ICE wizard can add the Offline demo’s ICE models for you.'
                : 'An RSE run needs at least two models: a reference and a student (the judge can be one of them or a third). Add another model first, or start an ICE run.',
            ]}
            action={
              <Group gap="sm" justify="center">
                <LinkButton to={SECTIONS.models.path}>Go to Models</LinkButton>
                {iceButton}
              </Group>
            }
          />
        )
      ) : (
        <Stack component="section" aria-labelledby={headingId} gap="sm">
          <Group justify="space-between" align="center">
            <Title order={2} id={headingId}>
              Your runs
            </Title>
            <Group gap="sm">
              {enoughModels ? null : <LinkButton to={SECTIONS.models.path}>Add models</LinkButton>}
              {newRunButtons}
            </Group>
          </Group>
          <RunsTable
            runs={runList}
            details={details}
            labelledBy={headingId}
            pending={controls.pending}
            onPause={controls.pause}
            onResume={controls.resume}
            onCancel={controls.askCancel}
            onDelete={controls.askDelete}
          />
        </Stack>
      )}

      <RseWizardDialog
        opened={wizard.open === 'rse'}
        session={wizard.session}
        onClose={closeWizard}
        models={modelList}
        providers={providers.data ?? []}
        promptSets={promptSets.data}
        promptSetsError={promptSets.error}
        onRetryPromptSets={() => void promptSets.refetch()}
        onStarted={onStarted}
      />
      <IceWizardDialog
        opened={wizard.open === 'ice'}
        session={wizard.session}
        onClose={closeWizard}
        models={modelList}
        providers={providers.data ?? []}
        onStarted={onStarted}
      />
      {controls.dialog}
    </Page>
  )
}

/** `#/runs/:runId`: one run's live progress. */
export function RunPage() {
  const { runId = '' } = useParams()
  return <RunDetailView key={runId} runId={runId} />
}

/** Sets imported or deleted elsewhere (the Prompt sets page, another window) reach the wizard. */
function usePromptSetsSync(): void {
  const api = useApi()
  const queryClient = useQueryClient()
  useEffect(() => api.on('promptSets.changed', (sets) => queryClient.setQueryData<readonly PromptSet[]>(routeKey('promptSets.list'), sets)), [api, queryClient])
}
