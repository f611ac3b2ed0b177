import { EmptyState as MantineEmptyState } from '@mantine/core'
import type { Icon } from '@tabler/icons-react'
import type { ReactNode } from 'react'

export interface EmptyStateProps {
  readonly icon: Icon
  /** Rendered as a level-2 heading: the page's own title is the only h1. */
  readonly title: string
  /**
   * What this section is for and what to do next, for someone who has never used the app.
   * One string per paragraph.
   */
  readonly text: string | readonly string[]
  /** Only a control that really does something; never a placeholder button. */
  readonly action?: ReactNode
}

export function EmptyState({ icon: IconComponent, title, text, action }: EmptyStateProps) {
  return (
    <MantineEmptyState variant="light" size="lg" py="xl" mx="auto" maw={640}>
      <MantineEmptyState.Indicator>
        <IconComponent aria-hidden stroke={1.5} />
      </MantineEmptyState.Indicator>
      <MantineEmptyState.Title order={2}>{title}</MantineEmptyState.Title>
      {(typeof text === 'string' ? [text] : text).map((paragraph) => (
        <MantineEmptyState.Description key={paragraph}>{paragraph}</MantineEmptyState.Description>
      ))}
      {action ? <MantineEmptyState.Actions>{action}</MantineEmptyState.Actions> : null}
    </MantineEmptyState>
  )
}
