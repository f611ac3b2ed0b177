import { Alert, Button } from '@mantine/core'
import { IconAlertCircle } from '@tabler/icons-react'
import { userMessage } from '../lib/api'

export interface ErrorAlertProps {
  readonly title: string
  readonly error: unknown
  /** Offered because the usual cause, a backend that is restarting, fixes itself. */
  readonly onRetry?: () => void
  readonly retrying?: boolean
}

export function ErrorAlert({ title, error, onRetry, retrying = false }: ErrorAlertProps) {
  return (
    <Alert color="red" variant="light" title={title} icon={<IconAlertCircle aria-hidden />}>
      {userMessage(error)}
      {onRetry ? (
        <Button display="block" mt="sm" size="xs" variant="default" onClick={onRetry} loading={retrying}>
          Try again
        </Button>
      ) : null}
    </Alert>
  )
}
