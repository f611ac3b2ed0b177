import { Box, Button, Stack } from '@mantine/core'
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react'
import { useId, type ReactNode } from 'react'

export interface DisclosureProps {
  readonly label: string
  readonly open: boolean
  readonly onToggle: () => void
  readonly children: ReactNode
}

/** A button that shows or hides optional settings; screen readers hear whether it is expanded. */
export function Disclosure({ label, open, onToggle, children }: DisclosureProps) {
  const regionId = useId()
  return (
    <Stack gap="sm">
      <div>
        <Button
          variant="subtle"
          size="compact-sm"
          onClick={onToggle}
          aria-expanded={open}
          aria-controls={regionId}
          leftSection={open ? <IconChevronDown aria-hidden size={16} /> : <IconChevronRight aria-hidden size={16} />}
        >
          {label}
        </Button>
      </div>
      <Box id={regionId} hidden={!open} pl="md" style={{ borderInlineStart: '2px solid var(--mantine-color-default-border)' }}>
        {open ? <Stack gap="sm">{children}</Stack> : null}
      </Box>
    </Stack>
  )
}
