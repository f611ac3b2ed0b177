import { Text } from '@mantine/core'
import type { IceSetSummary } from '../../../../shared/contract/ice-library'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { KIND_WORDS } from './ice-file'
import { setItemsText } from '../../lib/ice-library/format'
import { useDeleteIceSet } from '../../lib/data/useIceLibrary'

export interface DeleteIceSetDialogProps {
  readonly opened: boolean
  readonly onClose: () => void
  readonly set: IceSetSummary | undefined
  readonly onDeleted: (set: IceSetSummary) => void
}

/** Names the set and says what stays: runs froze their own copy of what they used. */
export function DeleteIceSetDialog({ opened, onClose, set, onDeleted }: DeleteIceSetDialogProps) {
  const remove = useDeleteIceSet()
  const words = set ? KIND_WORDS[set.kind] : KIND_WORDS.questions
  return (
    <ConfirmDialog
      opened={opened}
      onClose={() => {
        remove.reset()
        onClose()
      }}
      title={set ? `Delete “${set.name}”?` : `Delete ${words.set}?`}
      {...(set && !set.builtin ? { confirmLabel: `Delete ${words.set}` } : {})}
      onConfirm={() => {
        if (set) remove.mutate(set, { onSuccess: () => onDeleted(set) })
      }}
      pending={remove.isPending}
      error={remove.error}
      errorTitle={`The ${words.set} was not deleted`}
    >
      {set?.builtin ? (
        <Text>“{set.name}” comes with Distillscope and cannot be deleted: it is the same on every computer, so runs that use it can be repeated anywhere.</Text>
      ) : set ? (
        <Text>
          “{set.name}” and its {setItemsText(set)} will be removed from Distillscope. Runs that already used it keep their own copy. This cannot be undone; you
          can import the file again later.
        </Text>
      ) : null}
    </ConfirmDialog>
  )
}
