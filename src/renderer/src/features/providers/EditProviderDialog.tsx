import { Alert, Button, Group, Modal, Text } from '@mantine/core'
import { IconAlertCircle } from '@tabler/icons-react'
import { useState } from 'react'
import type { Provider } from '../../../../shared/contract/index'
import type { ProviderPreset } from '../../../../shared/providers/presets'
import { NO_ERRORS } from '../../lib/forms'
import { ProviderFields } from '../../components/ProviderFields'
import { buildProviderInput, providerErrorsFrom, providerToValues, type ProviderFormErrors } from '../../lib/providers/provider-form'
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
  const [values, setValues] = useState(() => providerToValues(provider))
  const [errors, setErrors] = useState<ProviderFormErrors>(NO_ERRORS)
  const update = useUpdateProvider()

  function submit(event: { preventDefault(): void }) {
    event.preventDefault()
    const built = buildProviderInput(values, provider)
    if (!built.ok) {
      setErrors(built.errors)
      return
    }
    setErrors(NO_ERRORS)
    update.mutate(
      { id: provider.id, changes: built.changes },
      { onSuccess: (saved) => onSaved(saved), onError: (error) => setErrors(providerErrorsFrom(error)) },
    )
  }

  return (
    <FormStack gap="md" onSubmit={submit}>
      {modelCount > 0 ? (
        <Text size="sm" c="dimmed">
          Changes apply to every model that uses this provider ({modelCountText(modelCount).toLowerCase()}).
        </Text>
      ) : null}
      <ProviderFields values={values} onChange={setValues} errors={errors} presets={presets} editing autoFocus />
      {errors.general ? (
        <Alert color="red" variant="light" title="The provider was not saved" icon={<IconAlertCircle aria-hidden />}>
          {errors.general}
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
