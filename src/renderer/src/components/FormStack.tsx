import { Stack, type MantineSpacing } from '@mantine/core'
import type { FormEvent, ReactNode } from 'react'

export interface FormStackProps {
  readonly onSubmit: (event: FormEvent<HTMLFormElement>) => void
  readonly gap?: MantineSpacing
  readonly children: ReactNode
  /** Names the form (making it a landmark) when it is one of several on screen. */
  readonly 'aria-labelledby'?: string
}

/**
 * A real form (Enter submits it) laid out as a Stack. `noValidate`: the browser's own bubbles would
 * duplicate, in another style and language, the messages the form shows next to its fields.
 */
export function FormStack({ onSubmit, gap = 'md', children, 'aria-labelledby': labelledBy }: FormStackProps) {
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby={labelledBy}>
      <Stack gap={gap}>{children}</Stack>
    </form>
  )
}
