import { Alert, Group } from '@mantine/core'
import { IconAlertCircle } from '@tabler/icons-react'
import type { ReactNode } from 'react'

/** A dialog step's buttons, at its end. */
export function Actions({ children }: { readonly children: ReactNode }) {
  return (
    <Group justify="flex-end" gap="sm">
      {children}
    </Group>
  )
}

/** A step's alert, shown when what it saves was refused. */
export function GeneralError({ title, message }: { readonly title: string; readonly message: string | undefined }) {
  if (!message) return null
  return (
    <Alert color="red" variant="light" title={title} icon={<IconAlertCircle aria-hidden />}>
      {message}
    </Alert>
  )
}
