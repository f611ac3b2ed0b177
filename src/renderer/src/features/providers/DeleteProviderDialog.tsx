import { Text } from '@mantine/core'
import type { Model, Provider } from '../../../../shared/contract/index'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { useDeleteProvider } from '../../lib/data/useProviders'
import { modelCountText } from './ProvidersTable'

export interface DeleteProviderDialogProps {
  readonly opened: boolean
  readonly onClose: () => void
  readonly provider: Provider | undefined
  /** The models that use it: the backend refuses to delete a provider in use. */
  readonly users: readonly Model[]
  readonly onDeleted: (provider: Provider) => void
}

export function DeleteProviderDialog({ opened, onClose, provider, users, onDeleted }: DeleteProviderDialogProps) {
  const remove = useDeleteProvider()
  const inUse = users.length > 0
  return (
    <ConfirmDialog
      opened={opened}
      onClose={() => {
        remove.reset()
        onClose()
      }}
      title={provider ? `Delete provider ${provider.name}?` : 'Delete provider?'}
      {...(inUse ? {} : { confirmLabel: 'Delete provider' })}
      onConfirm={() => {
        if (provider) remove.mutate(provider.id, { onSuccess: () => onDeleted(provider) })
      }}
      pending={remove.isPending}
      error={remove.error}
      errorTitle="The provider was not deleted"
    >
      {inUse ? (
        <Text>
          {modelCountText(users.length)} still {users.length === 1 ? 'uses' : 'use'} this provider: {users.map((model) => `“${model.name}”`).join(', ')}. Delete{' '}
          {users.length === 1 ? 'that model' : 'those models'} first.
        </Text>
      ) : (
        <Text>“{provider?.name}” and its saved API key will be removed from this computer. This cannot be undone.</Text>
      )}
    </ConfirmDialog>
  )
}
