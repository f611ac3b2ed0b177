import { Stack, Text, Title } from '@mantine/core'
import type { Ref } from 'react'

/** "Step n of m" and the step's title; the title takes focus when the step changes (screen readers hear it). */
export function WizardStepHeading({
  index,
  count,
  title,
  headingRef,
}: {
  readonly index: number
  readonly count: number
  readonly title: string
  readonly headingRef: Ref<HTMLHeadingElement>
}) {
  return (
    <Stack gap={0}>
      <Text size="sm" c="dimmed">
        Step {index + 1} of {count}
      </Text>
      <Title order={3} ref={headingRef} tabIndex={-1} style={{ outline: 'none' }}>
        {title}
      </Title>
    </Stack>
  )
}
