import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { IconFlask, IconPlus } from '@tabler/icons-react'
import { lazy, Suspense, useId, useState } from 'react'
import type { Model, Provider } from '../../../shared/contract/index'
import { SECTIONS } from '../lib/sections'
import { EmptyState } from '../components/EmptyState'
import { ErrorAlert } from '../components/ErrorAlert'
import { Page } from '../components/Page'
import { StatusNotice } from '../components/StatusNotice'
import { useIdentityFacts } from '../lib/data/useIceLibrary'
import { KeyDialog } from '../features/keys/KeyDialog'
import { needsUnlock } from '../lib/keys/key-status'
import { UnlockKeysForm } from '../components/UnlockKeysForm'
import { useKeyStore } from '../lib/data/useKeys'
import { DeleteModelDialog } from '../features/models/DeleteModelDialog'
import { ModelsTable } from '../features/models/ModelsTable'
import { hasOfflineDemo } from '../lib/models/offline-demo'
import { TestConnectionDialog } from '../features/models/TestConnectionDialog'
import { useModels, useModelsSync, useOfflineDemo } from '../lib/data/useModels'
import { DeleteProviderDialog } from '../features/providers/DeleteProviderDialog'
import { ProvidersTable } from '../features/providers/ProvidersTable'
import { usePresets, useProviders } from '../lib/data/useProviders'

type DialogSubject =
  | { readonly kind: 'add' }
  | { readonly kind: 'edit-model' | 'delete-model' | 'test'; readonly modelId: string; readonly snapshot: Model }
  | { readonly kind: 'edit-provider' | 'delete-provider' | 'key'; readonly providerId: string; readonly snapshot: Provider }

interface DialogState {
  readonly subject: DialogSubject
  /** Kept after closing, so the dialog keeps its title while it fades out. */
  readonly open: boolean
  /** A new number per opening: each dialog starts with a fresh form. */
  readonly session: number
}

// The two model forms are the page's heaviest part and wait until first opened, so the first page
// the app shows loads little script (issue 17 item 6).
const AddModelDialog = lazy(async () => ({ default: (await import('../features/models/AddModelDialog')).AddModelDialog }))
const EditModelDialog = lazy(async () => ({ default: (await import('../features/models/EditModelDialog')).EditModelDialog }))
// So is the provider form: with @mantine/form and the contract's zod schemas it must stay out of this page's script.
const EditProviderDialog = lazy(async () => ({ default: (await import('../features/providers/EditProviderDialog')).EditProviderDialog }))

const TRY_DEMO = 'Try the Offline demo'
const ADD_MODEL = 'Add a model'

