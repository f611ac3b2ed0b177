import { Alert, Button, Group, Modal, Text } from '@mantine/core'
import { IconAlertCircle } from '@tabler/icons-react'
import { useForm } from '@mantine/form'
import { useState } from 'react'
import type { Provider } from '../../../../shared/contract/index'
import type { ProviderPreset } from '../../../../shared/providers/presets'
import { ProviderFields } from '../../components/ProviderFields'
import { providerErrorsFrom, providerToValues, toProviderChanges, toProviderInput } from '../../lib/providers/provider-form'
import { validateProvider } from '../../lib/providers/provider-validation'
import { validationAlert } from '../../lib/schema-errors'
import { modelCountText } from './ProvidersTable'
import { useUpdateProvider } from '../../lib/data/useProviders'
import { FormStack } from '../../components/FormStack'

export interface EditProviderDialogProps {
  readonly opened: boolean
  readonly onClose: () => void
  readonly provider: Provider | undefined
  readonly presets: readonly ProviderPreset[]
  readonly modelCount: number
  readonly onSaved: (provider: Provider) => void
  readonly session: number
}

export function EditProviderDialog({ opened, onClose, provider, presets, modelCount, onSaved, session }: EditProviderDialogProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={provider ? `Edit provider ${provider.name}` : 'Edit provider'} size="lg">
      {provider ? <EditProviderForm key={session} provider={provider} presets={presets} modelCount={modelCount} onClose={onClose} onSaved={onSaved} /> : null}
    </Modal>
  )
}

function EditProviderForm({
  provider,
  presets,
  modelCount,
  onClose,
  onSaved,
}: Omit<EditProviderDialogProps, 'opened' | 'session' | 'provider'> & { readonly provider: Provider }) {
  // Messages stay until the next Save, as they did before @mantine/form.
  const form = useForm({ mode: 'controlled', initialValues: providerToValues(provider), validate: validateProvider, clearInputErrorOnChange: false })
  /** The alert above the buttons; announced, so it is set whenever a field has an error too. */
  const [general, setGeneral] = useState<string>()
  const update = useUpdateProvider()

  function submit(event: { preventDefault(): void }) {
    event.preventDefault()
    const checked = form.validate()
    if (checked.hasErrors) {
      setGeneral(validationAlert(checked.errors))
      return
    }
    setGeneral(undefined)
    update.mutate(
      { id: provider.id, changes: toProviderChanges(toProviderInput(form.getValues()), provider) },
      {
        onSuccess: (saved) => onSaved(saved),
        onError: (error) => {
          const errors = providerErrorsFrom(error)
          form.setErrors(errors.fields)
          setGeneral(errors.general)
        },
      },
    )
  }

  return (
    <FormStack gap="md" onSubmit={submit}>
      {modelCount > 0 ? (
        <Text size="sm" c="dimmed">
          Changes apply to every model that uses this provider ({modelCountText(modelCount).toLowerCase()}).
        </Text>
      ) : null}
      <ProviderFields form={form} presets={presets} editing autoFocus />
      {general ? (
        <Alert color="red" variant="light" title="The provider was not saved" icon={<IconAlertCircle aria-hidden />}>
          {general}
        </Alert>
      ) : null}
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onClose}>
          Cancel
        </Button>
        <Button type="submit" loading={update.isPending}>
          Save changes
        </Button>
      </Group>
    </FormStack>
  )
}
