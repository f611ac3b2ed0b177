import { Button, Group } from '@mantine/core'
import { IconEye } from '@tabler/icons-react'

/**
 * A table row's View and Delete, named after the row for screen readers ("View General
 * reasoning"). Without `onDelete` there is no Delete (a built-in set cannot be deleted).
 */
export function ViewDeleteButtons({
  name,
  onView,
  onDelete,
}: {
  readonly name: string
  readonly onView: () => void
  readonly onDelete?: (() => void) | undefined
}) {
  return (
    <Group gap="xs" wrap="nowrap">
      <Button size="xs" leftSection={<IconEye aria-hidden size={16} />} aria-label={`View ${name}`} onClick={onView}>
        View
      </Button>
      {onDelete ? (
        <Button size="xs" variant="subtle" color="red" aria-label={`Delete ${name}`} onClick={onDelete}>
          Delete
        </Button>
      ) : null}
    </Group>
  )
}
