import { Badge, Tooltip } from '@mantine/core'
import { METHOD_TERMS } from '../../../lib/method-terms'
import type { rowOutcome } from './ice-results-format'

const HARD = METHOD_TERMS['hard-positive']

const OUTCOMES: Readonly<Record<ReturnType<typeof rowOutcome>, { readonly label: string; readonly color: string }>> = {
  hard: { label: 'Hard positive', color: 'red' },
  strict: { label: 'Strict positive', color: 'orange' },
  loose: { label: 'Loose positive', color: 'yellow' },
  none: { label: 'No contradiction', color: 'green' },
  split: { label: 'Judges split', color: 'grape' },
  unjudged: { label: 'Not judged', color: 'gray' },
  unanswered: { label: 'No answer', color: 'gray' },
}

/** The strongest finding of an attack row. */
export function OutcomeBadge({ outcome }: { readonly outcome: ReturnType<typeof rowOutcome> }) {
  const info = OUTCOMES[outcome]
  const badge = (
    <Badge color={info.color} variant="light" style={{ flexShrink: 0 }} {...(outcome === 'hard' ? { tabIndex: 0, 'aria-description': HARD.explanation } : {})}>
      {info.label}
    </Badge>
  )
  // "Hard positive" is a method term: its sentence is one hover or focus away.
  return outcome === 'hard' ? (
    <Tooltip label={HARD.explanation} multiline w={320} withArrow events={{ hover: true, focus: true, touch: true }}>
      {badge}
    </Tooltip>
  ) : (
    badge
  )
}
