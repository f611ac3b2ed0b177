import { Button, Group, Stack, Text } from '@mantine/core'
import { IconDeviceFloppy } from '@tabler/icons-react'
import { useId, type ReactNode } from 'react'
import { userMessage } from '../../lib/api'

export interface SaveControlsProps {
  readonly label: string
  readonly onSave: () => void
  readonly pending: boolean
  /** Why saving is not possible now; the button is disabled and says so to screen readers. */
  readonly disabledReason?: string
  /** What the file will be, beside the button (its size, for a figure). */
  readonly detail?: ReactNode
  readonly savedFileName?: string
  readonly error?: unknown
}

/** A save button with its reason when disabled, then "Saved <file>." or what went wrong, announced. */
export function SaveControls({ label, onSave, pending, disabledReason, detail, savedFileName, error }: SaveControlsProps) {
  const reasonId = useId()
  return (
    <Stack gap={4} align="flex-start">
      <Group gap="sm" wrap="wrap">
        <Button
          leftSection={<IconDeviceFloppy aria-hidden size={18} />}
          loading={pending}
          disabled={disabledReason !== undefined}
          aria-describedby={disabledReason ? reasonId : undefined}
          onClick={onSave}
        >
          {label}
        </Button>
        {detail ? (
          <Text size="sm" c="dimmed">
            {detail}
          </Text>
        ) : null}
      </Group>
      {disabledReason ? (
        <Text size="sm" c="dimmed" id={reasonId}>
          {disabledReason}
        </Text>
      ) : null}
      {savedFileName !== undefined ? (
        <Text size="sm" role="status">
          Saved {savedFileName}.
        </Text>
      ) : null}
      {error ? (
        <Text size="sm" c="red" role="alert">
          {userMessage(error)}
        </Text>
      ) : null}
    </Stack>
  )
}
