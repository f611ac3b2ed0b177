import { Button, Group, Modal, NativeSelect, Radio, Stack, Text, Title } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useEffect, useRef, useState } from 'react'
import type { KeyStoreState, Model, Provider } from '../../../../shared/contract/index'
import type { ProviderPreset } from '../../../../shared/providers/presets'
import { KeyForm } from '../../components/KeyForm'
import { KeyStatusText } from '../../components/KeyStatusText'
import { needsUnlock } from '../../lib/keys/key-status'
import { UnlockKeysForm } from '../../components/UnlockKeysForm'
import { ProviderFields } from '../../components/ProviderFields'
import {
  isSimulatedProvider,
  providerDefaults,
  providerErrorsFrom,
  toProviderChanges,
  toProviderInput,
  type ProviderFormValues,
} from '../../lib/providers/provider-form'
import { validateProvider } from '../../lib/providers/provider-validation'
import { validationAlert } from '../../lib/schema-errors'
import { useCreateProvider, useUpdateProvider } from '../../lib/data/useProviders'
import { modelErrorsFrom, newModelDraft, toModelInput, validateModel, type ModelDraft } from './model-form'
import { ModelFields, providerOptionLabel } from './ModelFields'
import { SimulatedBadge } from '../../components/SimulatedBadge'
import { useCreateModel } from '../../lib/data/useModels'
import { FormStack } from '../../components/FormStack'
import { Actions, GeneralError } from './DialogParts'
import { useProvisionalProvider } from './useProvisionalProvider'
import { LOADING_PROVIDER, STEPS, initialPreset, type Step } from './add-model-steps'

export interface AddModelDialogProps {
  readonly opened: boolean
  readonly onClose: () => void
  readonly providers: readonly Provider[]
  readonly presets: readonly ProviderPreset[]
  readonly keyState: KeyStoreState | undefined
  readonly onAdded: (model: Model) => void
  readonly session: number
}

export const ADD_MODEL_TITLE = 'Add a model'

export function AddModelDialog({ opened, onClose, session, onAdded, ...flow }: AddModelDialogProps) {
  const provisional = useProvisionalProvider()
  const close = () => {
    provisional.discard()
    onClose()
  }
  const added = (model: Model) => {
    provisional.modelAdded(model.providerId)
    onAdded(model)
  }
  return (
    <Modal opened={opened} onClose={close} title={ADD_MODEL_TITLE} size="lg">
      <AddModelFlow key={session} onClose={close} onAdded={added} onProviderCreated={provisional.created} {...flow} />
    </Modal>
  )
}

interface FlowProps extends Omit<AddModelDialogProps, 'opened' | 'session'> {
  readonly onProviderCreated: (id: string) => void
}

/**
 * Three steps, each its own form (the key and the passphrase must never be nested in another form):
 * the provider (an existing one, or a new one saved on Continue), its key, then the model.
 */
