import { Stack, Title } from '@mantine/core'
import type { ReactNode } from 'react'

export interface PageProps {
  /** The section's name, rendered as the page's single h1. */
  readonly title: string
  readonly children: ReactNode
}

export function Page({ title, children }: PageProps) {
  return (
    <Stack gap="lg">
      <Title order={1}>{title}</Title>
      {children}
    </Stack>
  )
}
