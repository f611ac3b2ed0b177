import { Box, Group, Stack, Title, UnstyledButton } from '@mantine/core'
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react'
import { useId, useState, type ReactNode } from 'react'

/**
 * A section whose heading is the button that shows or hides it (the accordion pattern): the
 * heading stays in the page outline, and screen readers hear whether it is expanded.
 */
export function CollapsibleSection({
  title,
  children,
  defaultOpen = false,
}: {
  readonly title: string
  readonly children: ReactNode
  readonly defaultOpen?: boolean
}) {
  const [open, setOpen] = useState(defaultOpen)
  const regionId = useId()
  const headingId = useId()
  const Icon = open ? IconChevronDown : IconChevronRight
  return (
    <Stack component="section" gap="sm" aria-labelledby={headingId}>
      <Title order={2} id={headingId}>
        <UnstyledButton onClick={() => setOpen((value) => !value)} aria-expanded={open} aria-controls={regionId} fz="inherit" fw="inherit">
          <Group gap={6} component="span" wrap="nowrap">
            <Icon aria-hidden size={22} />
            <span>{title}</span>
          </Group>
        </UnstyledButton>
      </Title>
      <Box id={regionId} hidden={!open}>
        {open ? children : null}
      </Box>
    </Stack>
  )
}