function AddModelFlow({ providers, presets, keyState, onClose, onAdded, onProviderCreated }: FlowProps) {
  const [step, setStep] = useState<Step>('provider')
  const [source, setSource] = useState<'existing' | 'new'>(providers.length > 0 ? 'existing' : 'new')
  const [existingId, setExistingId] = useState(providers[0]?.id ?? '')
  const defaultPreset = initialPreset(presets)
  // The presets may still be loading when the dialog opens: the form then starts from them once they arrive.
  const [presetsAtStart] = useState(defaultPreset !== undefined)
  const providerForm = useForm<ProviderFormValues>({
    mode: 'controlled',
    initialValues: defaultPreset ? providerDefaults(defaultPreset) : LOADING_PROVIDER,
    validate: validateProvider,
    // Messages stay until the next Continue, as they did before @mantine/form.
    clearInputErrorOnChange: false,
  })
  const initializeProvider = providerForm.initialize
  useEffect(() => {
    if (!presetsAtStart && defaultPreset) initializeProvider(providerDefaults(defaultPreset))
  }, [presetsAtStart, defaultPreset, initializeProvider])
  const providerReady = presetsAtStart || providerForm.initialized
  /** The step's alert; announced, so it is set whenever a field has an error too. */
  const [providerGeneral, setProviderGeneral] = useState<string>()
  // The provider this flow saved: going Back and Continue again updates it instead of adding another.
  const [created, setCreated] = useState<Provider | undefined>()
  const [chosenId, setChosenId] = useState('')
  const modelForm = useForm<ModelDraft>({
    mode: 'controlled',
    initialValues: newModelDraft(''),
    validate: (draft) => validateModel(draft.values),
    clearInputErrorOnChange: false,
  })
  const [modelGeneral, setModelGeneral] = useState<string>()
  const createProvider = useCreateProvider()
  const updateProvider = useUpdateProvider()
  const createModel = useCreateModel()
  const headingRef = useRef<HTMLHeadingElement>(null)
  const moved = useRef(false)

  // After a step change, the keyboard and screen-reader focus goes to the new step's heading.
  useEffect(() => {
    if (moved.current) headingRef.current?.focus()
  }, [step])

  function goTo(next: Step) {
    moved.current = true
    setStep(next)
  }

  const chosen = providers.find((provider) => provider.id === chosenId) ?? (created?.id === chosenId ? created : undefined)
  const chosenPreset = chosen && presets.find((preset) => preset.id === chosen.preset)

  function continueWith(provider: Provider) {
    setChosenId(provider.id)
    modelForm.setValues((current) => ({ ...current, values: { ...(current as ModelDraft).values, providerId: provider.id } }))
    // The Offline demo has no key to ask for.
    goTo(isSimulatedProvider(provider) ? 'model' : 'key')
  }

  function submitProvider(event: { preventDefault(): void }) {
    event.preventDefault()
    if (source === 'existing') {
      const provider = providers.find((candidate) => candidate.id === existingId)
      if (provider) continueWith(provider)
      else {
        providerForm.clearErrors()
        setProviderGeneral('Choose one of your providers, or add a new one.')
      }
      return
    }
    if (!providerReady) return
    const checked = providerForm.validate()
    if (checked.hasErrors) {
      setProviderGeneral(validationAlert(checked.errors))
      return
    }
    setProviderGeneral(undefined)
    const input = toProviderInput(providerForm.getValues())
    const handlers = {
      onSuccess: (provider: Provider) => {
        setCreated(provider)
        onProviderCreated(provider.id)
        continueWith(provider)
      },
      onError: (error: unknown) => {
        const errors = providerErrorsFrom(error)
        providerForm.setErrors(errors.fields)
        setProviderGeneral(errors.general)
      },
    }
    if (created) updateProvider.mutate({ id: created.id, changes: toProviderChanges(input, created) }, handlers)
    else createProvider.mutate(input, handlers)
  }

  function submitModel(event: { preventDefault(): void }) {
    event.preventDefault()
    modelForm.setValues((current) => ({ ...current, values: { ...(current as ModelDraft).values, providerId: chosenId } }))
    const checked = modelForm.validate()
    if (checked.hasErrors) {
      setModelGeneral(validationAlert(checked.errors))
      return
    }
    setModelGeneral(undefined)
    createModel.mutate(toModelInput(modelForm.getValues().values), {
      onSuccess: onAdded,
      onError: (error) => {
        const errors = modelErrorsFrom(error)
        modelForm.setErrors(errors.fields)
        setModelGeneral(errors.general)
      },
    })
  }

  const cancel = (
    <Button variant="default" onClick={onClose}>
      Cancel
    </Button>
  )
  const back = (to: Step) => (
    <Button variant="default" onClick={() => goTo(to)}>
      Back
    </Button>
  )
  const header = (
    <Stack gap={0}>
      <Text size="sm" c="dimmed">
        Step {STEPS[step].number} of 3
      </Text>
      <Title order={3} ref={headingRef} tabIndex={-1} style={{ outline: 'none' }}>
        {STEPS[step].title}
      </Title>
    </Stack>
  )

  if (step === 'provider') {
    return (
      <FormStack gap="md" onSubmit={submitProvider}>
        {header}
        <Text size="sm">
          A provider is the service that runs the model: OpenAI, Anthropic, a server on your own computer, or the Offline demo, which needs no key.
        </Text>
        {providers.length > 0 ? (
          <Radio.Group label="Which provider?" value={source} onChange={(value) => setSource(value === 'new' ? 'new' : 'existing')}>
            <Stack gap="xs" mt="xs">
              <Radio value="existing" label="A provider you already added" />
              <Radio value="new" label="A new provider" />
            </Stack>
          </Radio.Group>
        ) : null}
        {source === 'existing' ? (
          <NativeSelect
            label="Saved provider"
            value={existingId}
            onChange={(event) => setExistingId(event.currentTarget.value)}
            data={providers.map((provider) => ({ value: provider.id, label: providerOptionLabel(provider) }))}
            data-autofocus
          />
        ) : providerReady ? (
          <ProviderFields form={providerForm} presets={presets} autoFocus />
        ) : (
          <Text size="sm" role="status">
            Loading the list of services…
          </Text>
        )}
        <GeneralError title="The provider was not saved" message={providerGeneral} />
        <Actions>
          {cancel}
          <Button type="submit" loading={createProvider.isPending || updateProvider.isPending}>
            Continue
          </Button>
        </Actions>
      </FormStack>
    )
  }

  if (step === 'key' && chosen) {
    const keyDescription = chosen.key.configured
      ? 'A key is already set. Paste a new one to replace it, or leave this empty to keep it.'
      : chosenPreset?.needsKey
        ? `Paste the key from your ${chosenPreset.label} account. It is encrypted and kept on this computer, and never shown again.`
        : chosenPreset?.id === 'custom'
          ? 'Paste the key if your service needs one. It is encrypted and kept on this computer, and never shown again.'
          : 'Leave this empty unless the server asks for a key. A key you paste is encrypted and kept on this computer.'
    return (
      <Stack gap="md">
        {header}
        <KeyStatusText provider={chosen} preset={chosenPreset} prefix="Key status: " />
        {needsUnlock(keyState) && keyState ? (
          <>
            <UnlockKeysForm state={keyState} headingOrder={4} />
            <Actions>
              {back('provider')}
              <Button variant="default" onClick={() => goTo('model')}>
                Continue without a key
              </Button>
            </Actions>
          </>
        ) : (
          <KeyForm
            provider={chosen}
            submitLabel="Continue"
            allowEmpty
            autoFocus
            description={keyDescription}
            onDone={() => goTo('model')}
            secondaryActions={back('provider')}
          />
        )}
      </Stack>
    )
  }

  return (
    <FormStack gap="md" onSubmit={submitModel}>
      {header}
      {chosen ? (
        <Group gap="xs">
          <Text size="sm">Provider: {chosen.name}</Text>
          {isSimulatedProvider(chosen) ? <SimulatedBadge /> : null}
        </Group>
      ) : null}
      <ModelFields form={modelForm} autoFocus />
      <GeneralError title="The model was not added" message={modelGeneral} />
      <Actions>
        {back(chosen && isSimulatedProvider(chosen) ? 'provider' : 'key')}
        <Button type="submit" loading={createModel.isPending}>
          Add model
        </Button>
      </Actions>
    </FormStack>
  )
}
