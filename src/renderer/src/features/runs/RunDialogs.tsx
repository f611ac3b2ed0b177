import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core'
import { IconAlertCircle } from '@tabler/icons-react'
import type { RunSummary } from '../../../../shared/contract/index'
import { userMessage } from '../../lib/api'
import { isActive } from '../../lib/runs/run-format'

export type RunConfirmKind = 'cancel' | 'delete'

export interface RunConfirmDialogProps {
  readonly kind: RunConfirmKind
  readonly run: RunSummary | undefined
  readonly opened: boolean
  readonly onClose: () => void
  readonly onConfirm: (run: RunSummary) => void
  readonly pending: boolean
  readonly error: unknown
}

/**
 * Cancelling and deleting cannot be undone. The safe button has the focus at first and says what
 * it keeps ("Keep the run"), so it is never confused with the one that cancels.
 */
export function RunConfirmDialog({ kind, run, opened, onClose, onConfirm, pending, error }: RunConfirmDialogProps) {
  const name = run?.name ?? 'this run'
  const going = run !== undefined && isActive(run.status)
  const refused = kind === 'delete' && going
  const title = kind === 'cancel' ? `Cancel ${name}?` : `Delete ${name}?`
  return (
    <Modal opened={opened} onClose={onClose} title={title}>
      <Stack gap="md">
        {kind === 'cancel' ? (
          <Text size="sm">
            The run stops now and cannot be resumed. Answers and scores received so far are kept, and its results show them. To stop for a while instead, pause
            it.
          </Text>
        ) : refused ? (
          <Text size="sm">This run is still going. Pause or cancel it first, then delete it.</Text>
        ) : (
          <Text size="sm">
            Its answers, judgements and results will be removed from Distillscope. This cannot be undone. Replies stay in the response cache, so asking the same
            prompts again later costs nothing.
          </Text>
        )}
        {error ? (
          <Alert
            color="red"
            variant="light"
            title={kind === 'cancel' ? 'The run was not cancelled' : 'The run was not deleted'}
            icon={<IconAlertCircle aria-hidden />}
          >
            {userMessage(error)}
          </Alert>
        ) : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} data-autofocus>
            {refused ? 'Close' : 'Keep the run'}
          </Button>
          {refused ? null : (
            <Button color="red" loading={pending} onClick={() => run && onConfirm(run)}>
              {kind === 'cancel' ? 'Cancel run' : 'Delete run'}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  )
}
