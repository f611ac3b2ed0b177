import { Alert } from '@mantine/core'
import { useMutationState } from '@tanstack/react-query'
import { IconAlertCircle } from '@tabler/icons-react'
import { useState } from 'react'
import { userMessage } from '../../lib/api'
import { UPDATE_SETTINGS_KEY } from './useUpdateSettings'

/**
 * One place for failed saves, whichever control started them (the header's theme button has no room
 * for an error). Only the latest save counts: a later success clears an earlier failure.
 */
export function SettingsSaveError() {
  const saves = useMutationState({
    filters: { mutationKey: UPDATE_SETTINGS_KEY },
    select: (mutation) => mutation.state,
  })
  const [dismissedAt, setDismissedAt] = useState<number | null>(null)
  const latest = saves.at(-1)
  if (!latest || latest.status !== 'error' || latest.submittedAt === dismissedAt) return null
  return (
    <Alert
      color="red"
      variant="light"
      title="Your settings could not be saved"
      icon={<IconAlertCircle aria-hidden />}
      withCloseButton
      closeButtonLabel="Dismiss"
      onClose={() => setDismissedAt(latest.submittedAt)}
    >
      {userMessage(latest.error)}
    </Alert>
  )
}
