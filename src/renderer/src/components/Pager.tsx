import { Button, Group, Text } from '@mantine/core'
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react'
import { formatInteger } from '../lib/format'
import type { PageOf } from '../lib/paging'

export interface PagerProps {
  readonly page: PageOf<unknown>
  /** Plural, capitalised: "Questions", "Templates". */
  readonly what: string
  readonly onMove: (direction: -1 | 1) => void
}

/** Where the reader is in a long list, with buttons to move a page back or forward. */
export function Pager({ page, what, onMove }: PagerProps) {
  return (
    <Group justify="space-between" gap="sm">
      <Text size="sm" role="status" aria-live="polite">
        {what} {formatInteger(page.from)}–{formatInteger(page.to)} of {formatInteger(page.total)}
      </Text>
      {page.hasPrevious || page.hasNext ? (
        <Group gap="xs">
          <Button size="xs" variant="default" leftSection={<IconChevronLeft aria-hidden size={16} />} disabled={!page.hasPrevious} onClick={() => onMove(-1)}>
            Previous {what.toLowerCase()}
          </Button>
          <Button size="xs" variant="default" rightSection={<IconChevronRight aria-hidden size={16} />} disabled={!page.hasNext} onClick={() => onMove(1)}>
            Next {what.toLowerCase()}
          </Button>
        </Group>
      ) : null}
    </Group>
  )
}
