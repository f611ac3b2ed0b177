import { Text } from '@mantine/core'
import type { PromptSet } from '../../../../shared/contract/prompt-sets'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { formatCount } from '../../lib/format'
import { useDeletePromptSet } from './usePromptSets'

export interface DeletePromptSetDialogProps {
  readonly opened: boolean
  readonly onClose: () => void
  readonly set: PromptSet | undefined
  readonly onDeleted: (set: PromptSet) => void
}

/**
 * Names the set and what goes with it. A built-in set is refused by the backend (its message is
 * shown); the dialog says so first instead of offering a button that cannot work.
 */
export function DeletePromptSetDialog({ opened, onClose, set, onDeleted }: DeletePromptSetDialogProps) {
  const remove = useDeletePromptSet()
  const builtin = set?.builtin === true
  return (
    <ConfirmDialog
      opened={opened}
      onClose={() => {
        remove.reset()
        onClose()
      }}
      title={set ? `Delete “${set.name}”?` : 'Delete prompt set?'}
      {...(builtin ? {} : { confirmLabel: 'Delete prompt set' })}
      onConfirm={() => {
        if (set) remove.mutate(set.id, { onSuccess: () => onDeleted(set) })
      }}
      pending={remove.isPending}
      error={remove.error}
      errorTitle="The prompt set was not deleted"
    >
      {set && builtin ? (
        <Text>“{set.name}” comes with Distillscope and cannot be deleted: it is the same on every computer, so runs that use it can be repeated anywhere.</Text>
      ) : set ? (
        <Text>
          “{set.name}” and its {formatCount(set.itemCount, 'prompt')} will be removed from Distillscope. Runs that already used it keep their own copy of the
          prompts they asked. This cannot be undone; you can import the file again later.
        </Text>
      ) : null}
    </ConfirmDialog>
  )
}
