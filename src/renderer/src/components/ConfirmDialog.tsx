import { Alert, Button, Group, Modal, Stack } from '@mantine/core'
import { IconAlertCircle } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { userMessage } from '../lib/api'

export interface ConfirmDialogProps {
  readonly opened: boolean
  readonly onClose: () => void
  readonly title: string
  readonly children: ReactNode
  /** Undefined: nothing can be confirmed (the body says why); only Close is offered. */
  readonly confirmLabel?: string
  readonly onConfirm: () => void
  readonly pending: boolean
  readonly error: unknown
  readonly errorTitle: string
}

/** For actions that cannot be undone. Cancel has the focus at first, so Enter never deletes by accident. */
export function ConfirmDialog({ opened, onClose, title, children, confirmLabel, onConfirm, pending, error, errorTitle }: ConfirmDialogProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={title}>
      <Stack gap="md">
        {children}
        {error ? (
          <Alert color="red" variant="light" title={errorTitle} icon={<IconAlertCircle aria-hidden />}>
            {userMessage(error)}
          </Alert>
        ) : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} data-autofocus>
            {confirmLabel ? 'Cancel' : 'Close'}
          </Button>
          {confirmLabel ? (
            <Button color="red" onClick={onConfirm} loading={pending}>
              {confirmLabel}
            </Button>
          ) : null}
        </Group>
      </Stack>
    </Modal>
  )
}
