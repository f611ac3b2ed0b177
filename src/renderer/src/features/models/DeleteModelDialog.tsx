import { Group, Text } from '@mantine/core'
import type { Model, Provider } from '../../../../shared/contract/index'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { SimulatedBadge } from '../../components/SimulatedBadge'
import { useDeleteModel } from '../../lib/data/useModels'
import { isSimulatedProvider } from '../../lib/providers/provider-form'

export interface DeleteModelDialogProps {
  readonly opened: boolean
  readonly onClose: () => void
  readonly model: Model | undefined
  readonly provider: Provider | undefined
  readonly onDeleted: (model: Model) => void
}

export function DeleteModelDialog({ opened, onClose, model, provider, onDeleted }: DeleteModelDialogProps) {
  const remove = useDeleteModel()
  return (
    <ConfirmDialog
      opened={opened}
      onClose={() => {
        remove.reset()
        onClose()
      }}
      title={model ? `Delete ${model.name}?` : 'Delete model?'}
      confirmLabel="Delete model"
      onConfirm={() => {
        if (model) remove.mutate(model.id, { onSuccess: () => onDeleted(model) })
      }}
      pending={remove.isPending}
      error={remove.error}
      errorTitle="The model was not deleted"
    >
      {model ? (
        <>
          {isSimulatedProvider(provider) ? (
            <Group>
              <SimulatedBadge />
            </Group>
          ) : null}
          <Text>
            “{model.name}” ({model.model}
            {provider ? ` on ${provider.name}` : ''}) will be removed from Distillscope. This cannot be undone.
          </Text>
        </>
      ) : null}
    </ConfirmDialog>
  )
}