export function ModelsPage() {
  useModelsSync()
  const models = useModels()
  const providers = useProviders()
  const presets = usePresets()
  const keyStore = useKeyStore()
  const demo = useOfflineDemo()
  const facts = useIdentityFacts()
  const [dialog, setDialog] = useState<DialogState | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const modelsHeadingId = useId()
  const providersHeadingId = useId()

  const open = (subject: DialogSubject) => setDialog((previous) => ({ subject, open: true, session: (previous?.session ?? 0) + 1 }))
  const close = () => setDialog((previous) => previous && { ...previous, open: false })
  const done = (message: string) => {
    close()
    setNotice(message)
  }

  const modelList = models.data ?? []
  const providerList = providers.data ?? []
  const presetList = presets.data ?? []
  const keyState = keyStore.data

  // Dialogs show the live model or provider (changes from other windows arrive by event), or the
  // last known copy if it has just been deleted.
  const subject = dialog?.subject
  const dialogModel = subject && 'modelId' in subject ? (modelList.find((model) => model.id === subject.modelId) ?? subject.snapshot) : undefined
  const dialogProvider =
    subject && 'providerId' in subject
      ? (providerList.find((provider) => provider.id === subject.providerId) ?? subject.snapshot)
      : dialogModel && providerList.find((provider) => provider.id === dialogModel.providerId)
  const dialogPreset = dialogProvider && presetList.find((preset) => preset.id === dialogProvider.preset)
  const isOpen = (kind: DialogSubject['kind']) => dialog?.open === true && subject?.kind === kind
  const session = dialog?.session ?? 0

  function tryDemo() {
    setNotice(null)
    demo.mutate(undefined, {
      onSuccess: ({ added }) =>
        setNotice(
          added > 0
            ? `The Offline demo is ready (${added === 1 ? 'one model' : `${added} models`} added): a reference, two students, three judges, two ICE targets and a template rewriter, all simulated. They answer without a key and at no cost; use Test connection to see one answer.`
            : 'The Offline demo’s models are already in your models.',
        ),
    })
  }

  const loading = models.isPending || providers.isPending
  const loadError = models.error ?? providers.error
  // Offered until every demo model is saved: a partly deleted demo is completed.
  const offerDemo = !hasOfflineDemo(modelList, providerList)
  const storedKeysLocked = needsUnlock(keyState) && providerList.some((provider) => provider.key.source === 'store')

  const demoButton = (
    <Button
      variant={modelList.length === 0 ? 'filled' : 'default'}
      leftSection={<IconFlask aria-hidden size={18} />}
      loading={demo.isPending}
      onClick={tryDemo}
    >
      {TRY_DEMO}
    </Button>
  )
  const addButton = (
    <Button variant={modelList.length === 0 ? 'default' : 'filled'} leftSection={<IconPlus aria-hidden size={18} />} onClick={() => open({ kind: 'add' })}>
      {ADD_MODEL}
    </Button>
  )

  return (
    <Page title={SECTIONS.models.label}>
      {notice ? <StatusNotice onClose={() => setNotice(null)}>{notice}</StatusNotice> : null}
      {demo.isError ? <ErrorAlert title="The Offline demo could not be set up" error={demo.error} onRetry={tryDemo} retrying={demo.isPending} /> : null}
      {presets.isError ? (
        <ErrorAlert title="Could not load the list of services" error={presets.error} onRetry={() => void presets.refetch()} retrying={presets.isFetching} />
      ) : null}

      {loadError ? (
        <ErrorAlert
          title="Could not load your models"
          error={loadError}
          onRetry={() => {
            void models.refetch()
            void providers.refetch()
          }}
          retrying={models.isFetching || providers.isFetching}
        />
      ) : loading ? (
        <Text c="dimmed" role="status">
          Loading your models…
        </Text>
      ) : (
        <>
          {storedKeysLocked && keyState ? (
            <Paper withBorder p="md">
              <UnlockKeysForm state={keyState} headingOrder={2} />
            </Paper>
          ) : null}

          {modelList.length === 0 ? (
            <EmptyState
              icon={SECTIONS.models.icon}
              title="No models yet"
              text={[
                'Models are the AI systems you compare. You will add a reference model (for example GPT-4o), the student models you suspect learned from it, and a judge model that scores how alike their answers are.',
                'Your API keys stay on this computer. You do not need a key to try Distillscope: the Offline demo is a simulated provider that works without one.',
              ]}
              action={
                <Group justify="center" gap="sm">
                  {demoButton}
                  {addButton}
                </Group>
              }
            />
          ) : (
            <Stack component="section" aria-labelledby={modelsHeadingId} gap="sm">
              <Group justify="space-between" align="center">
                <Title order={2} id={modelsHeadingId}>
                  Your models
                </Title>
                <Group gap="sm">
                  {offerDemo ? demoButton : null}
                  {addButton}
                </Group>
              </Group>
              <Text size="sm" c="dimmed">
                A run compares a reference model, the students you suspect learned from it, and a judge. Test a model’s connection before using it in a run.
              </Text>
              <ModelsTable
                models={modelList}
                providers={providerList}
                presets={presetList}
                labelledBy={modelsHeadingId}
                onTest={(model) => open({ kind: 'test', modelId: model.id, snapshot: model })}
                onEdit={(model) => open({ kind: 'edit-model', modelId: model.id, snapshot: model })}
                onDelete={(model) => open({ kind: 'delete-model', modelId: model.id, snapshot: model })}
                factVendor={(id) => facts.data?.find((fact) => fact.id === id)?.vendor}
              />
            </Stack>
          )}

          {providerList.length > 0 ? (
            <Stack component="section" aria-labelledby={providersHeadingId} gap="sm">
              <Title order={2} id={providersHeadingId}>
                Providers
              </Title>
              <Text size="sm" c="dimmed">
                A provider is the service that runs your models: where requests go and which API key they use. Keys are encrypted and stay on this computer.
              </Text>
              <ProvidersTable
                providers={providerList}
                models={modelList}
                presets={presetList}
                labelledBy={providersHeadingId}
                onEdit={(provider) => open({ kind: 'edit-provider', providerId: provider.id, snapshot: provider })}
                onKey={(provider) => open({ kind: 'key', providerId: provider.id, snapshot: provider })}
                onDelete={(provider) => open({ kind: 'delete-provider', providerId: provider.id, snapshot: provider })}
              />
            </Stack>
          ) : null}
        </>
      )}

      {subject?.kind === 'add' ? (
        <Suspense fallback={null}>
          <AddModelDialog
            opened={isOpen('add')}
            onClose={close}
            providers={providerList}
            presets={presetList}
            keyState={keyState}
            session={session}
            onAdded={(model) => done(`Added “${model.name}”. Use Test connection to check that it answers.`)}
          />
        </Suspense>
      ) : null}
      <TestConnectionDialog opened={isOpen('test')} onClose={close} model={dialogModel} provider={dialogProvider} preset={dialogPreset} session={session} />
      {subject?.kind === 'edit-model' ? (
        <Suspense fallback={null}>
          <EditModelDialog
            opened={isOpen('edit-model')}
            onClose={close}
            model={dialogModel}
            providers={providerList}
            session={session}
            onSaved={(model) => done(`Saved the changes to “${model.name}”.`)}
          />
        </Suspense>
      ) : null}
      <DeleteModelDialog
        opened={isOpen('delete-model')}
        onClose={close}
        model={dialogModel}
        provider={dialogProvider}
        onDeleted={(model) => done(`Deleted “${model.name}”.`)}
      />
      {subject?.kind === 'edit-provider' ? (
        <Suspense fallback={null}>
          <EditProviderDialog
            opened={isOpen('edit-provider')}
            onClose={close}
            provider={dialogProvider}
            presets={presetList}
            modelCount={dialogProvider ? modelList.filter((model) => model.providerId === dialogProvider.id).length : 0}
            session={session}
            onSaved={(provider) => done(`Saved the changes to the provider “${provider.name}”.`)}
          />
        </Suspense>
      ) : null}
      <DeleteProviderDialog
        opened={isOpen('delete-provider')}
        onClose={close}
        provider={dialogProvider}
        users={dialogProvider ? modelList.filter((model) => model.providerId === dialogProvider.id) : []}
        onDeleted={(provider) => done(`Deleted the provider “${provider.name}”.`)}
      />
      <KeyDialog opened={isOpen('key')} onClose={close} provider={dialogProvider} preset={dialogPreset} keyState={keyState} session={session} />
    </Page>
  )
}
