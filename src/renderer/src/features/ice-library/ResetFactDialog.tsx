import { Text } from '@mantine/core'
import type { IdentityFactView } from '../../../../shared/contract/ice-library'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { useResetFact } from '../../lib/data/useIceLibrary'
import { resetWording } from './fact-form'

export interface ResetFactDialogProps {
  readonly opened: boolean
  readonly onClose: () => void
  readonly fact: IdentityFactView | undefined
  readonly onDone: (fact: IdentityFactView) => void
}

/** Resetting loses the person's wording and deleting loses the fact: both are confirmed first. */
export function ResetFactDialog({ opened, onClose, fact, onDone }: ResetFactDialogProps) {
  const reset = useResetFact()
  const wording = fact ? resetWording(fact) : undefined
  return (
    <ConfirmDialog
      opened={opened}
      onClose={() => {
        reset.reset()
        onClose()
      }}
      title={wording?.title ?? 'Reset fact?'}
      {...(wording ? { confirmLabel: wording.confirm } : {})}
      onConfirm={() => {
        if (fact) reset.mutate(fact.id, { onSuccess: () => onDone(fact) })
      }}
      pending={reset.isPending}
      error={reset.error}
      errorTitle={fact?.builtin === false ? 'The fact was not deleted' : 'The fact was not reset'}
    >
      {fact?.builtin ? (
        <Text>
          Your changes to the fact for {fact.vendor} will be replaced by the text that comes with Distillscope. Runs that already used your version keep it in
          their records.
        </Text>
      ) : fact ? (
        <Text>
          The fact for {fact.vendor} will be removed. Models that point to it will have no identity fact until you choose another one, and runs that already
          used it keep it in their records. This cannot be undone.
        </Text>
      ) : null}
    </ConfirmDialog>
  )
}
