import { Badge } from '@mantine/core'
import type { rowOutcome } from './ice-results-format'

const OUTCOMES: Readonly<Record<ReturnType<typeof rowOutcome>, { readonly label: string; readonly color: string }>> = {
  hard: { label: 'Hard positive', color: 'red' },
  strict: { label: 'Strict positive', color: 'orange' },
  loose: { label: 'Loose positive', color: 'yellow' },
  none: { label: 'No contradiction', color: 'green' },
  unjudged: { label: 'Not judged', color: 'gray' },
  unanswered: { label: 'No answer', color: 'gray' },
}

/** The strongest finding of an attack row. */
export function OutcomeBadge({ outcome }: { readonly outcome: ReturnType<typeof rowOutcome> }) {
  const info = OUTCOMES[outcome]
  return (
    <Badge color={info.color} variant="light" style={{ flexShrink: 0 }}>
      {info.label}
    </Badge>
  )
}
